/**
 * The parts of a zip archive (a .docx is one), read from its central directory, and one part
 * unpacked piece by piece with fflate's streaming inflater, in bounded memory. A zip bomb is
 * refused twice over: a part whose declared size is above the limit is not unpacked at all,
 * and a part that unpacks to more than its declared size is stopped there (the directory
 * lied). Damage is reported in words (InputError), never as a stack trace.
 */
import * as zlib from "node:zlib";
import { Inflate } from "fflate";
import { InputError } from "../errors.js";

export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflated. */
  method: number;
  flags: number;
  /** CRC-32 of the unpacked bytes. */
  crc: number;
  compressedSize: number;
  /** The unpacked size the central directory declares. */
  size: number;
  localOffset: number;
}

/** A part larger than this is not a declaration (the largest real document.xml seen is a few MB). */
export const MAX_PART = 200 * 1024 * 1024;
/** Packed bytes handed to the inflater at a time: at most ~32 MB come out of one (deflate's ratio is at most 1032:1). */
const PACKED_STEP = 32 * 1024;

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

const DAMAGED = "truncated or damaged: not a complete zip archive (a .docx is one); save the document again";

/** A size in words: `2,000 bytes`, `300 MB`. */
export function size(bytes: number): string {
  return bytes < 1024 * 1024 ? `${bytes.toLocaleString("en-US")} bytes` : `${Math.round(bytes / 1024 / 1024)} MB`;
}

const CRC_TABLE = (() => {
  const table = new Int32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c;
  }
  return table;
})();

/** Node's own CRC-32 (Node 20.15 and later), four times faster than the table below. */
const nativeCrc32 = (zlib as { crc32?: (data: Uint8Array, value?: number) => number }).crc32;

/** CRC-32 (the zip one) of a chunk, continuing from `crc`. */
function crc32(crc: number, chunk: Uint8Array): number {
  if (nativeCrc32) return nativeCrc32(chunk, crc >>> 0);
  let c = ~crc;
  for (let i = 0; i < chunk.length; i++) c = CRC_TABLE[(c ^ chunk[i]) & 0xff] ^ (c >>> 8);
  return ~c;
}

/** The archive's parts by name. */
export function zipEntries(bytes: Uint8Array, path: string): Map<string, ZipEntry> {
  try {
    return readDirectory(bytes, path);
  } catch (error) {
    if (error instanceof RangeError) throw new InputError(path, DAMAGED); // a size or offset past the end
    throw error;
  }
}

