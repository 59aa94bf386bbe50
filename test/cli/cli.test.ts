/** The command line, spawned as a user runs it: exit codes, inputs, options, formats. */
import { describe, expect, it } from "vitest";
import { writeFileSync, readFileSync, readdirSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import { perfgoal } from "../support/cli.js";
import { tempDir } from "../support/temp.js";
import { CLEAN } from "../support/declaration.js";
import { ConvertOutputSchema } from "../../src/model/schema.js";
import { RULES } from "../../src/rules/index.js";

const SEED = "fixtures/seed/000_f9c598031c2c4aa2.txt";
const tmp = () => tempDir();
const noStack = (text: string) => expect(text).not.toMatch(/\n\s+at .+:\d+:\d+/);

function cleanFile(): string {
  const dir = tmp();
  writeFileSync(join(dir, "clean.txt"), CLEAN);
  return join(dir, "clean.txt");
}

describe("perfgoal check", () => {
  it("reports the sample's findings and exits 1 (errors)", () => {
    const run = perfgoal(["check", SEED]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain("36:3");
    expect(run.stdout).toContain("value-rate-unit");
    expect(run.stdout).toContain("党建经费");
    expect(run.stdout).not.toContain("\u001b[");
  });

  it("exits 0 on a clean declaration", () => {
    const run = perfgoal(["check", cleanFile()]);
    expect([run.code, run.stderr]).toEqual([0, ""]);
    expect(run.stdout).toContain("没有发现问题");
  });

  it("--format json follows cli.md", () => {
    const run = perfgoal(["check", SEED, "--format", "json"]);
    const json = JSON.parse(run.stdout);
    expect(json.schemaVersion).toBe(1);
    expect(json.files[0]).toMatchObject({ path: SEED, errorCount: 4, warningCount: 11, infoCount: 10 });
    expect(json.files[0].diagnostics[0]).toEqual({
      ruleId: "value-cost-unquantified", severity: "warning", line: 21, column: 13, project: "党建经费",
      message: expect.stringContaining("成本控制率"),
    });
    const lines = json.files[0].diagnostics.map((d: { line: number }) => d.line);
    expect([...lines].sort((a, b) => a - b)).toEqual(lines);
  });

  it("--max-warnings turns warnings into exit 1", () => {
    const text = CLEAN.replace("≥3000(人次)", "3000(人次)");
    expect(perfgoal(["check", "-"], { input: text }).code).toBe(0);
    const run = perfgoal(["check", "-", "--max-warnings", "0"], { input: text });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("--max-warnings 0");
  });

  it("--rule changes a severity, --quiet shows errors only", () => {
    const json = (args: string[]) => JSON.parse(perfgoal(["check", SEED, "--format", "json", ...args]).stdout).files[0];
    expect(json(["--rule", "value-rate-unit=off"]).errorCount).toBe(3);
    expect(json(["--rule", "value-rate-unit=warning", "-r", "indicator-missing-value=info"]).errorCount).toBe(2);
    const quiet = json(["--quiet"]);
    expect(quiet.diagnostics.every((d: { severity: string }) => d.severity === "error")).toBe(true);
  });

  it("an unknown rule id, or a bad --rule, is a usage error (exit 2)", () => {
    const run = perfgoal(["check", SEED, "--rule", "no-such-rule=off"]);
    expect(run.code).toBe(2);
    expect(run.stderr.trim()).toBe("perfgoal: --rule：未知的规则 'no-such-rule'；'perfgoal rules' 列出全部规则");
    const en = perfgoal(["check", SEED, "--rule", "no-such-rule=off", "--lang", "en"]);
    expect(en.stderr.trim()).toBe("perfgoal: --rule: unknown rule id 'no-such-rule'; 'perfgoal rules' lists them");
    expect(perfgoal(["check", SEED, "--rule", "value-rate-unit"]).code).toBe(2);
  });

  it("finds perfgoal.config.json upward and applies it", () => {
    const dir = tmp();
    writeFileSync(join(dir, "perfgoal.config.json"), JSON.stringify({ rules: { "value-rate-unit": "off", "indicator-missing-value": "warning" } }));
    mkdirSync(join(dir, "sub"));
    writeFileSync(join(dir, "sub", "a.txt"), readFileSync(SEED));
    const run = perfgoal(["check", "a.txt", "--format", "json"], { cwd: join(dir, "sub") });
    expect(JSON.parse(run.stdout).files[0].errorCount).toBe(2);
  });

  it("a bad config is exit 2 with the reason", () => {
    const dir = tmp();
    writeFileSync(join(dir, "bad.json"), "{ rules: ");
    let run = perfgoal(["check", SEED, "--config", join(dir, "bad.json"), "--lang", "en"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^perfgoal: config .*bad\.json: not valid JSON/);
    writeFileSync(join(dir, "unknown.json"), JSON.stringify({ rules: { "made-up": "off" } }));
    run = perfgoal(["check", SEED, "--config", join(dir, "unknown.json"), "--lang", "en"]);
    expect([run.code, run.stderr.includes("unknown rule id 'made-up'")]).toEqual([2, true]);
    writeFileSync(join(dir, "level.json"), JSON.stringify({ rules: { "value-rate-unit": "loud" } }));
    expect(perfgoal(["check", SEED, "--config", join(dir, "level.json")]).code).toBe(2);
  });

  it("the legacy profile", () => {
    const run = perfgoal(["check", "fixtures/layouts/legacy.txt", "--profile", "legacy"]);
    expect(run.code).toBe(0);
  });

  it("profiles: an older form is judged legacy by itself (and says so); --profile current or the config's profile forces the current one", () => {
    const ids = (args: string[]) => {
      const run = perfgoal(["check", "fixtures/layouts/legacy.txt", "--format", "json", ...args]);
      return { code: run.code, found: (JSON.parse(run.stdout).files[0].diagnostics as Array<{ ruleId: string; severity: string }>).map((d) => `${d.severity} ${d.ruleId}`) };
    };
    expect(ids([])).toEqual({ code: 0, found: ["info category-taxonomy"] });
    expect(ids(["--profile", "auto"])).toEqual(ids([]));
    const current = ids(["--profile", "current"]);
    expect(current.code).toBe(1);
    expect(current.found).toContain("error category-required");
    const dir = tmp();
    writeFileSync(join(dir, "current.json"), JSON.stringify({ profile: "current" }));
    expect(ids(["--config", join(dir, "current.json")])).toEqual(current);
    const bad = perfgoal(["check", "fixtures/layouts/legacy.txt", "--profile", "2015", "--lang", "en"]);
    expect([bad.code, bad.stderr.trim()]).toEqual([2, "perfgoal: --profile 2015: expected auto, current or legacy"]);
  });
});

describe("bad input", () => {
  it.each([
    [["check", "no/such/file.txt"], "perfgoal: no/such/file.txt: no such file"],
    [["check", "fixtures/seed/000_f9c598031c2c4aa2.txt/x"], "perfgoal: fixtures/seed/000_f9c598031c2c4aa2.txt/x: no such file (a part of the path is not a folder)"],
    [["check", "bin/../package-lock.json.missing"], "no such file"],
  ])("%j → exit 2, one line naming the file", (args, message) => {
    const run = perfgoal([...args, "--lang", "en"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(message);
    expect(run.stderr.trim().split("\n")).toHaveLength(1);
    noStack(run.stderr);
  });

  it("binary data → exit 2", () => {
    const dir = tmp();
    writeFileSync(join(dir, "a.bin"), Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x00, 0x00]));
    const run = perfgoal(["check", join(dir, "a.bin")]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("二进制数据，不是申报表文本");
    expect(perfgoal(["check", join(dir, "a.bin"), "--lang", "en"]).stderr).toContain("binary data");
  });

  it("an empty file → document-no-declaration, exit 1", () => {
    const dir = tmp();
    writeFileSync(join(dir, "empty.txt"), "");
    const run = perfgoal(["check", join(dir, "empty.txt"), "--format", "json"]);
    expect(run.code).toBe(1);
    expect(JSON.parse(run.stdout).files[0].diagnostics.map((d: { ruleId: string }) => d.ruleId)).toEqual(["document-no-declaration"]);
  });

  it("one bad file does not stop the others; the exit code is the worst", () => {
    const run = perfgoal(["check", "missing.txt", SEED, "--format", "json"]);
    expect(run.code).toBe(2);
    const files = JSON.parse(run.stdout).files;
    expect(files.map((f: { path: string }) => f.path)).toEqual(["missing.txt", SEED]);
    expect(files[1].errorCount).toBe(4);
  });

  it("unknown options and commands → exit 2 with a hint", () => {
    let run = perfgoal(["check", SEED, "--bogus", "--lang", "en"]);
    expect([run.code, run.stderr.includes("unknown option '--bogus'")]).toEqual([2, true]);
    run = perfgoal(["check", SEED, "--bogus"]);
    expect([run.code, run.stderr.includes("未知选项 '--bogus'")]).toEqual([2, true]);
    run = perfgoal(["chek", SEED], { env: { LANG: "en_US.UTF-8" } });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("unknown command");
    expect(run.stderr).toContain("Did you mean check?");
    expect(perfgoal(["check", SEED, "--format", "xml"]).code).toBe(2);
    expect(perfgoal(["check", SEED, "--encoding", "latin1"]).code).toBe(2);
  });
});

describe("inputs", () => {
  it("reads stdin, with '-' or piped", () => {
    const viaDash = JSON.parse(perfgoal(["check", "-", "--format", "json"], { input: readFileSync(SEED) }).stdout);
    const viaFile = JSON.parse(perfgoal(["check", SEED, "--format", "json"]).stdout);
    expect(viaDash.files[0].path).toBe("<stdin>");
    expect(viaDash.files[0].diagnostics).toEqual(viaFile.files[0].diagnostics);
  });

  it("expands globs perfgoal is given quoted", () => {
    const run = perfgoal(["check", "fixtures/layouts/*.txt", "--format", "json"]);
    const paths = JSON.parse(run.stdout).files.map((f: { path: string }) => f.path);
    expect(paths).toEqual(readdirSync("fixtures/layouts").filter((f) => f.endsWith(".txt")).sort().map((f) => `fixtures/layouts/${f}`));
  });

  it("reports the encoding it read", () => {
    const run = perfgoal(["convert", "fixtures/encoding/seed-gb18030.txt"]);
    expect(JSON.parse(run.stdout).documents[0].encoding).toBe("gb18030");
  });
});

describe("languages", () => {
  it("--lang en and LANG=en", () => {
    const en = JSON.parse(perfgoal(["check", SEED, "--format", "json", "--lang", "en"]).stdout).files[0].diagnostics;
    expect(en.find((d: { ruleId: string }) => d.ruleId === "value-rate-unit").message).toBe("\"课题调研完成率\" is a rate; its unit should be %, not \"个\"");
    const env = JSON.parse(perfgoal(["check", SEED, "--format", "json"], { env: { LANG: "en_US.UTF-8" } }).stdout).files[0].diagnostics;
    expect(env).toEqual(en);
  });
});

describe("perfgoal convert", () => {
  it("prints JSON that the published schema accepts", () => {
    const json = JSON.parse(perfgoal(["convert", SEED]).stdout);
    expect(() => ConvertOutputSchema.parse(json)).not.toThrow();
    expect(json.documents[0].projects[0].indicators[0]).toEqual({
      level1: "成本指标", level2: "经济成本指标", name: "成本控制率", value: { kind: "qualitative", text: "控制在预算内" }, line: 21,
    });
  });

  it("tsv reads back into the same JSON", () => {
    const dir = tmp();
    const tsv = join(dir, "seed.tsv");
    expect(perfgoal(["convert", SEED, "--format", "tsv", "-o", tsv]).code).toBe(0);
    const back = JSON.parse(perfgoal(["convert", tsv]).stdout);
    const original = JSON.parse(perfgoal(["convert", SEED]).stdout);
    expect(back).toEqual(original);
  });

  it("-o writes the file whole, and leaves no temporary file", () => {
    const dir = tmp();
    const out = join(dir, "report.json");
    expect(perfgoal(["check", SEED, "--format", "json", "-o", out]).code).toBe(1);
    expect(JSON.parse(readFileSync(out, "utf8")).files).toHaveLength(1);
    expect(readdirSync(dir)).toEqual(["report.json"]);
    expect(perfgoal(["check", SEED, "-o", join(dir, "no", "such", "dir.json")]).code).toBe(2);
  });
});

describe("catalogue commands", () => {
  it("rules --format json lists every rule of rules.md and the reading rules of issue 8", () => {
    const list = JSON.parse(perfgoal(["rules", "--format", "json"]).stdout);
    expect(list.map((r: { id: string }) => r.id).sort()).toEqual([
      "category-output-dimensions", "category-required", "category-taxonomy", "document-no-declaration",
      "funds-annual-exceeds-project", "funds-annual-sum", "funds-missing", "funds-negative", "funds-project-sum", "funds-unit",
      "goal-indicator-mismatch", "goal-missing", "goal-overall-missing", "goal-vague", "header-date", "header-required", "header-year",
      "indicator-duplicate", "indicator-missing-name", "indicator-missing-value", "indicator-placeholder", "indicator-too-few",
      "layout-ambiguous", "layout-conflicting-value", "layout-unreadable", "layout-unrecognized-cell", "project-duplicate",
      "value-cost-unquantified", "value-not-measurable", "value-operator-direction", "value-operator-missing", "value-percent-range",
      "value-quantity-unit", "value-rate-unit", "value-satisfaction", "value-unit-hint", "value-unparsed",
    ]);
    expect(list[0]).toEqual({ id: "funds-annual-sum", severity: "error", category: "funds", description: expect.any(String) });
  });

  it("rules prints a table", () => {
    const run = perfgoal(["rules"]);
    expect(run.code).toBe(0);
    for (const rule of RULES) expect(run.stdout).toContain(rule.id);
  });

  it("explain shows the docs, and refuses unknown ids", () => {
    const run = perfgoal(["explain", "value-rate-unit"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("课题调研完成率");
    expect(run.stdout).toContain("财预〔2021〕101号");
    const bad = perfgoal(["explain", "value-rate", "--lang", "en"]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("did you mean value-rate-unit");
  });

  it("schema prints a JSON Schema", () => {
    const schema = JSON.parse(perfgoal(["schema"]).stdout);
    expect(schema.$schema).toBe("https://json-schema.org/draft/2020-12/schema");
    expect(schema.properties.documents.items.properties.projects.items.required).toContain("indicators");
  });

  it("--help teaches, --version prints the version, no command prints help with exit 2", () => {
    const help = perfgoal(["check", "--help", "--lang", "en"]);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain("--max-warnings");
    expect(help.stdout).toContain("Exit codes");
    expect(perfgoal(["--version"]).stdout.trim()).toBe(JSON.parse(readFileSync("package.json", "utf8")).version);
    expect(perfgoal([]).code).toBe(2);
  });
});

describe("colour", () => {
  it("only on a terminal (or FORCE_COLOR), never under NO_COLOR or --no-color", () => {
    const esc = (env: Record<string, string>, ...args: string[]) => perfgoal(["check", SEED, ...args], { env }).stdout.includes("\u001b[");
    expect(esc({})).toBe(false); // not a terminal
    expect(esc({ FORCE_COLOR: "1" })).toBe(true);
    expect(esc({ FORCE_COLOR: "1", NO_COLOR: "1" })).toBe(false);
    expect(esc({ FORCE_COLOR: "1" }, "--no-color")).toBe(false);
  });
});

describe("convert writes as it reads", () => {
  it("gives exactly JSON.stringify of the model, for several files, an empty one and a flat table", async () => {
    const { parse } = await import("../../src/index.js");
    const dir = tmp();
    writeFileSync(join(dir, "empty.txt"), "");
    const tsv = join(dir, "t.tsv");
    perfgoal(["convert", "fixtures/layouts/legacy.txt", "--format", "tsv", "-o", tsv]);
    const files = [SEED, "fixtures/layouts/several-tables.txt", join(dir, "empty.txt"), tsv];
    const run = perfgoal(["convert", ...files]);
    const expected = files.slice(0, 3).map((f) => parse(readFileSync(f), { path: f }).document);
    expected.push(parse(readFileSync("fixtures/layouts/legacy.txt"), { path: "fixtures/layouts/legacy.txt" }).document);
    expect(run.stdout).toBe(`${JSON.stringify({ schemaVersion: 1, documents: expected }, null, 2)}\n`);
  });

  it("an empty run is an empty list", () => {
    const run = perfgoal(["convert", "-"], { input: "" });
    expect(JSON.parse(run.stdout).documents[0].projects).toEqual([]);
  });
});
