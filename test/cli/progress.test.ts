/** Issue 11: progress on stderr for long runs, only on a terminal, never in pipes, CI or --quiet. */
import { describe, expect, it } from "vitest";
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { BIN, perfgoal } from "../support/cli.js";
import { ROOT, SEED } from "../support/fixtures.js";
import { tempDir } from "../support/temp.js";
import { LARGE_FILE, MANY_FILES, Progress, wantsProgress } from "../../src/cli/progress.js";

describe("when progress shows", () => {
  const base = { stderrIsTTY: true, quiet: false, ci: false, files: 1, largestBytes: LARGE_FILE + 1 };
  it("a terminal, a long run, not quiet, not CI", () => {
    expect(wantsProgress(base)).toBe(true);
    expect(wantsProgress({ ...base, largestBytes: 0, files: MANY_FILES })).toBe(true);
    expect(wantsProgress({ ...base, largestBytes: 1000 })).toBe(false); // a short run
    expect(wantsProgress({ ...base, stderrIsTTY: false })).toBe(false); // a pipe or a log
    expect(wantsProgress({ ...base, quiet: true })).toBe(false);
    expect(wantsProgress({ ...base, ci: true })).toBe(false);
  });

  it("says files done of total, MB read and the rate, and wipes its line", () => {
    const out: string[] = [];
    const progress = new Progress(300, (t) => out.push(t));
    progress.onBytes(3 * 1024 * 1024);
    progress.fileDone(3 * 1024 * 1024);
    expect(progress.line()).toMatch(/^perfgoal: 1\/300 · 3\.0 MB · [\d.]+ MB\/s$/);
    progress.end();
    expect(out.at(-1)).toBe("\r\x1b[K");
  });
});

const script = ["/usr/bin/script", "/bin/script"].find((p) => existsSync(p));

describe.skipIf(!script)("in a pseudo-terminal (util-linux script)", () => {
  // A hundred files make a long run (as a file over 10 MB does) and are quick to check.
  const dir = tempDir();
  const seed = readFileSync(SEED, "utf8");
  for (let i = 0; i < MANY_FILES; i++) writeFileSync(join(dir, `d${String(i).padStart(3, "0")}.txt`), i % 10 === 0 ? seed : "");
  const out = join(tempDir(), "out.json");
  const inTerminal = (args: string, env: Record<string, string> = {}) => spawnSync(script!, ["-qfec", `"${process.execPath}" "${BIN}" ${args}`, "/dev/null"], {
    cwd: ROOT, encoding: "utf8", env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "", TERM: "dumb", ...env }, timeout: 60_000,
  });

  it("a hundred files show progress on the terminal, and not with --quiet or CI", () => {
    const shown = inTerminal(`check "${dir}" --format json -o "${out}"`);
    expect(shown.stdout).toMatch(/perfgoal: \d+\/100 · \d+\.\d MB · [\d.]+ MB\/s/);
    expect(shown.stdout.endsWith("\r\x1b[K")).toBe(true); // wiped at the end
    expect(JSON.parse(readFileSync(out, "utf8")).files).toHaveLength(MANY_FILES);
    expect(inTerminal(`check "${dir}" --format json --quiet -o "${out}"`).stdout).not.toContain("MB/s");
    expect(inTerminal(`check "${dir}" --format json -o "${out}"`, { CI: "true" }).stdout).not.toContain("MB/s");
  });

  it("nothing on stderr when it is a pipe", () => {
    const run = perfgoal(["check", dir, "--format", "json"]);
    expect([run.code, run.stderr]).toEqual([1, ""]);
  });
});