function readDirectory(bytes: Uint8Array, path: string): Map<string, ZipEntry> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const u16 = (at: number) => view.getUint16(at, true);
  const u32 = (at: number) => view.getUint32(at, true);
  const u64 = (at: number) => u32(at) + u32(at + 4) * 2 ** 32;

  // The end record: 22 bytes, then a comment of up to 65,535.
  let end = -1;
  for (let at = bytes.byteLength - 22; at >= 0 && at >= bytes.byteLength - 22 - 65535; at--) {
    if (u32(at) === EOCD && at + 22 + u16(at + 20) <= bytes.byteLength) { end = at; break; }
  }
  if (end < 0) throw new InputError(path, DAMAGED);
  let count = u16(end + 10);
  let offset = u32(end + 16);
  if ((count === 0xffff || offset === 0xffffffff) && end >= 20 && u32(end - 20) === ZIP64_LOCATOR) {
    const at = u64(end - 12);
    if (at + 56 > bytes.byteLength || u32(at) !== ZIP64_EOCD) throw new InputError(path, DAMAGED);
    count = u64(at + 32);
    offset = u64(at + 48);
  }

  const entries = new Map<string, ZipEntry>();
  const decoder = new TextDecoder();
  let at = offset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > bytes.byteLength || u32(at) !== CENTRAL) throw new InputError(path, DAMAGED);
    const nameLength = u16(at + 28), extraLength = u16(at + 30), commentLength = u16(at + 32);
    if (at + 46 + nameLength + extraLength > bytes.byteLength) throw new InputError(path, DAMAGED);
    const entry: ZipEntry = {
      name: decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength)),
      flags: u16(at + 8), method: u16(at + 10), crc: u32(at + 16),
      compressedSize: u32(at + 20), size: u32(at + 24), localOffset: u32(at + 42),
    };
    // ZIP64: sizes and offset that do not fit in 32 bits are in extra field 0x0001, in this order.
    for (let x = at + 46 + nameLength; x + 4 <= at + 46 + nameLength + extraLength;) {
      const id = u16(x), length = u16(x + 2);
      if (id === 0x0001) {
        let y = x + 4;
        if (entry.size === 0xffffffff) { entry.size = u64(y); y += 8; }
        if (entry.compressedSize === 0xffffffff) { entry.compressedSize = u64(y); y += 8; }
        if (entry.localOffset === 0xffffffff) entry.localOffset = u64(y);
      }
      x += 4 + length;
    }
    entries.set(entry.name.replace(/^\//, ""), entry);
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/**
 * A part's bytes, piece by piece (each piece is handed over before the next is made), never
 * more than its declared size and never more than `limit`; checked against its CRC-32 at the end.
 */
export function* unpack(bytes: Uint8Array, entry: ZipEntry, path: string, limit = MAX_PART): Generator<Uint8Array> {
  if (entry.flags & 1) throw new InputError(path, `password-protected: ${entry.name} is encrypted in the zip archive; save the document without a password`);
  if (entry.size > limit) {
    throw new InputError(path, `too large: ${entry.name} would unpack to ${size(entry.size)}, more than the ${size(limit)} a declaration ever needs (a zip bomb, or not a declaration)`);
  }
  const at = entry.localOffset;
  if (at + 30 > bytes.byteLength || new DataView(bytes.buffer, bytes.byteOffset + at, 30).getUint32(0, true) !== LOCAL) {
    throw new InputError(path, DAMAGED);
  }
  const local = new DataView(bytes.buffer, bytes.byteOffset + at, 30);
  const start = at + 30 + local.getUint16(26, true) + local.getUint16(28, true);
  const stop = start + entry.compressedSize;
  if (stop > bytes.byteLength) throw new InputError(path, DAMAGED);

  let crc = 0;
  if (entry.method === 0) {
    if (entry.compressedSize !== entry.size) throw new InputError(path, DAMAGED);
    for (let p = start; p < stop; p += PACKED_STEP) {
      const chunk = bytes.subarray(p, Math.min(stop, p + PACKED_STEP));
      crc = crc32(crc, chunk);
      yield chunk;
    }
    checkCrc(crc, entry, path);
    return;
  }
  if (entry.method !== 8) throw new InputError(path, `${entry.name} is packed with zip method ${entry.method}, which perfgoal cannot unpack (Word uses deflate); save the document again`);

  let out: Uint8Array[] = [];
  let total = 0;
  const inflater = new Inflate((chunk) => {
    total += chunk.byteLength;
    if (total > entry.size) {
      throw new InputError(path, `damaged or a zip bomb: ${entry.name} unpacks to more than the ${size(entry.size)} its zip directory declares`);
    }
    if (chunk.byteLength > 0) out.push(chunk);
  });
  for (let p = start; ; p += PACKED_STEP) {
    const last = p + PACKED_STEP >= stop;
    try {
      inflater.push(bytes.subarray(p, Math.min(stop, p + PACKED_STEP)), last);
    } catch (error) {
      if (error instanceof InputError) throw error;
      throw new InputError(path, `damaged: ${entry.name} cannot be unpacked (${(error as Error).message}); save the document again`);
    }
    for (const chunk of out) {
      crc = crc32(crc, chunk);
      yield chunk;
    }
    out = [];
    if (last) break;
  }
  if (total !== entry.size) throw new InputError(path, `damaged: ${entry.name} unpacks to ${size(total)}, its zip directory declares ${size(entry.size)}; save the document again`);
  checkCrc(crc, entry, path);
}

function checkCrc(crc: number, entry: ZipEntry, path: string): void {
  if (crc >>> 0 !== entry.crc) throw new InputError(path, `damaged: ${entry.name} does not match its checksum; save the document again`);
}

/** A whole small part (a relationships file) as text, or undefined when the archive has no such part. */
export function partText(bytes: Uint8Array, entries: Map<string, ZipEntry>, name: string, path: string, limit = 1024 * 1024): string | undefined {
  const entry = entries.get(name);
  if (!entry) return undefined;
  const decoder = new TextDecoder();
  let text = "";
  for (const chunk of unpack(bytes, entry, path, limit)) text += decoder.decode(chunk, { stream: true });
  return text + decoder.decode();
}
