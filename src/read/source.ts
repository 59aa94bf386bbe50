/**
 * A decoded input, handed to the reader slice by slice. A large UTF-8 file is read a
 * megabyte at a time and decoded piece by piece at line ends, so neither its bytes nor its
 * whole text are ever held at once (a district's export can be 30 MB). Everything else —
 * stdin, small files, GB18030, UTF-16 — is decoded whole, as decode.ts does.
 */
import { closeSync, openSync, readSync, statSync } from "node:fs";
import { Buffer, isUtf8 } from "node:buffer";
import { decode, refuseBinary, type EncodingChoice } from "./decode.js";
import { readBytes, type Source } from "./input.js";

export interface TextSource {
  path: string;
  encoding: string;
  /** Bytes that were not valid in the encoding (shown as U+FFFD). */
  invalidBytes: number;
  /** The text in pieces that end at line ends (the last may not); a BOM is dropped. */
  pieces(): Iterable<string>;
  /** The whole text, for reports that show rows (read again for a streamed file). */
  wholeText(): string;
}

/** Files above this are streamed. */
const STREAM_FROM = 4 * 1024 * 1024;
const CHUNK = 1024 * 1024;

export function textSource(path: string, text: string, encoding: string, invalidBytes = 0): TextSource {
  const body = text.replace(/^\ufeff/, "");
  return { path, encoding, invalidBytes, pieces: () => [body], wholeText: () => body };
}

/** When to stream, and in what chunks (tests make both small). */
export interface StreamOptions {
  streamFrom?: number;
  chunk?: number;
}

export function openSource(source: Source, choice: EncodingChoice, options: StreamOptions = {}): TextSource {
  const { streamFrom = STREAM_FROM, chunk = CHUNK } = options;
  if (!source.stdin && choice !== "gb18030") {
    const size = sizeOf(source);
    if (size !== undefined && size > streamFrom && isUtf8File(source.path, chunk)) {
      return {
        path: source.path, encoding: "utf-8", invalidBytes: 0,
        pieces: () => utf8Pieces(source.path, chunk),
        wholeText: () => wholeOf(source),
      };
    }
  }
  const decoded = decode(readBytes(source), choice, source.path);
  return textSource(source.path, decoded.text, decoded.encoding, decoded.invalidBytes);
}

function wholeOf(source: Source): string {
  return decode(readBytes(source), "utf-8", source.path).text;
}

function sizeOf(source: Source): number | undefined {
  try {
    const stats = statSync(source.path);
    return stats.isFile() ? stats.size : undefined;
  } catch {
    return undefined; // readBytes says why
  }
}

/** Chunks of a file, each cut after its last line feed (the rest carried to the next). */
function* lineChunks(path: string, size: number): Generator<Buffer> {
  const fd = openSync(path, "r");
  try {
    let carry = Buffer.alloc(0);
    const buffer = Buffer.allocUnsafe(size);
    for (;;) {
      const n = readSync(fd, buffer, 0, size, null);
      if (n === 0) break;
      const data = carry.length > 0 ? Buffer.concat([carry, buffer.subarray(0, n)]) : Buffer.from(buffer.subarray(0, n));
      const cut = data.lastIndexOf(0x0a) + 1;
      if (cut === 0) { carry = data; continue; }
      yield data.subarray(0, cut);
      carry = data.subarray(cut);
    }
    if (carry.length > 0) yield carry;
  } finally {
    closeSync(fd);
  }
}

/** Whether the whole file is valid UTF-8 and not binary, checked chunk by chunk. */
function isUtf8File(path: string, size: number): boolean {
  let first = true;
  for (const chunk of lineChunks(path, size)) {
    if (first) refuseBinary(chunk, path);
    first = false;
    // Chunks end at a line feed, so no character is split between two of them.
    if (!isUtf8(chunk)) return false;
  }
  return true;
}

function* utf8Pieces(path: string, size: number): Generator<string> {
  let first = true;
  for (const chunk of lineChunks(path, size)) {
    let text = chunk.toString("utf8");
    if (first) text = text.replace(/^\ufeff/, "");
    first = false;
    yield text;
  }
}
