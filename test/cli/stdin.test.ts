/** Issue 11, defect 1: stdin is read as a stream, whatever the pipe does. */
import { describe, expect, it } from "vitest";
import { spawnSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { BIN } from "../support/cli.js";
import { ROOT, SEED } from "../support/fixtures.js";
import { tempDir } from "../support/temp.js";

/** A shell pipeline into perfgoal; the exit code is perfgoal's. */
function piped(producer: string, args: string): { code: number; stdout: string; stderr: string } {
  const run = spawnSync("sh", ["-c", `${producer} | "${process.execPath}" "${BIN}" ${args}`], { cwd: ROOT, encoding: "utf8", maxBuffer: 256 * 1024 * 1024 });
  return { code: run.status ?? -1, stdout: run.stdout, stderr: run.stderr };
}

describe("piped stdin", () => {
  const expected = JSON.parse(spawnSync(process.execPath, [BIN, "check", SEED, "--format", "json"], { cwd: ROOT, encoding: "utf8" }).stdout).files[0].diagnostics;

  it("a slow producer (the pipe is empty when perfgoal starts reading)", () => {
    const run = piped(`(sleep 1; cat "${SEED}")`, "check - --format json");
    expect([run.code, run.stderr]).toEqual([1, ""]);
    expect(JSON.parse(run.stdout).files[0].diagnostics).toEqual(expected);
  });

  it("more than a pipe buffer, through cat (1.4 MB and 6 MB)", () => {
    const dir = tempDir();
    const seed = readFileSync(SEED, "utf8");
    for (const copies of [60, 250]) {
      const big = join(dir, `big-${copies}.txt`);
      writeFileSync(big, `${seed}\n`.repeat(copies));
      const run = piped(`cat "${big}"`, "convert -");
      expect([run.code, run.stderr]).toEqual([0, ""]);
      expect(JSON.parse(run.stdout).documents[0].projects).toHaveLength(3 * copies);
    }
  });

  it("`check - -` reads stdin once", () => {
    const run = piped(`cat "${SEED}"`, "check - - --format json");
    expect(run.code).toBe(1);
    expect(JSON.parse(run.stdout).files.map((f: { path: string }) => f.path)).toEqual(["<stdin>"]);
  });
});
