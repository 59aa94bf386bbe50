/**
 * Text into the page, safely. Nothing from a declaration (cell text, file names, titles) may
 * become markup or script: text is HTML-escaped, invisible control and bidirectional-override
 * characters are shown as visible `\u202E`-style marks (they could otherwise reorder what a
 * reviewer reads), and JSON embedded in a `<script>` cannot close the script or start a comment.
 */

/** The characters sanitize.ts escapes for terminals: C0/C1 controls (not tab, LF, CR) and bidi controls. */
export const UNSAFE_CHARS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

const HTML_ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/** Escape for element content and quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]);
}

/** `\u202E` for a character (as the terminal reports show it). */
export function visibleEscape(char: string): string {
  const code = char.charCodeAt(0);
  return code <= 0xff ? `\\x${code.toString(16).toUpperCase().padStart(2, "0")}` : `\\u${code.toString(16).toUpperCase().padStart(4, "0")}`;
}

/** Cell text as HTML: escaped, with unsafe characters as marked visible escapes. */
export function text(value: string): string {
  let out = "";
  let last = 0;
  for (const match of value.matchAll(UNSAFE_CHARS)) {
    const at = match.index!;
    const shown = visibleEscape(match[0]);
    out += `${escapeHtml(value.slice(last, at))}<span class="ctl" title="U+${shown.slice(2)}">${shown}</span>`;
    last = at + 1;
  }
  return out + escapeHtml(value.slice(last));
}

/** Cell text for an attribute value (no markup possible there: visible escapes as plain text). */
export function attr(value: string): string {
  return escapeHtml(value.replace(UNSAFE_CHARS, visibleEscape));
}

/**
 * JSON that is safe inside `<script type="application/json">`: `<`, `>` and `&` as `\u003c`-style
 * escapes (so neither `</script>` nor `<!--` can appear), and U+2028/U+2029 escaped too (line
 * terminators in older JavaScript). These characters occur only inside JSON strings, where
 * the escapes mean the same.
 */
export function scriptSafe(json: string): string {
  return json.replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}
