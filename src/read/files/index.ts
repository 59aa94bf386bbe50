/**
 * Files that are not text — workbooks, Word documents, PDFs, saved web pages — recognised by
 * their content (a file's extension can lie) and read into a cell grid by a reader that is
 * loaded only for its format: a `.txt` run loads none of them.
 */
import { extname } from "node:path";
import type { FileFormat, Grid } from "../grid.js";
import { InputError } from "../errors.js";

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
const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

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
  if (startsWith(head, ZIP)) {
    const names = ascii(head, head.byteLength);
    if (names.includes("xl/workbook")) return "xlsx";
    if (names.includes("word/document")) return "docx";
    return undefined;
  }
  if (startsWith(head, OLE2)) return "xls";
  if (ascii(head, 1024).includes("%PDF-")) return "pdf";
  if (HTML_START.test(ascii(head, 4096))) return "html";
  return undefined;
}

/**
 * The format to read a file as: its content decides; a file named like a workbook, document
 * or PDF whose content is not one is refused rather than read as text.
 */
export function formatOf(head: Uint8Array, path: string): FileFormat | undefined {
  const sniffed = sniffFormat(head);
  if (sniffed) return sniffed;
  const named = EXTENSIONS[extname(path).toLowerCase()];
  if (named === "html" || named === undefined) return named;
  if (startsWith(head, ZIP)) throw new InputError(path, `a zip archive, but not a ${named} file (no ${named === "docx" ? "word/document.xml" : "xl/workbook.xml"} in it)`);
  throw new InputError(path, `named .${named} but not a ${named} file: the file is corrupt, truncated or of another kind`);
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
