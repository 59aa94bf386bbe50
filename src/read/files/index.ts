/**
 * Files that are not text — workbooks, Word documents, PDFs, saved web pages — recognised by
 * their content (a file's extension can lie) and read into a cell grid by a reader that is
 * loaded only for its format: a `.txt` run loads none of them.
 */
import { closeSync, fstatSync, openSync, readSync } from "node:fs";
import { extname } from "node:path";
import type { FileFormat, Grid } from "../grid.js";
import { InputError } from "../errors.js";
import { isOle2, ole2Kind, type Ole2Kind, type ReadAt } from "./ole2.js";

/** What a reader module exports. */
export interface FileReader {
  readGrid(bytes: Uint8Array, path: string): Grid | Promise<Grid>;
}

const READERS: Record<FileFormat, () => Promise<FileReader>> = {
  xlsx: () => import("./xlsx.js"),
  xls: () => import("./xlsx.js"),
  docx: () => import("./docx.js"),
  pdf: () => import("./pdf.js"),
  html: () => import("./html.js"),
};

/** Bytes enough to recognise a format. */
export const SNIFF_BYTES = 64 * 1024;

const EXTENSIONS: Record<string, FileFormat> = {
  ".xlsx": "xlsx", ".xlsm": "xlsx", ".xls": "xls", ".docx": "docx", ".pdf": "pdf", ".html": "html", ".htm": "html",
};

const ZIP = [0x50, 0x4b, 0x03, 0x04];

function startsWith(bytes: Uint8Array, magic: number[]): boolean {
  return magic.every((b, i) => bytes[i] === b);
}

/** The first bytes as Latin-1 (ASCII markers survive any encoding but UTF-16). */
function ascii(bytes: Uint8Array, length: number): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, length)).toString("latin1");
}

/** `<html`, `<table`, `<!DOCTYPE html` (after a BOM, white space and comments) start a web page. */
const HTML_START = /^(?:\xef\xbb\xbf)?(?:\s|<!--[^]*?-->|<\?xml[^>]*>)*<(?:!doctype\s+html|html|head|body|meta|table|title)[\s>/]/i;

/** The file format of a file's first bytes, or undefined for text. */
export function sniffFormat(head: Uint8Array): FileFormat | undefined {
  if (startsWith(head, ZIP)) return zipFormat(ascii(head, head.byteLength));
  // An OLE2 file is an .xls unless its directory (when the head holds it) says otherwise.
  if (isOle2(head)) return OLE2_FORMAT[ole2Kind(readAt(head)) ?? "xls"];
  if (ascii(head, 1024).includes("%PDF-")) return "pdf";
  if (HTML_START.test(ascii(head, 4096)) || HTML_START.test(utf16(head, 4096))) return "html";
  return undefined;
}

/** A zip's format by the part names in its local headers or central directory. */
function zipFormat(names: string): FileFormat | undefined {
  if (names.includes("xl/workbook")) return "xlsx";
  if (names.includes("word/document")) return "docx";
  return undefined;
}

/** The first bytes of a UTF-16 text with a BOM, as a string ("" without a BOM). */
function utf16(bytes: Uint8Array, length: number): string {
  const le = bytes[0] === 0xff && bytes[1] === 0xfe, be = bytes[0] === 0xfe && bytes[1] === 0xff;
  if (!le && !be) return "";
  return new TextDecoder(le ? "utf-16le" : "utf-16be").decode(bytes.subarray(2, Math.min(bytes.byteLength, length) & ~1));
}

/**
 * The format to read a file as: its content decides; a file named like a workbook, document
 * or PDF whose content is not one is refused rather than read as text.
 */
export function formatOf(head: Uint8Array, path: string): FileFormat | undefined {
  if (isOle2(head)) {
    const kind = ole2Kind(readAt(head, path));
    if (kind && kind in OLE2_REFUSED) throw new InputError(path, OLE2_REFUSED[kind]!);
  }
  let sniffed = sniffFormat(head);
  // A zip whose first 64 KiB are other parts (images stored first): its central directory, at the end, names the parts.
  if (!sniffed && startsWith(head, ZIP) && head.byteLength >= SNIFF_BYTES) sniffed = zipFormat(ascii(tailOf(path, SNIFF_BYTES), SNIFF_BYTES));
  if (sniffed) return sniffed;
  const named = EXTENSIONS[extname(path).toLowerCase()];
  if (named === "html" || named === undefined) return named;
  if (startsWith(head, ZIP)) throw new InputError(path, `a zip archive, but not a ${named} file (no ${named === "docx" ? "word/document.xml" : "xl/workbook.xml"} in it)`);
  throw new InputError(path, `named .${named} but not a ${named} file: the file is corrupt, truncated or of another kind`);
}

/** OLE2 files perfgoal does not read, and why, in words a user can act on. */
const OLE2_REFUSED: Partial<Record<Ole2Kind, string>> = {
  encrypted: "password-protected: an encrypted Word or Excel file cannot be read; open it, remove the password to open and save it again",
  doc: "a Word 97-2003 .doc file, which perfgoal does not read: open it in Word or WPS and save it as .docx",
};
const OLE2_FORMAT: Record<Ole2Kind, FileFormat | undefined> = { xls: "xls", other: "xls", encrypted: undefined, doc: undefined };

/**
 * Positional reads of a file for the OLE2 directory: from the head, and from the file itself
 * past it (a large compound file's directory can be anywhere). Stdin's head is all of it.
 */
function readAt(head: Uint8Array, path?: string): ReadAt {
  return (offset, length) => {
    if (offset + length <= head.byteLength || path === undefined || head.byteLength < SNIFF_BYTES) return head.subarray(offset, offset + length);
    let fd: number | undefined;
    try {
      fd = openSync(path, "r");
      const buffer = Buffer.alloc(length);
      return buffer.subarray(0, readSync(fd, buffer, 0, length, offset));
    } catch {
      return head.subarray(offset, offset + length);
    } finally {
      if (fd !== undefined) closeSync(fd);
    }
  };
}

/** The last `size` bytes of a file (none when it cannot be read: the reader says why later). */
function tailOf(path: string, size: number): Uint8Array {
  let fd: number | undefined;
  try {
    fd = openSync(path, "r");
    const length = fstatSync(fd).size;
    const buffer = Buffer.alloc(Math.min(size, length));
    return buffer.subarray(0, readSync(fd, buffer, 0, buffer.length, length - buffer.length));
  } catch {
    return new Uint8Array(0);
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** Read a file of a known format into its cell grid. */
export async function readGrid(bytes: Uint8Array, format: FileFormat, path: string): Promise<Grid> {
  const reader = await READERS[format]();
  try {
    return await reader.readGrid(bytes, path);
  } catch (error) {
    // A reader is bundled apart with its own copy of InputError: make it this bundle's, so the
    // CLI reports the file and goes on with the others.
    const e = error as Partial<InputError>;
    if (e?.name === "InputError" && !(error instanceof InputError)) throw new InputError(e.path ?? path, e.reason ?? String(e.message));
    throw error;
  }
}
