/**
 * The inputs of a run: file paths, folders (searched for declaration files), globs, and `-` or
 * piped stdin. Each source is read and decoded on its own, so one unreadable file does not stop the others.
 */
import { closeSync, openSync, readdirSync, readFileSync, readSync, statSync, unlinkSync, writeSync } from "node:fs";
import { tmpdir } from "node:os";
import { extname, join, resolve } from "node:path";
import { Buffer } from "node:buffer";
import { InputError, UsageError } from "./errors.js";

export interface Source {
  /** The path as shown in reports (`-` shown as `<stdin>`). */
  path: string;
  stdin: boolean;
}

const GLOB_CHARS = /[*?[\]{}]/;

/** What a folder given as input is searched for (text, tables, workbooks, documents, pages). */
export const DECLARATION_EXTENSIONS = [".txt", ".tsv", ".csv", ".md", ".xlsx", ".xlsm", ".xls", ".docx", ".pdf", ".html", ".htm"] as const;

/** Folders never searched, in a folder walk or a glob. */
const NEVER_WALKED = new Set(["node_modules", ".git"]);
const NEVER_GLOBBED = ["**/node_modules/**", "**/.git/**"];

/**
 * Expand the command-line arguments into sources, in order, without duplicates: a folder is
 * searched for DECLARATION_EXTENSIONS (not inside node_modules or .git), a glob is expanded
 * (never into node_modules); `ignore` globs (relative to the working folder) leave out files
 * found either way. Files named one by one are always read.
 */
export async function resolveSources(args: string[], stdinIsTTY: boolean, ignore: readonly string[] = []): Promise<Array<Source | InputError>> {
  if (args.length === 0) {
    if (stdinIsTTY) {
      throw new UsageError({
        zh: "没有输入：请给出一个或多个文件，或把申报表通过管道送入标准输入",
        en: "no input: give one or more files, or pipe a declaration into stdin",
      });
    }
    return [{ path: "<stdin>", stdin: true }];
  }
  const out: Array<Source | InputError> = [];
  const seen = new Set<string>();
  const add = (path: string) => {
    if (!seen.has(path)) { seen.add(path); out.push({ path, stdin: false }); }
  };
  const ignored = ignore.length > 0 ? await ignoredFiles(ignore) : undefined;
  const kept = (paths: string[]) => (ignored ? paths.filter((p) => !ignored.has(resolve(p))) : paths);
  for (const arg of args) {
    if (arg === "-") {
      if (!seen.has("-")) out.push({ path: "<stdin>", stdin: true }); // stdin can be read once
      seen.add("-");
      continue;
    }
    if (isDirectory(arg)) {
      const found = kept(walk(arg));
      if (found.length === 0) {
        out.push(new InputError(arg, {
          zh: `文件夹中没有申报表文件（${DECLARATION_EXTENSIONS.join(" ")}）`,
          en: `no declaration files in this folder (${DECLARATION_EXTENSIONS.join(" ")})`,
        }));
      }
      for (const path of found) add(path);
      continue;
    }
    if (GLOB_CHARS.test(arg) && !exists(arg)) {
      const { glob } = await import("tinyglobby"); // loaded only for a pattern (it costs ~7 ms to load)
      const matches = kept((await glob(arg, { onlyFiles: true, expandDirectories: false, ignore: NEVER_GLOBBED })).sort());
      if (matches.length === 0) out.push(new InputError(arg, { zh: "没有与此模式匹配的文件", en: "no file matches this pattern" }));
      for (const path of matches) add(path);
      continue;
    }
    add(arg);
  }
  return out;
}

/** The files under a folder with a declaration extension, sorted, as paths under `dir`. */
function walk(dir: string): string[] {
  const out: string[] = [];
  const visit = (folder: string) => {
    let entries;
    try {
      entries = readdirSync(folder, { withFileTypes: true });
    } catch {
      return; // an unreadable subfolder is skipped (the folder itself was readable)
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) {
        if (!NEVER_WALKED.has(entry.name)) visit(path);
      } else if ((entry.isFile() || (entry.isSymbolicLink() && isFile(path))) && DECLARATION_EXTENSIONS.includes(extname(entry.name).toLowerCase() as never)) {
        out.push(path);
      }
    }
  };
  visit(dir);
  return out;
}

/** The files `--ignore-pattern` globs match, as absolute paths. */
async function ignoredFiles(patterns: readonly string[]): Promise<Set<string>> {
  const { glob } = await import("tinyglobby");
  return new Set(await glob([...patterns], { onlyFiles: true, absolute: true, expandDirectories: true, dot: true }));
}

function isDirectory(path: string): boolean {
  try { return statSync(path).isDirectory(); } catch { return false; }
}

function isFile(path: string): boolean {
  try { return statSync(path).isFile(); } catch { return false; }
}

function exists(path: string): boolean {
  try { statSync(path); return true; } catch { return false; }
}

