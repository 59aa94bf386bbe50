/**
 * A look at a zip archive (an .xlsx) before anything unpacks it: its central directory is walked
 * and the archive refused when it is truncated or corrupt, encrypted, or would unpack to more than
 * a real declaration ever does (a zip bomb). Only the directory and the local headers are read;
 * each deflated entry is then inflated natively, one at a time, with its output capped at the size
 * the archive declares, so an entry that lies about its size is caught in bounded memory too.
 */
import { inflateRawSync } from "node:zlib";

export interface ZipLimits {
  /** The most all entries together may unpack to. */
  totalBytes: number;
  /** The largest ratio of unpacked to packed size an entry may have… */
  ratio: number;
  /** …once it unpacks to more than this (tiny entries compress very well and are harmless). */
  ratioFrom: number;
  /** The most entries an archive may hold. */
  entries: number;
}

/** A real declaration workbook unpacks to a few MB; these are far above any. */
export const ZIP_LIMITS: ZipLimits = { totalBytes: 200 * 1024 * 1024, ratio: 1000, ratioFrom: 1024 * 1024, entries: 100_000 };

export interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  size: number;
  /** Where the entry's data starts in the archive. */
  dataStart: number;
}

/** Why an archive was refused, in words (the caller names the file). */
export class ZipRefused extends Error {}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const MB = (n: number) => `${Math.round(n / (1024 * 1024))} MB`;

/** The entries of a zip archive, checked against the limits; throws ZipRefused. */
export function checkZip(bytes: Uint8Array, limits: ZipLimits = ZIP_LIMITS): ZipEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const u16 = (at: number) => view.getUint16(at, true);
  const u32 = (at: number) => view.getUint32(at, true);
  const truncated = () => new ZipRefused("is truncated or corrupt: its zip directory is cut short or damaged");

  // The end-of-central-directory record: in the last 22 + 65535 (comment) bytes.
  let end = -1;
  for (let at = bytes.byteLength - 22; at >= Math.max(0, bytes.byteLength - 22 - 0xffff); at--) {
    if (u32(at) === EOCD) { end = at; break; }
  }
  if (end < 0) throw new ZipRefused("is truncated or corrupt: the zip directory at its end is missing (was the download or copy cut short?)");
  const count = u16(end + 10);
  const directorySize = u32(end + 12);
  const directoryStart = u32(end + 16);
  if (count === 0xffff || directoryStart === 0xffffffff || directorySize === 0xffffffff) {
    throw new ZipRefused(`is a ZIP64 archive (over 4 GB or 65,535 entries): far larger than a declaration workbook`);
  }
  if (count > limits.entries) throw new ZipRefused(`holds ${count} zip entries, more than the ${limits.entries} a workbook has: refused as a zip bomb`);
  if (directoryStart + directorySize > end) throw truncated();

  const entries: ZipEntry[] = [];
  let total = 0;
  let at = directoryStart;
  for (let i = 0; i < count; i++) {
    if (at + 46 > end || u32(at) !== CENTRAL) throw truncated();
    const flags = u16(at + 8);
    const method = u16(at + 10);
    const compressedSize = u32(at + 20);
    const size = u32(at + 24);
    const nameLength = u16(at + 28);
    const extraLength = u16(at + 30);
    const commentLength = u16(at + 32);
    const local = u32(at + 42);
    const name = Buffer.from(bytes.buffer, bytes.byteOffset + at + 46, Math.min(nameLength, Math.max(0, end - at - 46))).toString("utf8");
    at += 46 + nameLength + extraLength + commentLength;
    if (flags & 0x41) throw new ZipRefused("is password-protected (an encrypted zip entry)");
    if (size === 0xffffffff || compressedSize === 0xffffffff) throw new ZipRefused(`has an entry '${name}' of 4 GB or more: refused as a zip bomb`);

    // The local header: what SheetJS trusts. Its sizes are zero when a data descriptor follows.
    if (local + 30 > bytes.byteLength || u32(local) !== LOCAL) throw truncated();
    const localSize = u32(local + 22);
    const dataStart = local + 30 + u16(local + 26) + u16(local + 28);
    if (dataStart + compressedSize > bytes.byteLength) throw truncated();
    const declared = Math.max(size, localSize === 0xffffffff ? 0 : localSize);
    if (method !== 0 && method !== 8) throw new ZipRefused(`is corrupt or not a workbook Excel or WPS writes: entry '${name}' uses zip compression method ${method}`);
    if (declared > limits.ratioFrom && declared > compressedSize * limits.ratio) {
      throw new ZipRefused(`has an entry '${name}' that unpacks ${MB(declared)} from ${compressedSize} bytes (more than ${limits.ratio}:1): refused as a zip bomb`);
    }
    total += declared;
    if (total > limits.totalBytes) {
      throw new ZipRefused(`would unpack to more than ${MB(limits.totalBytes)} (a declaration workbook is a few MB): refused as a zip bomb`);
    }
    entries.push({ name, method, compressedSize, size: declared, dataStart });
  }
  for (const entry of entries) checkInflated(bytes, entry);
  return entries;
}

/** Inflate an entry with its output capped at its declared size: more is a lie (or damage). */
function checkInflated(bytes: Uint8Array, entry: ZipEntry): void {
  if (entry.method !== 8) return;
  const packed = bytes.subarray(entry.dataStart, entry.dataStart + entry.compressedSize);
  let size: number;
  try {
    size = inflateRawSync(packed, { maxOutputLength: Math.max(1, entry.size) }).byteLength;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ERR_BUFFER_TOO_LARGE") {
      throw new ZipRefused(`has an entry '${entry.name}' that unpacks to more than the ${entry.size} bytes it declares: refused as a zip bomb`);
    }
    throw new ZipRefused(`is corrupt: entry '${entry.name}' cannot be unpacked (${code ?? "bad compressed data"})`);
  }
  if (size !== entry.size) throw new ZipRefused(`is corrupt: entry '${entry.name}' unpacks to ${size} bytes, not the ${entry.size} it declares`);
}
