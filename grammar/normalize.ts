/** Text normalisation shared by the cell grammars. */

const FULL_WIDTH = /[\uff01-\uff5e\u3000]/g;

/** Full-width ASCII (U+FF01–U+FF5E) to ASCII, U+3000 to a space; the rest unchanged. */
export function toHalfWidth(text: string): string {
  FULL_WIDTH.lastIndex = 0;
  if (!FULL_WIDTH.test(text)) return text;
  return text
    .replace(/\u3000/g, " ")
    .replace(/[\uff01-\uff5e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}

const WHITE = /[\s\u3000\u00a0]+/g;

/** The key a label is looked up by: half-width, no white space (`满意度指 标` = `满意度指标`). */
export function labelKey(text: string): string {
  return toHalfWidth(text).replace(WHITE, "");
}

/** Markdown heading marks stripped: `## 财政项目…` → `财政项目…`. */
export function stripHeading(text: string): string {
  return text.replace(/^#{1,6}[ \t]*/, "").trim();
}