const REASONS: Record<string, { zh: string; en: string }> = {
  ENOENT: { zh: "找不到该文件", en: "no such file" },
  EACCES: { zh: "没有读取权限", en: "permission denied" },
  EPERM: { zh: "没有读取权限", en: "permission denied" },
  EISDIR: { zh: "是文件夹，不是文件", en: "is a directory, not a file" },
  ELOOP: { zh: "符号链接层数过多", en: "too many symbolic links" },
  ENAMETOOLONG: { zh: "文件名过长", en: "file name too long" },
  ENOTDIR: { zh: "找不到该文件（路径中有一段不是文件夹）", en: "no such file (a part of the path is not a folder)" },
  EIO: { zh: "输入/输出错误", en: "input/output error" },
};

/** Why a file cannot be read, in words, for an errno code. */
export function reasonFor(code: string): { zh: string; en: string } {
  return REASONS[code] ?? { zh: `无法读取（${code || "未知错误"}）`, en: `cannot be read (${code || "unknown error"})` };
}

/** Refuse what is not a regular file, with the reason in words. */
function checkFile(source: Source): void {
  let stats;
  try {
    stats = statSync(source.path);
  } catch (error) {
    return fail(source, (error as NodeJS.ErrnoException).code ?? "");
  }
  if (stats.isDirectory()) return fail(source, "EISDIR");
  // A FIFO, socket or device could block forever or never end: only regular files are read.
  if (!stats.isFile()) throw new InputError(source.path, {
    zh: "不是普通文件（管道、套接字或设备）；读取标准输入请用 '-'",
    en: "not a regular file (a pipe, socket or device); use '-' to read stdin",
  });
}

/**
 * Stdin as read: its bytes, or, past `STDIN_IN_MEMORY` of them, a temporary file holding them
 * (its first bytes kept for sniffing the format): a large input is then read like a file,
 * a piece at a time, and never held whole.
 */
export type StdinContent = { bytes: Buffer } | { file: TemporaryFile; head: Buffer };

/** Stdin up to this size is held in memory (as a file up to this size is read whole). */
const STDIN_IN_MEMORY = 4 * 1024 * 1024;

let stdinContent: Promise<StdinContent> | undefined;

/**
 * All of stdin, read once as a stream (so `check - -` reads it once). Reading fd 0 with
 * readFileSync fails with EAGAIN on a pipe that Node made non-blocking, or that is slower
 * than the reader; a stream waits for the writer.
 */
export function readStdin(inMemory = STDIN_IN_MEMORY): Promise<StdinContent> {
  stdinContent ??= (async () => {
    const chunks: Buffer[] = [];
    let held = 0;
    let file: TemporaryFile | undefined;
    for await (const chunk of process.stdin) {
      if (file) { file.append(chunk as Buffer); continue; }
      chunks.push(chunk as Buffer);
      held += (chunk as Buffer).length;
      if (held > inMemory) {
        file = new TemporaryFile("perfgoal-stdin");
        for (const c of chunks.splice(0)) file.append(c);
      }
    }
    if (!file) return { bytes: Buffer.concat(chunks) };
    return { file, head: file.head(64 * 1024) };
  })();
  return stdinContent;
}

/**
 * A temporary file, written once and then read by position: removed from its folder as soon
 * as it is made where the system allows (it lives on while open), else when the process ends.
 */
export class TemporaryFile {
  readonly fd: number;
  size = 0;

  constructor(prefix: string) {
    const path = join(tmpdir(), `${prefix}-${process.pid}-${++temporaries}.tmp`);
    this.fd = openSync(path, "w+", 0o600);
    try {
      unlinkSync(path);
    } catch {
      process.once("exit", () => { try { closeSync(this.fd); unlinkSync(path); } catch { /* gone already */ } });
    }
  }

  append(bytes: Uint8Array): void {
    for (let at = 0; at < bytes.length;) at += writeSync(this.fd, bytes, at, bytes.length - at, this.size + at);
    this.size += bytes.length;
  }

  /** The first `size` bytes (fewer when the file is shorter). */
  head(size: number): Buffer {
    const buffer = Buffer.alloc(Math.min(size, this.size));
    readSync(this.fd, buffer, 0, buffer.length, 0);
    return buffer;
  }

  /** All of it (a workbook or PDF piped in is read whole anyway). */
  all(): Buffer {
    return this.head(this.size);
  }
}

let temporaries = 0;

export function readBytes(source: Source): Uint8Array {
  if (source.stdin) throw new Error("stdin is read with readStdin()");
  checkFile(source);
  try {
    return readFileSync(source.path);
  } catch (error) {
    return fail(source, (error as NodeJS.ErrnoException).code ?? "");
  }
}

/** The first `size` bytes of a file. */
export function readHead(source: Source, size: number): Uint8Array {
  checkFile(source);
  let fd: number | undefined;
  try {
    fd = openSync(source.path, "r");
    const buffer = Buffer.alloc(size);
    const n = readSync(fd, buffer, 0, size, 0);
    return buffer.subarray(0, n);
  } catch (error) {
    return fail(source, (error as NodeJS.ErrnoException).code ?? "");
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

function fail(source: Source, code: string): never {
  throw new InputError(source.path, reasonFor(code));
}
