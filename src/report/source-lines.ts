/** The lines of an input text, for showing the row a finding points at. */
import { detach } from "../model/detach.js";

/** Lines of a text by number: the text of a 1-based line without its line break ("" past the end). */
export interface LineSource {
  line(line: number): string;
}

export class SourceLines implements LineSource {
  private starts: number[] | undefined;

  constructor(private readonly text: string) {}

  /** The text of a 1-based line, without its line break. */
  line(line: number): string {
    const starts = (this.starts ??= lineStarts(this.text));
    if (line < 1 || line > starts.length) return "";
    const end = line < starts.length ? starts[line] : this.text.length;
    return this.text.slice(starts[line - 1], end).replace(/\r?\n$|\r$/, "");
  }
}

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) starts.push(i + 1);
  }
  return starts;
}

/**
 * Only the lines `wanted` of a text given in pieces that end at line ends (as a source gives
 * them), read in one pass that stops after the last of them: a report shows the rows of its
 * findings without holding the whole text (100 MB of it, with one finding on line 1).
 */
export function pickLines(pieces: Iterable<string>, wanted: Iterable<number>): LineSource {
  const lines = [...new Set(wanted)].filter((n) => n >= 1).sort((a, b) => a - b);
  const found = new Map<number, string>();
  let next = 0; // the index in `lines` of the next line to find
  let line = 1; // the line the current piece starts with
  if (lines.length === 0) return { line: () => "" };
  for (const piece of pieces) {
    const crs = piece.includes("\r");
    for (let start = 0; start < piece.length && next < lines.length;) {
      const end = crs ? lineEnd(piece, start) : indexOrEnd(piece, "\n", start);
      if (line === lines[next]) {
        found.set(line, detach(piece.slice(start, end)));
        next++;
      }
      start = end + (piece.charCodeAt(end) === 13 && piece.charCodeAt(end + 1) === 10 ? 2 : 1);
      line++;
    }
    if (next === lines.length) break;
  }
  return { line: (n) => found.get(n) ?? "" };
}

function indexOrEnd(text: string, search: string, from: number): number {
  const at = text.indexOf(search, from);
  return at === -1 ? text.length : at;
}

/** Where the line starting at `from` ends: at its CR, LF or CRLF, or the text's end. */
function lineEnd(text: string, from: number): number {
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) return i;
  }
  return text.length;
}
