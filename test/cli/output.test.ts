/**
 * Issue 11, defects 3 and 9: where `-o` writes (never over an input, through a device or
 * FIFO, nothing left behind on a signal) and the exit code when stdout's reader goes away.
 */
import { describe, expect, it } from "vitest";
import { execFileSync, spawn, spawnSync } from "node:child_process";
import { existsSync, linkSync, lstatSync, readFileSync, readdirSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { BIN, perfgoal } from "../support/cli.js";
import { ROOT, SEED } from "../support/fixtures.js";
import { tempDir } from "../support/temp.js";

const seed = readFileSync(SEED, "utf8");

describe("-o equal to an input", () => {
  it("is refused (exit 2) and the declaration is untouched, also through a link or a glob", () => {
    const dir = tempDir();
    const input = join(dir, "a.txt");
    writeFileSync(input, seed);
    symlinkSync(input, join(dir, "link.txt"));
    linkSync(input, join(dir, "hard.txt"));
    for (const [args, out] of [[[input], input], [[input], join(dir, "link.txt")], [[input], join(dir, "hard.txt")], [[join(dir, "*.txt")], input]] as const) {
      for (const command of ["check", "convert"]) {
        const run = perfgoal([command, ...args, "-o", out]);
        expect(run.code).toBe(2);
        expect(run.stderr).toMatch(/^perfgoal: -o .*a\.txt|^perfgoal: -o .*(link|hard)\.txt/);
        expect(run.stderr.trim().split("\n")).toHaveLength(1);
      }
    }
    expect(readFileSync(input, "utf8")).toBe(seed);
    expect(readdirSync(dir).sort()).toEqual(["a.txt", "hard.txt", "link.txt"]);
  });
});

describe("-o onto something that is not a regular file", () => {
  it("a FIFO is written through and stays a FIFO", () => {
    const dir = tempDir();
    const fifo = join(dir, "fifo");
    execFileSync("mkfifo", [fifo]);
    // `timeout`: if perfgoal replaced the FIFO instead, cat would wait for a writer forever.
    const script = `timeout 20 cat "${fifo}" > "${dir}/got.txt" & "${process.execPath}" "${BIN}" check "${SEED}" --format json -o "${fifo}"; code=$?; wait; exit $code`;
    const run = spawnSync("sh", ["-c", script], { cwd: ROOT, encoding: "utf8", timeout: 25_000 });
    expect([run.status, run.stderr]).toEqual([1, ""]);
    expect(lstatSync(fifo).isFIFO()).toBe(true);
    expect(JSON.parse(readFileSync(join(dir, "got.txt"), "utf8")).files[0].errorCount).toBe(4);
    expect(readdirSync(dir).sort()).toEqual(["fifo", "got.txt"]);
  });

  it("a symbolic link keeps pointing at the report it names", () => {
    const dir = tempDir();
    writeFileSync(join(dir, "real.json"), "old");
    symlinkSync(join(dir, "real.json"), join(dir, "link.json"));
    expect(perfgoal(["check", SEED, "--format", "json", "-o", join(dir, "link.json")]).code).toBe(1);
    expect(lstatSync(join(dir, "link.json")).isSymbolicLink()).toBe(true);
    expect(JSON.parse(readFileSync(join(dir, "real.json"), "utf8")).files).toHaveLength(1);
  });
});

describe("a signal during -o", () => {
  const dir = tempDir();
  const big = join(dir, "big.txt");
  writeFileSync(big, `${seed}\n`.repeat(2000));

  it.each(["SIGINT", "SIGTERM", "SIGHUP"] as const)("%s removes the temporary file and leaves the old report", async (signal) => {
    const out = join(dir, `existing-${signal}.json`);
    writeFileSync(out, '{"old": true}\n');
    const child = spawn(process.execPath, [BIN, "convert", big, "-o", out], { cwd: ROOT, stdio: "ignore" });
    const temporary = join(dir, `.existing-${signal}.json.${child.pid}.tmp`);
    const started = Date.now();
    while (!(existsSync(temporary) && statSync(temporary).size > 0) && Date.now() - started < 20_000) await new Promise((r) => setTimeout(r, 20));
    expect(existsSync(temporary)).toBe(true);
    const ended = new Promise<[number | null, string | null]>((resolve) => child.on("exit", (code, sig) => resolve([code, sig])));
    child.kill(signal);
    expect(await ended).toEqual([null, signal]);
    expect(readFileSync(out, "utf8")).toBe('{"old": true}\n');
    expect(readdirSync(dir).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  });
});

describe("stdout's reader goes away (`| head -1`)", () => {
  it("the exit code is the whole run's", () => {
    const dir = tempDir();
    const big = join(dir, "big.txt");
    writeFileSync(big, `${seed}\n`.repeat(40)); // a report larger than a pipe buffer
    for (const format of ["json", "pretty", "github"]) {
      const script = `set -o pipefail; "${process.execPath}" "${BIN}" check "${big}" --format ${format} | head -1 > /dev/null`;
      const run = spawnSync("bash", ["-c", script], { cwd: ROOT, encoding: "utf8" });
      expect([format, run.status, run.stderr]).toEqual([format, 1, ""]);
    }
  });
});
