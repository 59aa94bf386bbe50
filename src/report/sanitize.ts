/**
 * Cell text never reaches a terminal or a CI log raw: control characters (ANSI/OSC escape
 * sequences among them) and bidirectional overrides are shown as visible escapes.
 */
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

function escapeChar(char: string): string {
  const code = char.charCodeAt(0);
  return code <= 0xff ? `\\x${code.toString(16).toUpperCase().padStart(2, "0")}` : `\\u${code.toString(16).toUpperCase().padStart(4, "0")}`;
}

/** Visible escapes for unsafe characters; tabs and line breaks are kept. */
export function sanitize(text: string): string {
  return text.replace(UNSAFE, escapeChar);
}

/** One line: unsafe characters escaped, tabs and line breaks as spaces. */
export function sanitizeLine(text: string): string {
  return sanitize(text).replace(/\r\n|[\r\n\t]/g, " ");
}
