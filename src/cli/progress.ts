/**
 * Progress of a long run on stderr — files done of total, MB read, rate — only when stderr
 * is a terminal, not in CI, not with --quiet, and only for long runs (hundreds of files, or
 * a file over 10 MB). Redrawn in place at most five times a second, and wiped at the end, so
 * pipes, logs and redirected output never see it.
 */
import { statSync, writeSync } from "node:fs";
import type { Source } from "../read/input.js";
import { isTerminal } from "./terminal.js";

export const MANY_FILES = 100;
export const LARGE_FILE = 10 * 1024 * 1024;
const REDRAW_MS = 200;

export interface ProgressSituation {
  stderrIsTTY: boolean;
  quiet: boolean;
  /** The CI environment variable is set (a CI log is not a terminal to redraw). */
  ci: boolean;
  files: number;
  largestBytes: number;
}

/** Whether a run shows progress. */
export function wantsProgress(s: ProgressSituation): boolean {
  return s.stderrIsTTY && !s.quiet && !s.ci && (s.files >= MANY_FILES || s.largestBytes > LARGE_FILE);
}

export class Progress {
  private filesDone = 0;
  private bytesDone = 0;
  private bytesInFile = 0;
  private last = 0;
  private readonly started = Date.now();
  private shown = false;

  constructor(private readonly totalFiles: number, private readonly write: (text: string) => void = (t) => { writeSync(2, t); }) {}

  /** Bytes read so far of the file being read. */
  readonly onBytes = (n: number): void => {
    this.bytesInFile += n;
    this.draw(false);
  };

  fileDone(size: number): void {
    this.filesDone++;
    this.bytesDone += Math.max(size, this.bytesInFile);
    this.bytesInFile = 0;
    this.draw(false);
  }

  /** Wipe the line (the report follows on stdout, or stderr goes on with messages). */
  end(): void {
    if (this.shown) this.write("\r\x1b[K");
    this.shown = false;
  }

  line(): string {
    const mb = (this.bytesDone + this.bytesInFile) / (1024 * 1024);
    const seconds = Math.max(0.001, (Date.now() - this.started) / 1000);
    return `perfgoal: ${this.filesDone}/${this.totalFiles} · ${mb.toFixed(1)} MB · ${(mb / seconds).toFixed(1)} MB/s`;
  }

  private draw(force: boolean): void {
    const now = Date.now();
    if (!force && now - this.last < REDRAW_MS) return;
    this.last = now;
    this.shown = true;
    this.write(`\r\x1b[K${this.line()}`);
  }
}

/** A Progress for this run, or undefined when it should show none. */
export function progressFor(entries: ReadonlyArray<Source | Error>, quiet: boolean): Progress | undefined {
  const files = entries.filter((e): e is Source => !(e instanceof Error));
  let largestBytes = 0;
  if (files.length < MANY_FILES) {
    for (const f of files) {
      if (f.stdin) continue;
      try { largestBytes = Math.max(largestBytes, statSync(f.path).size); } catch { /* reported when read */ }
    }
  }
  const situation = { stderrIsTTY: isTerminal(2), quiet, ci: Boolean(process.env.CI), files: files.length, largestBytes };
  return wantsProgress(situation) ? new Progress(entries.length) : undefined;
}

/** The size of an input, for the bytes done (0 for stdin or a file gone). */
export function sizeOf(path: string, stdin: boolean): number {
  if (stdin) return 0;
  try { return statSync(path).size; } catch { return 0; }
}
