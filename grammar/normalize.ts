/** Text normalisation shared by the cell grammars. */
import { remembered } from "./remembered.js";

/** Whether a character code is full-width ASCII (U+FF01–U+FF5E) or U+3000. */
function isFullWidth(code: number): boolean {
  return code === 0x3000 || (code >= 0xff01 && code <= 0xff5e);
}

/** Full-width ASCII (U+FF01–U+FF5E) to ASCII, U+3000 to a space; the rest unchanged. */
export function toHalfWidth(text: string): string {
  let at = 0;
  while (at < text.length && !isFullWidth(text.charCodeAt(at))) at++;
  if (at === text.length) return text;
  // One pass, copying the runs between full-width characters.
  let out = "", from = 0;
  for (; at < text.length; at++) {
    const code = text.charCodeAt(at);
    if (!isFullWidth(code)) continue;
    out += text.slice(from, at) + String.fromCharCode(code === 0x3000 ? 0x20 : code - 0xfee0);
    from = at + 1;
  }
  return out + text.slice(from);
}

const WHITE = /[\s\u3000\u00a0]+/g;

/**
 * The key a label is looked up by: half-width, no white space (`满意度指 标` = `满意度指标`).
 * Remembered for short texts: the rules ask for the key of the same indicator name many times.
 */
export const labelKey: (text: string) => string = remembered((text) => toHalfWidth(text).replace(WHITE, ""));

/** Markdown heading marks stripped: `## 财政项目…` → `财政项目…`. */
export function stripHeading(text: string): string {
  return text.replace(/^#{1,6}[ \t]*/, "").trim();
}
