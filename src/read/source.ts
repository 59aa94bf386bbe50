/**
 * A decoded input, handed to the reader slice by slice. A large UTF-8 or UTF-16 (with BOM)
 * file is read 64 KB at a time and decoded piece by piece at line ends, so neither its bytes
 * nor its whole text are ever held at once (a district's export can be 30 MB). Stdin of more
 * than 4 MB is copied to a temporary file as it comes and read from there in the same way.
 * Everything else — small files and stdin, GB18030 — is decoded whole, as decode.ts does.
 */
import { closeSync, openSync, readSync, statSync } from "node:fs";
import { Buffer, isUtf8 } from "node:buffer";
import { decode, refuseBinary, type EncodingChoice } from "./decode.js";
import { readBytes, readHead, readStdin, type Source } from "./input.js";
import { isOle2 } from "./files/ole2.js";
import { formatOf, readGrid, SNIFF_BYTES } from "./files/index.js";
import type { RawRow } from "../../grammar/parser.js";
import { textRows } from "./layouts/index.js";
import { gridRows, type Grid } from "./grid.js";

/** One input as the reader sees it: text, or a file's cell grid shown as text. */
export interface TextSource {
  path: string;
  /** The text's encoding, or the file format (`xlsx`, `pdf` …) for a file read as a grid. */
  encoding: string;
  /** Bytes that were not valid in the encoding (shown as U+FFFD). */
  invalidBytes: number;
  /** The text in pieces that end at line ends (the last may not); a BOM is dropped. */
  pieces(): Iterable<string>;
  /** The rows of cells with places, in order. */
  rows(): Iterable<RawRow>;
  /** The whole text, for reports that show rows (read again for a streamed file). */
  wholeText(): string;
  /** Things the reader says once about the file (hidden sheets skipped …). */
  notes: string[];
}

/** Files above this are streamed. */
const STREAM_FROM = 4 * 1024 * 1024;
const CHUNK = 64 * 1024;

export function textSource(path: string, text: string, encoding: string, invalidBytes = 0): TextSource {
  const body = text.replace(/^\ufeff/, "");
  return { path, encoding, invalidBytes, pieces: () => [body], rows: () => textRows([body]), wholeText: () => body, notes: [] };
}

/**
 * A file's grid as a source: one grid row a line. Each call of rows() gives fresh rows, as a
 * text source's does: the model classifies and joins cells in place.
 */
export function gridSource(path: string, grid: Grid): TextSource {
  const { rows, text } = gridRows(grid);
  const fresh = () => rows.map((row) => ({ ...row, cells: row.cells.map((cell) => ({ ...cell })) }));
  return { path, encoding: grid.format, invalidBytes: 0, pieces: () => [text], rows: fresh, wholeText: () => text, notes: grid.notes };
}

/** When to stream, and in what chunks (tests make both small); `onBytes` hears of each chunk read. */
export interface StreamOptions {
  streamFrom?: number;
  chunk?: number;
  onBytes?: (n: number) => void;
}

/** Open an input: a workbook, document, PDF or web page is read into its grid, anything else as text. */
export async function openInput(source: Source, choice: EncodingChoice, options: StreamOptions = {}): Promise<TextSource> {
  if (source.stdin) {
    const stdin = await readStdin(options.streamFrom);
    if ("file" in stdin && !isContainer(stdin.head)) {
      // More than a large file's worth (text, a PDF, a web page): read from its copy, as a file is.
      const copy = stdin.file;
      const format = formatOf(stdin.head, source.path);
      if (format) return gridSource(source.path, await readGrid(copy.all(), format, source.path));
      return openFile(source.path, { size: copy.size, open: () => copy.fd, close: () => {} }, choice, options);
    }
    // A zip or OLE2 container is read whole: its format may show only past its first bytes.
    const bytes = "bytes" in stdin ? stdin.bytes : stdin.file.all();
    const format = formatOf(bytes, source.path);
    if (format) return gridSource(source.path, await readGrid(bytes, format, source.path));
    return openSource(source, choice, options, bytes);
  }
  const format = formatOf(readHead(source, SNIFF_BYTES), source.path);
  if (!format) return openSource(source, choice, options);
  return gridSource(source.path, await readGrid(readBytes(source), format, source.path));
}

