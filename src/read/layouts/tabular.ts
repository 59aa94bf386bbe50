/**
 * The tabular family: cells between tabs (Excel, WPS and PDF-viewer exports) or pipes (Markdown
 * tables), one row a line. Read slice by slice (a district's export can be 30 MB), so only one
 * slice's tokens are held at a time. It reads any text, so it is every other family's fallback.
 */
import type { RawRow } from "../../../grammar/parser.js";
import { rowsOfSlice } from "../../../grammar/scan.js";
import type { LayoutFamily } from "./index.js";

/** About this many characters are lexed at a time (cut at a line end). */
export const SLICE = 16 * 1024;
const MARKDOWN_RULE = /^:?-{3,}:?$/;

/** Slices of a piece of text, about `size` characters each, cut after a line end. */
function* slices(text: string, size: number): Generator<string> {
  let start = 0;
  while (start < text.length) {
    let end = start + size;
    if (end >= text.length) end = text.length;
    else {
      const lf = text.indexOf("\n", end);
      if (lf !== -1) end = lf + 1;
      else {
        const cr = text.indexOf("\r", end);
        end = cr === -1 ? text.length : cr + 1;
      }
    }
    yield start === 0 && end === text.length ? text : text.slice(start, end);
    start = end;
  }
}

/** Rows of tab- or pipe-separated text, slice by slice; places count from the whole text. */
export function* tabularRows(pieces: Iterable<string>, size = SLICE): Generator<RawRow> {
  let line = 1, offset = 0;
  for (const piece of pieces) {
    for (const slice of slices(piece, size)) {
      const at = { line };
      for (const raw of rowsOfSlice(slice, at, offset)) {
        if (raw.cells.length === 0) continue;
        if (raw.piped && raw.cells.every((c) => MARKDOWN_RULE.test(c.text))) continue;
        yield raw;
      }
      line = at.line;
      offset += slice.length;
    }
  }
}

/** Tabs or pipes between cells on a good share of the lines. */
function detect(head: string): number {
  let lines = 0, separated = 0;
  for (const line of head.split(/\r\n|\r|\n/)) {
    if (line.trim().length === 0) continue;
    lines++;
    if (line.includes("\t") || line.trimStart().startsWith("|")) separated++;
  }
  return lines === 0 ? 0 : separated / lines;
}

export const tabular: LayoutFamily = {
  name: "tabular",
  detect,
  rows: (pieces, sliceSize) => tabularRows(pieces, sliceSize || SLICE),
};
