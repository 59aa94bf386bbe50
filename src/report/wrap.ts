/**
 * Text folded to a terminal width, counted in display columns (a Chinese character takes
 * two). Latin words break at spaces when they can; Chinese text breaks between characters,
 * never before closing punctuation (，。、）” …) and never after an opening one.
 */
import { charWidth, displayWidth } from "./width.js";

const NO_LINE_START = /^[，。、；：？！）》」』】〕”’,.;:?!)\]}%…·]/;
const NO_LINE_END = /[（《「『【〔“‘([{]$/;

/** The terminal width to fold to: the terminal's, else $COLUMNS, else 80 (at least 40). */
export function terminalWidth(stream: { isTTY?: boolean; columns?: number } = process.stdout): number {
  const columns = stream.isTTY && stream.columns ? stream.columns : Number(process.env.COLUMNS) || 80;
  return Math.max(40, columns);
}

/** `text` as lines of at most `width` columns (a single over-wide character stands alone). */
export function wrap(text: string, width: number): string[] {
  if (displayWidth(text) <= width) return [text];
  const lines: string[] = [];
  const chars = Array.from(text);
  let line = "", lineWidth = 0, lastSpace = -1; // index in `line` just after the last space
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i], w = charWidth(c);
    if (lineWidth + w > width && line !== "") {
      let cut = line.length;
      if (c !== " " && lastSpace > 0) cut = lastSpace; // keep a Latin word whole
      else cut = kinsokuCut(line, c);
      lines.push(line.slice(0, cut).trimEnd());
      line = line.slice(cut).replace(/^ +/, "");
      lineWidth = displayWidth(line);
      lastSpace = -1;
      if (c === " " && line === "") continue;
    }
    line += c;
    lineWidth += w;
    if (c === " ") lastSpace = line.length;
    else if (w === 2) lastSpace = -1; // Chinese after the space: break between characters instead
  }
  if (line !== "") lines.push(line);
  return lines;
}

/** Where to cut `line` before `next` so no line starts with closing or ends with opening punctuation. */
function kinsokuCut(line: string, next: string): number {
  let cut = line.length;
  for (let tries = 0; tries < 3 && cut > 0; tries++) {
    if (!NO_LINE_START.test(line.slice(cut) + next) && !NO_LINE_END.test(line.slice(0, cut))) return cut;
    const low = line.charCodeAt(cut - 1);
    cut -= low >= 0xdc00 && low <= 0xdfff ? 2 : 1; // never between the halves of a surrogate pair
  }
  return line.length;
}

/** Pad with spaces to `width` display columns. */
export function padEndWidth(text: string, width: number): string {
  return text + " ".repeat(Math.max(0, width - displayWidth(text)));
}

export function padStartWidth(text: string, width: number): string {
  return " ".repeat(Math.max(0, width - displayWidth(text))) + text;
}