/** Open an input as text; `bytes` when they were read already (stdin can be read once). */
export function openSource(source: Source, choice: EncodingChoice, options: StreamOptions = {}, bytes?: Uint8Array): TextSource {
  if (!source.stdin && bytes === undefined) {
    const size = sizeOf(source);
    if (size !== undefined) {
      const file: ByteFile = { size, open: () => openSync(source.path, "r"), close: (fd) => closeSync(fd) };
      return openFile(source.path, file, choice, options, () => readBytes(source));
    }
  }
  const decoded = decode(bytes ?? readBytes(source), choice, source.path);
  return textSource(source.path, decoded.text, decoded.encoding, decoded.invalidBytes);
}

/** A zip (a workbook, a Word document) or an OLE2 compound file (an old workbook). */
function isContainer(head: Uint8Array): boolean {
  return (head[0] === 0x50 && head[1] === 0x4b && head[2] === 0x03 && head[3] === 0x04) || isOle2(head);
}

/**
 * A file read by position, a pass at a time: `open` gives a descriptor for one pass and
 * `close` ends it (a path is opened for each pass; stdin's temporary copy stays open).
 */
interface ByteFile {
  size: number;
  open(): number;
  close(fd: number): void;
}

/**
 * A file as text: a large UTF-8 or UTF-16 (with BOM) file streamed, anything else read whole
 * and decoded (`whole` reads its bytes; by default, a pass over the file).
 */
function openFile(path: string, file: ByteFile, choice: EncodingChoice, options: StreamOptions, whole: () => Uint8Array = () => bytesOf(file)): TextSource {
  const { streamFrom = STREAM_FROM, chunk = CHUNK, onBytes } = options;
  if (choice !== "gb18030" && file.size > streamFrom) {
    const bom = utf16Bom(file);
    if (bom) return utf16Source(path, file, bom, chunk, onBytes, whole);
    if (isUtf8File(file, path, chunk)) {
      return {
        path, encoding: "utf-8", invalidBytes: 0,
        pieces: () => utf8Pieces(file, chunk, onBytes),
        rows: () => textRows(utf8Pieces(file, chunk, onBytes)),
        wholeText: () => decode(whole(), "utf-8", path).text,
        notes: [],
      };
    }
  }
  const decoded = decode(whole(), choice, path);
  return textSource(path, decoded.text, decoded.encoding, decoded.invalidBytes);
}

/** All the bytes of a file, in one pass. */
function bytesOf(file: ByteFile): Buffer {
  const buffer = Buffer.allocUnsafe(file.size);
  const fd = file.open();
  try {
    for (let at = 0; at < file.size;) {
      const n = readSync(fd, buffer, at, file.size - at, at);
      if (n === 0) return buffer.subarray(0, at);
      at += n;
    }
    return buffer;
  } finally {
    file.close(fd);
  }
}

function sizeOf(source: Source): number | undefined {
  try {
    const stats = statSync(source.path);
    return stats.isFile() ? stats.size : undefined;
  } catch {
    return undefined; // readBytes says why
  }
}

/**
 * Chunks of a file, each cut after its last line feed (the rest carried to the next): views of
 * one buffer, read into again once the next chunk is asked for. A line longer than the buffer
 * makes it grow (doubling, so a 20 MB line is read in linear time).
 */
function* lineChunks(file: ByteFile, size: number, onBytes?: (n: number) => void): Generator<Buffer> {
  const fd = file.open();
  try {
    let buffer = Buffer.allocUnsafe(size);
    let kept = 0; // bytes of a line not yet ended, at the buffer's start
    for (let position = 0; ;) {
      if (kept > buffer.length / 2) {
        const larger = Buffer.allocUnsafe(buffer.length * 2);
        buffer.copy(larger, 0, 0, kept);
        buffer = larger;
      }
      const n = readSync(fd, buffer, kept, buffer.length - kept, position);
      if (n === 0) break;
      position += n;
      onBytes?.(n);
      const end = kept + n;
      // The bytes kept have no line feed: look in the new ones.
      const cut = buffer.lastIndexOf(0x0a, end - 1) + 1;
      if (cut <= kept) { kept = end; continue; }
      yield buffer.subarray(0, cut);
      buffer.copy(buffer, 0, cut, end);
      kept = end - cut;
    }
    if (kept > 0) yield buffer.subarray(0, kept);
  } finally {
    file.close(fd);
  }
}

