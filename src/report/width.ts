/**
 * Display width in a terminal: a Chinese (East Asian wide or full-width) character takes
 * two columns, combining marks and zero-width characters none. get-east-asian-width is a
 * plain table look-up (string-width costs ~90 ms to load and warm up: measured).
 */
import { eastAsianWidth } from "get-east-asian-width";

const ZERO_WIDTH = /[\u0300-\u036f\u200b-\u200f\u2028-\u202e\u2060-\u2064\ufe00-\ufe0f\ufeff]/;

export function charWidth(char: string): number {
  const code = char.codePointAt(0)!;
  if (code < 0x20 || (code >= 0x7f && code < 0xa0)) return 0;
  if (ZERO_WIDTH.test(char)) return 0;
  return eastAsianWidth(code);
}

export function displayWidth(text: string): number {
  let width = 0;
  for (const char of text) width += charWidth(char);
  return width;
}
