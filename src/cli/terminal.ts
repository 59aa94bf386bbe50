/**
 * The standard streams, for a CLI start that pays only for what the run uses. node:tty loads
 * node:net, and process.stdout / process.stderr load the stream modules (and node:net for a
 * pipe): together about as many instructions as the rest of a check of the sample takes to
 * load its own code. A run to a file or a pipe needs none of them:
 * - whether a descriptor is a terminal: one that is no character device (a file, a pipe, a
 *   socket) is none, and neither is the null device (a run kept for its exit code); only
 *   another character device is asked with node:tty's isatty;
 * - stdout is written synchronously on descriptor 1, as the reports are (output.ts writeAll).
 */
import { fstatSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import { writeAll } from "./output.js";

const require = createRequire(import.meta.url);

/** Device and inode of the null device, where there is one (not on Windows). */
let nullDevice: { dev: number; ino: number } | null | undefined;

/** Whether descriptor `fd` (0 stdin, 1 stdout, 2 stderr) is a terminal. */
export function isTerminal(fd: 0 | 1 | 2): boolean {
  let stats;
  try {
    stats = fstatSync(fd);
  } catch {
    return false; // closed
  }
  if (!stats.isCharacterDevice()) return false;
  if (nullDevice === undefined) {
    try { nullDevice = statSync("/dev/null"); } catch { nullDevice = null; }
  }
  if (nullDevice && stats.dev === nullDevice.dev && stats.ino === nullDevice.ino) return false;
  return (require("node:tty") as typeof import("node:tty")).isatty(fd);
}

/** The stream to size output by: process.stdout when it is a terminal (it knows the columns), else none. */
export function stdoutTerminal(): { isTTY?: boolean; columns?: number } {
  return isTerminal(1) ? process.stdout : {};
}

/**
 * Write to stdout at once. When stdout's reader has gone (`| head -1`), the run ends with the
 * exit code it has so far, as it did when this went through process.stdout.
 */
export function writeStdout(text: string): void {
  if (!writeAll(1, text)) process.exit(process.exitCode ?? 0);
}
