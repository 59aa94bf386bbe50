/**
 * What an OLE2 compound file (CFB, MS-CFB) holds, told by the names in its directory:
 * an encrypted Office Open XML file (Word, Excel or PowerPoint with a password to open is an
 * OLE2 container with `EncryptionInfo` and `EncryptedPackage` streams), a Word 97–2003 .doc
 * (`WordDocument`), an Excel 97–2003 .xls (`Workbook`, or `Book` for Excel 5/95), or something
 * else. Only the header, the FAT sectors that chain the directory and the directory sectors
 * are read, through a `read(offset, length)` function, so a large file is not read whole.
 */

export type Ole2Kind = "encrypted" | "doc" | "xls" | "other";

/** Bytes of the file at `offset` (fewer, or none, past its end). */
export type ReadAt = (offset: number, length: number) => Uint8Array;

const SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const END_OF_CHAIN = 0xfffffffe;
const FREE = 0xffffffff;
const ENTRY = 128;
/** Directory sectors read at most (16 entries a 4 KiB sector: far more than any Office file has). */
const MAX_DIRECTORY_SECTORS = 4096;

export function isOle2(head: Uint8Array): boolean {
  return SIGNATURE.every((b, i) => head[i] === b);
}

/** A read function over bytes held in memory. */
export function readFrom(bytes: Uint8Array): ReadAt {
  return (offset, length) => bytes.subarray(offset, offset + length);
}

/**
 * The kind of a compound file, or undefined when its header or directory cannot be read
 * (truncated or corrupt).
 */
export function ole2Kind(read: ReadAt): Ole2Kind | undefined {
  const names = directoryNames(read);
  if (!names) return undefined;
  if (names.has("EncryptedPackage") && names.has("EncryptionInfo")) return "encrypted";
  if (names.has("WordDocument")) return "doc";
  if (names.has("Workbook") || names.has("Book")) return "xls";
  return "other";
}

/** The names of the directory entries, or undefined for a damaged file. */
export function directoryNames(read: ReadAt): Set<string> | undefined {
  const header = read(0, 512);
  if (header.length < 512 || !isOle2(header)) return undefined;
  const view = new DataView(header.buffer, header.byteOffset, header.byteLength);
  const shift = view.getUint16(0x1e, true);
  if (shift !== 9 && shift !== 12) return undefined;
  const size = 1 << shift;
  const perSector = size / 4;
  const sectorAt = (n: number) => (n + 1) * size;

  // The FAT's own sectors: 109 in the header, the rest in a chain of DIFAT sectors.
  const fatSectors: number[] = [];
  for (let i = 0; i < 109; i++) fatSectors.push(view.getUint32(0x4c + i * 4, true));
  let difat = view.getUint32(0x44, true);
  for (let hops = 0; difat !== END_OF_CHAIN && difat !== FREE && hops < 10_000; hops++) {
    const sector = read(sectorAt(difat), size);
    if (sector.length < size) break;
    const d = new DataView(sector.buffer, sector.byteOffset, size);
    for (let i = 0; i < perSector - 1; i++) fatSectors.push(d.getUint32(i * 4, true));
    difat = d.getUint32(size - 4, true);
  }
  const next = (n: number): number | undefined => {
    const fat = fatSectors[Math.floor(n / perSector)];
    if (fat === undefined || fat === FREE || fat === END_OF_CHAIN) return undefined;
    const entry = read(sectorAt(fat) + (n % perSector) * 4, 4);
    return entry.length < 4 ? undefined : new DataView(entry.buffer, entry.byteOffset, 4).getUint32(0, true);
  };

  const names = new Set<string>();
  const seen = new Set<number>();
  let sector: number | undefined = view.getUint32(0x30, true);
  while (sector !== undefined && sector !== END_OF_CHAIN && !seen.has(sector) && seen.size < MAX_DIRECTORY_SECTORS) {
    seen.add(sector);
    const bytes = read(sectorAt(sector), size);
    if (bytes.length < size) return names.size > 0 ? names : undefined;
    for (let at = 0; at + ENTRY <= size; at += ENTRY) {
      const nameLength = bytes[at + 0x40] | (bytes[at + 0x41] << 8);
      if (nameLength < 2 || nameLength > 64) continue; // unused entry
      let name = "";
      for (let i = 0; i < nameLength - 2; i += 2) name += String.fromCharCode(bytes[at + i] | (bytes[at + i + 1] << 8));
      names.add(name);
    }
    sector = next(sector);
  }
  return names.size > 0 ? names : undefined;
}