/** Whether the whole file is valid UTF-8 and not binary, checked chunk by chunk. */
function isUtf8File(file: ByteFile, path: string, size: number): boolean {
  let first = true;
  for (const chunk of lineChunks(file, size)) {
    if (first) refuseBinary(chunk, path);
    first = false;
    // Chunks end at a line feed, so no character is split between two of them.
    if (!isUtf8(chunk)) return false;
  }
  return true;
}

function* utf8Pieces(file: ByteFile, size: number, onBytes?: (n: number) => void): Generator<string> {
  let first = true;
  // TextDecoder decodes Chinese text twice as fast as Buffer's toString on Node 20 (the file is
  // valid UTF-8, checked before; a chunk ends at a line feed, so no character is cut).
  const decoder = new TextDecoder("utf-8", { ignoreBOM: true });
  for (const chunk of lineChunks(file, size, onBytes)) {
    let text = decoder.decode(chunk);
    if (first) text = text.replace(/^\ufeff/, "");
    first = false;
    yield text;
  }
}

/** `utf-16le` or `utf-16be` when the file starts with that byte order mark. */
function utf16Bom(file: ByteFile): "utf-16le" | "utf-16be" | undefined {
  const fd = file.open();
  try {
    const head = Buffer.alloc(2);
    const n = readSync(fd, head, 0, 2, 0);
    if (n < 2) return undefined;
    if (head[0] === 0xff && head[1] === 0xfe) return "utf-16le";
    if (head[0] === 0xfe && head[1] === 0xff) return "utf-16be";
    return undefined;
  } finally {
    file.close(fd);
  }
}

/** A large UTF-16 file, streamed like UTF-8 (its bytes checked once for invalid sequences). */
function utf16Source(path: string, file: ByteFile, encoding: "utf-16le" | "utf-16be", chunk: number, onBytes: ((n: number) => void) | undefined, whole: () => Uint8Array): TextSource {
  let invalidBytes = 0;
  for (const piece of utf16Pieces(file, encoding, chunk)) {
    for (let i = piece.indexOf("\ufffd"); i !== -1; i = piece.indexOf("\ufffd", i + 1)) invalidBytes++;
  }
  return {
    path, encoding, invalidBytes,
    pieces: () => utf16Pieces(file, encoding, chunk, onBytes),
    rows: () => textRows(utf16Pieces(file, encoding, chunk, onBytes)),
    wholeText: () => decode(whole(), "auto", path).text,
    notes: [],
  };
}

/** Decoded pieces of a UTF-16 file, each cut after its last line feed; the BOM dropped. */
function* utf16Pieces(file: ByteFile, encoding: string, size: number, onBytes?: (n: number) => void): Generator<string> {
  const decoder = new TextDecoder(encoding); // drops the BOM, keeps a character split between chunks
  const fd = file.open();
  try {
    const buffer = Buffer.allocUnsafe(size);
    let carry = "";
    for (let position = 0; ;) {
      const n = readSync(fd, buffer, 0, size, position);
      position += n;
      if (n > 0) onBytes?.(n);
      const text = carry + (n === 0 ? decoder.decode() : decoder.decode(buffer.subarray(0, n), { stream: true }));
      if (n === 0) {
        if (text.length > 0) yield text;
        return;
      }
      const cut = text.lastIndexOf("\n") + 1;
      if (cut === 0) { carry = text; continue; }
      yield text.slice(0, cut);
      carry = text.slice(cut);
    }
  } finally {
    file.close(fd);
  }
}
