/**
 * Memory stays flat however large the input: the CLI is run with its heap capped below the
 * size of the input (V8 aborts when a run needs more), on inputs generated here — no timing.
 * Before this was so, each run below died of heap exhaustion (repro: unrelated-100mb-oom.sh,
 * line-20mb-of-cells.sh in the shared repro folder).
 */
import { describe, expect, it } from "vitest";
import { spawnSync } from "node:child_process";
import { openSync, closeSync, writeSync } from "node:fs";
import { join } from "node:path";
import { BIN } from "../support/cli.js";
import { ROOT } from "../support/fixtures.js";
import { tempDir } from "../support/temp.js";

/** The heap the runs get, in MB: less than the inputs (a line is held as one string: a line of cells gets four times its size). */
const HEAP_MB = 16;
const MB = 1024 * 1024;

function capped(args: string[], stdin?: string, heapMb = HEAP_MB): { code: number; stdout: string; stderr: string } {
  const run = spawnSync(process.execPath, [`--max-old-space-size=${heapMb}`, BIN, ...args], {
    cwd: ROOT, encoding: "utf8", maxBuffer: 64 * MB, ...(stdin ? { stdio: [openSync(stdin, "r"), "pipe", "pipe"] } : {}),
  });
  return { code: run.status ?? -1, stdout: run.stdout, stderr: run.stderr.slice(0, 2000) };
}

/** A file of `bytes` bytes made of `line` repeated, written a megabyte at a time. */
function fileOf(path: string, line: string, bytes: number): string {
  const fd = openSync(path, "w");
  const block = line.repeat(Math.ceil(MB / line.length));
  for (let written = 0; written < bytes; written += block.length) writeSync(fd, block);
  closeSync(fd);
  return path;
}

describe("memory: runs with a heap smaller than their input", () => {
  const dir = tempDir();
  // Text that is no declaration, as a table export of something else: 24 MB, 400,000 cells.
  const unrelated = fileOf(join(dir, "unrelated.txt"), `${"0123456789abcdef".repeat(4)}\t`.repeat(4) + "\n", 24 * MB);

  it("24 MB of unrelated text: one finding, the row it points at shown (the text is never held)", () => {
    const run = capped(["check", unrelated, "--no-color"]);
    expect([run.code, run.stderr]).toEqual([1, ""]);
    expect(run.stdout).toContain("document-no-declaration");
    expect(run.stdout).toContain("       1 │ 0123456789abcdef");
  }, 120_000);

  it("the same through stdin, as JSON (stdin past 4 MB goes to a temporary file, not memory)", () => {
    const run = capped(["check", "-", "--format", "json"], unrelated);
    expect([run.code, run.stderr]).toEqual([1, ""]);
    expect(JSON.parse(run.stdout).files[0].diagnostics.map((d: { ruleId: string }) => d.ruleId)).toEqual(["document-no-declaration"]);
  }, 120_000);

  it("one line of 2.8 million cells (8 MB): read as rows of 10,000 cells, each let go", () => {
    const line = fileOf(join(dir, "line.txt"), "ab\t", 8 * MB);
    const run = capped(["convert", line], undefined, 2 * HEAP_MB);
    expect([run.code, run.stderr]).toEqual([0, ""]);
    expect(JSON.parse(run.stdout).documents[0].diagnostics.map((d: { ruleId: string }) => d.ruleId)).toEqual(["document-no-declaration"]);
  }, 120_000);
});
