/**
 * `perfgoal merge`: a batch checked in three shards, the shards' reports merged, is byte for
 * byte the report of one run over all the files (check --format json, check --format sarif,
 * convert's JSON), and merge exits as that run does. Reports it cannot merge are refused
 * with a line naming them (exit 2). The documented jq lines give the same content.
 */
import { describe, expect, it } from "vitest";
import { spawnSync } from "node:child_process";
import { chmodSync, copyFileSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { BIN, perfgoal } from "../support/cli.js";
import { tempDir } from "../support/temp.js";
import { CLEAN } from "../support/declaration.js";
import { allFixtures, FIXTURES } from "../support/fixtures.js";

const dir = tempDir();
const files = allFixtures().filter((f) => /^(repro|seed|layouts)\//.test(f)).map((fixture) => {
  const path = join(dir, fixture.replace(/\//g, "--"));
  copyFileSync(join(FIXTURES, fixture), path);
  return path;
});
files.push(join(dir, "missing.txt")); // a file that cannot be read, in the last shard
const third = Math.ceil(files.length / 3);
const shards = [files.slice(0, third), files.slice(third, 2 * third), files.slice(2 * third)];

/** Each shard's report and the one run's, for a command and format. */
function reports(command: string, format: string, extra: string[] = []) {
  const out = tempDir();
  const paths = shards.map((shard, i) => {
    const path = join(out, `shard-${i}.${format}`);
    perfgoal([command, ...shard, "--format", format, "-o", path, ...extra]);
    return path;
  });
  return { paths, whole: perfgoal([command, ...files, "--format", format, ...extra]) };
}

describe("perfgoal merge", () => {
  it.each([
    ["check", "json"], ["check", "sarif"], ["convert", "json"],
  ])("%s --format %s: three shards merged are one run's report, byte for byte", (command, format) => {
    expect(shards.map((shard) => shard.length > 0)).toEqual([true, true, true]); // (a shard of no files would read stdin)
    const { paths, whole } = reports(command, format, ["--lang", "en"]);
    const merged = perfgoal(["merge", ...paths]);
    expect(merged.stdout === whole.stdout).toBe(true);
    expect(merged.stderr).toBe("");
    expect(merged.code).toBe(command === "check" ? whole.code : 0);
  });

  it("exits as the one run would: 1 for errors, --max-warnings, 0 when clean", () => {
    const out = tempDir();
    const clean = join(out, "clean.txt"), warned = join(out, "warned.txt");
    writeFileSync(clean, CLEAN);
    writeFileSync(warned, CLEAN.replace("≥3000(人次)", "3000(人次)"));
    const one = join(out, "one.json"), two = join(out, "two.json");
    perfgoal(["check", clean, "--format", "json", "-o", one]);
    perfgoal(["check", warned, "--format", "json", "-o", two]);
    expect(perfgoal(["merge", one, two]).code).toBe(0);
    const limited = perfgoal(["merge", one, two, "--max-warnings", "0", "--lang", "en", "-o", join(out, "all.json")]);
    expect([limited.code, limited.stderr]).toEqual([1, "perfgoal: 1 warnings exceed --max-warnings 0\n"]);
    expect(JSON.parse(readFileSync(join(out, "all.json"), "utf8")).files).toHaveLength(2);
    const seed = join(out, "seed.json");
    perfgoal(["check", join(FIXTURES, "seed", "000_f9c598031c2c4aa2.txt"), "--format", "json", "-o", seed]);
    expect(perfgoal(["merge", one, seed]).code).toBe(1);
    expect(perfgoal(["merge", "-"], { input: readFileSync(seed) }).stdout).toBe(readFileSync(seed, "utf8"));
  });

  it("refuses what it cannot merge, naming the report (exit 2)", () => {
    const { paths } = reports("check", "json");
    const sarif = reports("check", "sarif").paths[0];
    const out = tempDir();
    const english = join(out, "en.sarif");
    perfgoal(["check", files[0], "--format", "sarif", "--lang", "en", "-o", english]);
    const notReport = join(out, "not.json");
    writeFileSync(notReport, '{"hello": 1}\n');
    const edited = join(out, "edited.json");
    writeFileSync(edited, readFileSync(paths[0], "utf8").replace(/"errorCount": \d+/, '"errorCount": 99'));
    const cases: Array<[string[], string]> = [
      [[paths[0], notReport], `perfgoal: ${notReport}: not a perfgoal report (the output of check --format json or sarif, or convert's JSON)\n`],
      [[paths[0], files[0]], `perfgoal: ${files[0]}: not a perfgoal report (the output of check --format json or sarif, or convert's JSON)\n`],
      [[paths[0], sarif], "perfgoal: the reports are of different kinds (check, sarif) and cannot be merged\n"],
      [[sarif, english], `perfgoal: ${english}: made by another perfgoal than ${sarif} (version, rules or --lang differ); cannot merge\n`],
      [[paths[0], join(out, "gone.json")], `perfgoal: ${join(out, "gone.json")}: no such file\n`],
      [[edited], `perfgoal: ${edited}: the counts of ${files[0]} do not match its findings\n`],
    ];
    for (const [args, stderr] of cases) {
      const run = perfgoal(["merge", ...args, "--lang", "en"]);
      expect([run.code, run.stdout, run.stderr]).toEqual([2, "", stderr]);
    }
    expect(perfgoal(["merge"]).code).toBe(2);
  });

  it("the documented jq lines give the same content as merge", () => {
    const jq = spawnSync("jq", ["--version"]);
    if (jq.status !== 0) return; // jq is optional
    const json = reports("check", "json");
    const byJq = spawnSync("jq", ["-s", "{schemaVersion: .[0].schemaVersion, files: [.[].files[]]}", ...json.paths], { encoding: "utf8" });
    expect(JSON.parse(byJq.stdout)).toEqual(JSON.parse(json.whole.stdout));
    const converted = reports("convert", "json");
    const convertedByJq = spawnSync("jq", ["-s", "{schemaVersion: .[0].schemaVersion, documents: [.[].documents[]]}", ...converted.paths], { encoding: "utf8" });
    expect(JSON.parse(convertedByJq.stdout)).toEqual(JSON.parse(converted.whole.stdout));
    const sarif = reports("check", "sarif");
    const program = ". as $all | $all[0] | .runs[0].results = [$all[].runs[0].results[]]"
      + " | .runs[0].invocations[0].toolExecutionNotifications = [$all[].runs[0].invocations[0].toolExecutionNotifications[]]"
      + " | .runs[0].invocations[0].executionSuccessful = ([$all[].runs[0].invocations[0].executionSuccessful] | all)";
    const sarifByJq = spawnSync("jq", ["-s", program, ...sarif.paths], { encoding: "utf8" });
    expect(JSON.parse(sarifByJq.stdout)).toEqual(JSON.parse(sarif.whole.stdout));
  });
});

describe("the sharding recipes (docs-pending/parallel.md)", () => {
  const bin = tempDir("perfgoal-bin-");
  writeFileSync(join(bin, "perfgoal"), `#!/bin/sh\nexec "${process.execPath}" "${BIN}" "$@"\n`);
  chmodSync(join(bin, "perfgoal"), 0o755);
  const env = { ...process.env, PATH: `${bin}:${process.env.PATH}`, LC_ALL: "C" };
  const sh = (script: string, cwd: string) => spawnSync("bash", ["-e", "-c", script], { cwd, encoding: "utf8", env });

  /** A province: county folders of declarations. */
  function province(counties: string[]): string {
    const root = tempDir();
    const fixtures = allFixtures().filter((f) => /^(repro|seed|layouts)\//.test(f));
    fixtures.forEach((fixture, i) => {
      const county = join(root, "全省", counties[i % counties.length]);
      mkdirSync(county, { recursive: true });
      copyFileSync(join(FIXTURES, fixture), join(county, fixture.replace(/\//g, "--")));
    });
    return root;
  }

  it("xargs -P over county folders, then merge: one run's report over the province", () => {
    const root = province(["县甲", "县乙", "市丙 区", "县丁"]);
    const shards = sh("ls -d 全省/*/ | xargs -P 4 -I{} perfgoal check {} --format json --jobs 1 -o {}perfgoal.json", root);
    expect(shards.status).toBe(123); // xargs: some shard had findings (exit 1)
    const merged = sh("perfgoal merge 全省/*/perfgoal.json", root);
    const whole = perfgoal(["check", "全省/", "--format", "json"], { cwd: root });
    expect([merged.status, merged.stdout === whole.stdout]).toEqual([whole.code, true]);
  });

  it("a CI matrix's shards of the file list in order, then merge: one run's report", () => {
    const root = province(["县甲", "县乙", "市丙区"]); // ($(cat …) splits names at spaces)
    sh("find 全省 -type f -name '*.txt' | LC_ALL=C sort > files && split -d -n l/4 files shard.", root);
    for (const shard of ["00", "01", "02", "03"]) sh(`perfgoal check $(cat shard.${shard}) --format json --jobs 1 -o shard-${shard}.json || true`, root);
    const merged = sh("perfgoal merge shard-00.json shard-01.json shard-02.json shard-03.json", root);
    const whole = sh("perfgoal check $(cat files) --format json || true", root);
    expect(merged.stdout === whole.stdout).toBe(true);
  });
});
