/** Text normalisation shared by the cell grammars. */

/** Full-width ASCII (U+FF01–U+FF5E) to ASCII, U+3000 to a space; the rest unchanged. */
export function toHalfWidth(text: string): string {
  let out = "";
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0xff01 && code <= 0xff5e) out += String.fromCharCode(code - 0xfee0);
    else if (code === 0x3000) out += " ";
    else out += text[i];
  }
  return out;
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
