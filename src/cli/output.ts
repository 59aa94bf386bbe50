/**
 * Where a report goes: stdout, or `-o FILE`.
 * - A regular file (or a new one) is written to a temporary file beside it and renamed into
 *   place when complete, so a failed or interrupted run never leaves a half-written report;
 *   SIGINT, SIGTERM and SIGHUP remove the temporary file. A symbolic link keeps pointing at
 *   the file it names, which is the one replaced.
 * - A device or FIFO (`-o /dev/stdout`, a named pipe) is written through, never replaced.
 * - An output that is also an input is refused: it would overwrite the declaration.
 * - When stdout's reader goes away (`| head -1`), the rest is dropped and the run goes on,
 *   so the exit code is the one the whole run gives.
 * Writes are synchronous, so a long report is not held in memory while it drains.
 */
import { closeSync, openSync, realpathSync, renameSync, rmSync, statSync, writeSync, type Stats } from "node:fs";
import { basename, dirname, join } from "node:path";
import { UsageError } from "../read/errors.js";

/** What `-o` must not be: the inputs of the run (files only; stdin has no path). */
export interface InputPath {
  path: string;
  stdin: boolean;
}

const SIGNALS = ["SIGINT", "SIGTERM", "SIGHUP"] as const;

/**
 * Write all of a text to a descriptor, synchronously (a full non-blocking pipe is tried again).
 * False when stdout's reader has gone (EPIPE on descriptor 1: `| head -1`); any other failure,
 * a closed FIFO given with `-o` among them, is thrown.
 */
export function writeAll(fd: number, text: string): boolean {
  let buffer = Buffer.from(text);
  while (buffer.length > 0) {
    try {
      buffer = buffer.subarray(writeSync(fd, buffer));
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === "EAGAIN") continue;
      if (code === "EPIPE" && fd === 1) return false;
      throw error;
    }
  }
  return true;
}

export class Output {
  private readonly fd: number;
  private readonly temporary?: string;
  private readonly target?: string;
  private readonly onSignal?: (signal: NodeJS.Signals) => void;
  /** stdout's reader went away: nothing more is written. */
  private gone = false;

  constructor(private readonly file?: string, inputs: readonly InputPath[] = []) {
    if (!file || file === "-") {
      this.fd = 1;
      return;
    }
    const stats = statOrUndefined(file);
    if (stats) refuseInput(file, stats, inputs);
    if (stats && !stats.isFile() && !stats.isDirectory()) {
      this.fd = open(file, file); // a device or FIFO: write through
      return;
    }
    this.target = stats ? realpathSync(file) : file;
    this.temporary = join(dirname(this.target), `.${basename(this.target)}.${process.pid}.tmp`);
    this.fd = open(this.temporary, file);
    this.onSignal = (signal) => {
      this.abort();
      process.kill(process.pid, signal); // die of the signal, as the shell expects
    };
    for (const signal of SIGNALS) process.once(signal, this.onSignal);
  }

  write(text: string): void {
    if (!this.gone && !writeAll(this.fd, text)) this.gone = true; // `| head`: finish the run for its exit code
  }

  /** Put the finished report in place. */
  close(): void {
    this.stopListening();
    if (this.fd !== 1) closeSync(this.fd);
    if (this.temporary === undefined) return;
    try {
      renameSync(this.temporary, this.target!);
    } catch (error) {
      rmSync(this.temporary, { force: true });
      throw cannotWrite(this.file!, error);
    }
  }

  /** Leave nothing behind after a failed run. */
  abort(): void {
    this.stopListening();
    if (this.fd !== 1) try { closeSync(this.fd); } catch { /* already closed */ }
    if (this.temporary !== undefined) rmSync(this.temporary, { force: true });
  }

  private stopListening(): void {
    if (this.onSignal) for (const signal of SIGNALS) process.removeListener(signal, this.onSignal);
  }
}

function statOrUndefined(path: string): Stats | undefined {
  try {
    return statSync(path);
  } catch {
    return undefined; // a new file (or an unwritable place: opening it says why)
  }
}

function refuseInput(file: string, stats: Stats, inputs: readonly InputPath[]): void {
  for (const input of inputs) {
    if (input.stdin) continue;
    const other = statOrUndefined(input.path);
    if (other && other.dev === stats.dev && other.ino === stats.ino && stats.isFile()) {
      throw new UsageError({
        zh: `-o ${file}：也是输入文件（${input.path}），写入会覆盖申报表`,
        en: `-o ${file}: is also an input (${input.path}); it would overwrite the declaration`,
      });
    }
  }
}

function open(path: string, shown: string): number {
  try {
    return openSync(path, "w");
  } catch (error) {
    throw cannotWrite(shown, error);
  }
}

function cannotWrite(file: string, error: unknown): UsageError {
  const code = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
  return new UsageError({ zh: `无法写入 ${file}（${code}）`, en: `cannot write ${file} (${code})` });
}
