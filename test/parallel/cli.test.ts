/**
 * `--jobs`: worker threads change nothing in what perfgoal prints. Byte for byte, on every
 * format of check and convert, for a batch of files (text in every layout family, workbooks,
 * Word, PDF, web pages, files that cannot be read, notes about files) and for one large text
 * cut in parts: stdout, stderr and the exit code of `--jobs 2` (and of the default) are those
 * of `--jobs 1`. Bad values of --jobs are usage errors (exit 2).
 */
import { describe, expect, it } from "vitest";
import { spawn, spawnSync } from "node:child_process";
import { copyFileSync, existsSync, readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { BIN, perfgoal, type Run } from "../support/cli.js";
import { tempDir } from "../support/temp.js";
import { CLEAN } from "../support/declaration.js";
import { allFixtures, fixtureText, FIXTURES } from "../support/fixtures.js";
import { SPLIT_FROM } from "../../src/parallel/run.js";

// The HTML report's date, fixed; threads for runs of any size (these inputs are smaller than a run needs for threads).
const ENV = { SOURCE_DATE_EPOCH: "1767225600", PERFGOAL_THREADS_FROM: "0" };
const CHECK_FORMATS = ["pretty", "json", "sarif", "github", "markdown", "html"];
const CONVERT_FORMATS = ["json", "tsv", "csv", "markdown"];

/** The text fixtures of the real declarations, one folder a layout family. */
const REAL = readdirSync(join(FIXTURES, "real"), { recursive: true, encoding: "utf8" }).filter((f) => /\.(txt|csv)$/.test(f)).map((f) => `real/${f}`);

/** Files in every form perfgoal reads (a folder of them), and files it cannot read. */
const BATCH = [
  ...REAL, ...allFixtures().filter((f) => /^(repro|layouts)\//.test(f)), "seed/000_f9c598031c2c4aa2.txt", "encoding/seed-gb18030.txt",
  ...["seed.xlsx", "seed.xls", "seed.docx", "seed.html", "crossing-runs.pdf", "hidden.xlsx", "encrypted.xlsx", "corrupt.docx"].map((f) => `files/${f}`),
];

function batch(): string {
  const dir = tempDir();
  for (const fixture of BATCH) copyFileSync(join(FIXTURES, fixture), join(dir, fixture.replace(/\//g, "--")));
  writeFileSync(join(dir, "invalid-utf8.txt"), Buffer.concat([Buffer.from(CLEAN), Buffer.from([0xff, 0xfe, 0x0a])]));
  return dir;
}

/** One text over SPLIT_FROM: a title and a unit before the first table, then tables of every kind, some declared twice. */
function largeText(): string {
  const blocks = [
    fixtureText("seed/000_f9c598031c2c4aa2.txt"), fixtureText("layouts/several-tables.txt"), CLEAN,
    ...allFixtures().filter((f) => f.startsWith("repro/")).map(fixtureText),
  ];
  const parts = ["# 某区2024年度项目绩效目标汇总表\n单位：元\n\n"];
  let size = 0;
  for (let i = 0; size < SPLIT_FROM * 1.05; i++) {
    const block = blocks[i % blocks.length];
    const numbered = i % 7 === 3 ? block : block.replace(/(项目名称\t)([^\t\n]+)/g, (_m, label: string, name: string) => `${label}${name}${i}`);
    parts.push(numbered, "\n");
    size += Buffer.byteLength(numbered) + 1;
  }
  return parts.join("");
}

const dir = batch();
const large = join(tempDir(), "district.txt");
writeFileSync(large, largeText());
const missing = join(dir, "missing.txt");

it("the large text is large enough to be cut (the batch's files are read whole by the threads)", () => {
  expect(statSync(large).size).toBeGreaterThanOrEqual(SPLIT_FROM);
});

function expectSame(args: string[], input?: string): Run {
  const one = perfgoal([...args, "--jobs", "1"], { env: ENV, input });
  const two = perfgoal([...args, "--jobs", "2"], { env: ENV, input });
  expect(two.stderr).toBe(one.stderr);
  expect(two.code).toBe(one.code);
  expect(two.stdout === one.stdout).toBe(true); // (a diff of megabytes helps nobody: compared whole)
  return one;
}

describe("--jobs 2 prints what --jobs 1 prints: a batch of files, one large text read in parts", () => {
  it.each(CHECK_FORMATS)("check --format %s", (format) => {
    const run = expectSame(["check", dir, large, missing, "--format", format, "--lang", "en"]);
    expect(run.code).toBe(2); // files that cannot be read
    expect(run.stderr).toContain("missing.txt: no such file");
    expect(run.stderr).toContain("invalid-utf8.txt: 2 bytes are not valid utf-8");
  });

  it.each(CONVERT_FORMATS)("convert --format %s", (format) => {
    expectSame(["convert", dir, large, missing, "--format", format]);
  });

  it("the default (the cores the process may use) and other options change nothing either", () => {
    const args = ["check", large, dir, "--format", "json", "--quiet", "--rule", "goal-vague=off", "--profile", "legacy"];
    const one = perfgoal([...args, "--jobs", "1"], { env: ENV });
    for (const run of [perfgoal(args, { env: ENV }), perfgoal([...args, "--jobs", "3"], { env: ENV })]) {
      expect([run.code, run.stderr, run.stdout === one.stdout]).toEqual([one.code, one.stderr, true]);
    }
  });

  it("stdin is read in the main thread, as it streams: the same output", () => {
    expectSame(["check", "-", "--format", "json"], largeText());
  });
});

describe("--jobs values", () => {
  it.each(["0", "abc", "-1", "1.5", ""])("--jobs %j is a usage error (exit 2)", (value) => {
    const run = perfgoal(["check", join(FIXTURES, "seed", "000_f9c598031c2c4aa2.txt"), "--jobs", value, "--lang", "en"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(`perfgoal: --jobs ${value}: expected a whole number of at least 1 (1 reads in one thread)\n`);
    expect(run.stdout).toBe("");
  });

  it("is said in Chinese too, and convert takes it as check does", () => {
    const run = perfgoal(["convert", join(FIXTURES, "seed", "000_f9c598031c2c4aa2.txt"), "-j", "0"]);
    expect([run.code, run.stderr]).toEqual([2, "perfgoal: --jobs 0：应为不小于 1 的整数（1 为单线程）\n"]);
  });

  it("--help teaches it", () => {
    expect(perfgoal(["check", "--help", "--lang", "en"]).stdout).toMatch(/-j, --jobs <n>\s+threads reading at once/);
    expect(perfgoal(["convert", "--help"]).stdout).toContain("-j, --jobs <n>");
  });
});

describe("with workers, pipes and signals behave as without", () => {
  it("`| head -1`: the run goes on to the exit code of the whole run, nothing on stderr", () => {
    for (const format of ["json", "pretty"]) {
      const script = `set -o pipefail; "${process.execPath}" "${BIN}" check "${large}" --jobs 2 --format ${format} | head -1 > /dev/null`;
      const run = spawnSync("bash", ["-c", script], { encoding: "utf8", env: { ...process.env, ...ENV } });
      expect([format, run.status, run.stderr]).toEqual([format, 1, ""]);
    }
  });

  it("SIGINT during -o removes the temporary file and leaves the old report", async () => {
    const out = join(tempDir(), "report.json");
    writeFileSync(out, '{"old": true}\n');
    const child = spawn(process.execPath, [BIN, "convert", large, large, large, "--jobs", "2", "-o", out], { stdio: "ignore", env: { ...process.env, ...ENV } });
    const temporary = join(dirname(out), `.report.json.${child.pid}.tmp`);
    const started = Date.now();
    while (!(existsSync(temporary) && statSync(temporary).size > 0) && Date.now() - started < 20_000) await new Promise((r) => setTimeout(r, 20));
    expect(existsSync(temporary)).toBe(true);
    const ended = new Promise<[number | null, string | null]>((resolve) => child.on("exit", (code, signal) => resolve([code, signal])));
    child.kill("SIGINT");
    expect(await ended).toEqual([null, "SIGINT"]);
    expect(readFileSync(out, "utf8")).toBe('{"old": true}\n');
    expect(readdirSync(dirname(out)).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  });
});
