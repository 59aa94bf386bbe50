/** The text of an input line, for showing the row a finding points at. */
import type { DocumentNode } from "../model/nodes";

const starts = new WeakMap<DocumentNode, number[]>();

function lineStarts(document: DocumentNode): number[] {
  let table = starts.get(document);
  if (!table) {
    table = [0];
    const text = document.text;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) table.push(i + 1);
    }
    starts.set(document, table);
  }
  return table;
}

export function lineText(document: DocumentNode, line: number): string {
  const table = lineStarts(document);
  if (line < 1 || line > table.length) return "";
  const end = line < table.length ? table[line] : document.text.length;
  return document.text.slice(table[line - 1], end).replace(/\r?\n$|\r$/, "");
}
