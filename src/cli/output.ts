/**
 * Where a report goes: stdout, or `-o FILE` — written to a temporary file beside it and
 * renamed into place when complete, so a failed run never leaves a half-written report.
 * Writes are synchronous, so a long report is not held in memory while it drains.
 */
import { closeSync, openSync, renameSync, rmSync, writeSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { UsageError } from "../read/errors.js";

export class Output {
  private readonly fd: number;
  private readonly temporary?: string;

  constructor(private readonly file?: string) {
    if (!file || file === "-") {
      this.fd = 1;
      return;
    }
    this.temporary = join(dirname(file), `.${basename(file)}.${process.pid}.tmp`);
    try {
      this.fd = openSync(this.temporary, "w");
    } catch (error) {
      throw new UsageError(`cannot write ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
    }
  }

  write(text: string): void {
    let buffer = Buffer.from(text);
    while (buffer.length > 0) {
      try {
        buffer = buffer.subarray(writeSync(this.fd, buffer));
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        if (code === "EAGAIN") continue; // a non-blocking pipe that is full: try again
        if (code === "EPIPE") process.exit(process.exitCode ?? 0); // the reader went away (`| head`)
        throw error;
      }
    }
  }

  /** Put the finished report in place. */
  close(): void {
    if (this.temporary === undefined) return;
    closeSync(this.fd);
    try {
      renameSync(this.temporary, this.file!);
    } catch (error) {
      rmSync(this.temporary, { force: true });
      throw new UsageError(`cannot write ${this.file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
    }
  }

  /** Leave nothing behind after a failed run. */
  abort(): void {
    if (this.temporary === undefined) return;
    try { closeSync(this.fd); } catch { /* already closed */ }
    rmSync(this.temporary, { force: true });
  }
}
