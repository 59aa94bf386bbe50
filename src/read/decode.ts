/**
 * Bytes → text. UTF-8 with or without BOM, UTF-16 with a BOM, GB18030/GBK (WPS and Excel
 * exports; Node's own TextDecoder, full ICU) — detected, or forced with --encoding.
 * Binary data is refused rather than read as gibberish.
 */
import { Buffer, isUtf8 } from "node:buffer";
import { InputError } from "./errors.js";

export type EncodingChoice = "auto" | "utf-8" | "gb18030";
export const ENCODINGS: readonly EncodingChoice[] = ["auto", "utf-8", "gb18030"];

export interface Decoded {
  text: string;
  /** The encoding the text was read as: `utf-8`, `gb18030`, `utf-16le` or `utf-16be`. */
  encoding: string;
  /** Bytes that were not valid in that encoding (replaced by U+FFFD). */
  invalidBytes: number;
}

const SNIFF = 64 * 1024;

/** Bytes → text without a BOM. */
export function decode(bytes: Uint8Array, choice: EncodingChoice, path: string): Decoded {
  const decoded = detectAndDecode(bytes, choice, path);
  return { ...decoded, text: decoded.text.replace(/^\ufeff/, "") };
}

/** Refuse binary data, sniffing the first 64 KiB. */
export function refuseBinary(bytes: Uint8Array, path: string): void {
  if (looksBinary(bytes)) throw new InputError(path, { zh: "二进制数据，不是申报表文本", en: "binary data, not declaration text" });
}

function detectAndDecode(bytes: Uint8Array, choice: EncodingChoice, path: string): Decoded {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return whole(bytes, "utf-16le");
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return whole(bytes, "utf-16be");
  refuseBinary(bytes, path);
  if (isUtf8(bytes)) {
    // Node's own UTF-8 decoding: no intermediate UTF-16 copy of a 30 MB file (TextDecoder makes one).
    if (choice !== "gb18030") return { text: toBuffer(bytes).toString("utf8"), encoding: "utf-8", invalidBytes: 0 };
  }
  if (choice === "utf-8" || choice === "gb18030") return whole(bytes, choice);
  // Not clean UTF-8: a GB18030 file, or UTF-8 with a few stray bytes.
  const asUtf8 = whole(bytes, "utf-8");
  const multibyte = countUtf8Multibyte(asUtf8.text);
  if (asUtf8.invalidBytes * 20 <= multibyte) return asUtf8;
  return whole(bytes, "gb18030");
}

function toBuffer(bytes: Uint8Array): Buffer {
  return Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

function whole(bytes: Uint8Array, encoding: string): Decoded {
  const text = new TextDecoder(encoding).decode(bytes);
  let invalid = 0;
  for (let i = text.indexOf("\ufffd"); i !== -1; i = text.indexOf("\ufffd", i + 1)) invalid++;
  return { text, encoding, invalidBytes: invalid };
}

function countUtf8Multibyte(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c > 0x7f && c !== 0xfffd) n++;
  }
  return n;
}

/** NUL bytes, or many control bytes, in the first 64 KiB. */
function looksBinary(bytes: Uint8Array): boolean {
  const end = Math.min(bytes.length, SNIFF);
  let control = 0;
  for (let i = 0; i < end; i++) {
    const b = bytes[i];
    if (b === 0) return true;
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c && b !== 0x1b) control++;
  }
  return end > 0 && control * 10 > end;
}
