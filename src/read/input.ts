/**
 * The inputs of a run: file paths, globs, and `-` or piped stdin. Each source is read and
 * decoded on its own, so one unreadable file does not stop the others.
 */
import { closeSync, openSync, readFileSync, readSync, statSync } from "node:fs";
import { Buffer } from "node:buffer";
import { InputError, UsageError } from "./errors.js";

export interface Source {
  /** The path as shown in reports (`-` shown as `<stdin>`). */
  path: string;
  stdin: boolean;
}

const GLOB_CHARS = /[*?[\]{}]/;

/** Expand the command-line arguments into sources, in order, without duplicates. */
export async function resolveSources(args: string[], stdinIsTTY: boolean): Promise<Array<Source | InputError>> {
  if (args.length === 0) {
    if (stdinIsTTY) throw new UsageError("no input: give one or more files, or pipe a declaration into stdin");
    return [{ path: "<stdin>", stdin: true }];
  }
  const out: Array<Source | InputError> = [];
  const seen = new Set<string>();
  for (const arg of args) {
    if (arg === "-") {
      if (!seen.has("-")) out.push({ path: "<stdin>", stdin: true }); // stdin can be read once
      seen.add("-");
      continue;
    }
    if (GLOB_CHARS.test(arg) && !exists(arg)) {
      const { glob } = await import("tinyglobby"); // loaded only for a pattern (it costs ~7 ms to load)
      const matches = (await glob(arg, { onlyFiles: true, expandDirectories: false })).sort();
      if (matches.length === 0) out.push(new InputError(arg, "no file matches this pattern"));
      for (const path of matches) if (!seen.has(path)) { seen.add(path); out.push({ path, stdin: false }); }
      continue;
    }
    if (!seen.has(arg)) { seen.add(arg); out.push({ path: arg, stdin: false }); }
  }
  return out;
}

function exists(path: string): boolean {
  try { statSync(path); return true; } catch { return false; }
}

const REASONS: Record<string, string> = {
  ENOENT: "no such file",
  EACCES: "permission denied",
  EPERM: "permission denied",
  EISDIR: "is a directory, not a file (name the files, or use a glob such as 'dir/*.txt')",
  ELOOP: "too many symbolic links",
  ENAMETOOLONG: "file name too long",
  ENOTDIR: "no such file (a part of the path is not a folder)",
  EIO: "input/output error",
};

/** Why a file cannot be read, in words, for an errno code. */
export function reasonFor(code: string, fallback = "cannot be read"): string {
  return REASONS[code] ?? `${fallback} (${code || "unknown error"})`;
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
  if (!stats.isFile()) throw new InputError(source.path, "not a regular file (a pipe, socket or device); use '-' to read stdin");
}

let stdinBytes: Promise<Buffer> | undefined;

/**
 * All of stdin, read once as a stream (so `check - -` reads it once). Reading fd 0 with
 * readFileSync fails with EAGAIN on a pipe that Node made non-blocking, or that is slower
 * than the reader; a stream waits for the writer.
 */
export function readStdin(): Promise<Buffer> {
  stdinBytes ??= (async () => {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks);
  })();
  return stdinBytes;
}

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
