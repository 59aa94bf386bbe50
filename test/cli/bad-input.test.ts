/**
 * The bad-input catalogue (issue: never crash, never lose a cell, never trust the input).
 * Exit 2 with one line naming the file and the reason when perfgoal cannot do its job; exit 1
 * with a finding when the declaration is defective; never a stack trace.
 */
import { describe, expect, it, vi } from "vitest";
import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { Buffer } from "node:buffer";
import { join } from "node:path";
import { perfgoal } from "../support/cli.js";
import { tempDir } from "../support/temp.js";
import { reasonFor } from "../../src/read/input.js";

const SEED = "fixtures/seed/000_f9c598031c2c4aa2.txt";
const dir = tempDir("perfgoal-bad-");
const file = (name: string, content: string | Buffer) => {
  writeFileSync(join(dir, name), content);
  return join(dir, name);
};
const noStack = (text: string) => expect(text).not.toMatch(/\n\s+at .+:\d+:\d+/);
const json = (args: string[], input?: string | Buffer) => {
  const run = perfgoal([...args, "--format", "json"], { input });
  return { ...run, files: JSON.parse(run.stdout).files };
};

describe("cannot do its job: exit 2, one line on stderr", () => {
  it.each([
    ["a missing path", () => join(dir, "missing.txt"), "no such file"],
    ["a folder without declarations", () => { const d = join(dir, "empty-folder"); mkdirSync(d); return d; }, "no declaration files in this folder"],
    ["a path through a file", () => `${SEED}/x.txt`, "not a folder"],
    ["a FIFO (would block)", () => { const p = join(dir, "fifo"); execFileSync("mkfifo", [p]); return p; }, "not a regular file"],
    ["binary data", () => file("a.png", Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d])), "binary data"],
  ])("%s", (_name, path, reason) => {
    const p = path();
    const run = perfgoal(["check", p, "--lang", "en"]);
    expect(run.code).toBe(2);
    expect(run.stderr.trim()).toBe(`perfgoal: ${p}: ${run.stderr.trim().slice(`perfgoal: ${p}: `.length)}`);
    expect(run.stderr).toContain(reason);
    expect(run.stderr.trim().split("\n")).toHaveLength(1);
    noStack(run.stderr);
  });

  it("an unreadable file: the reason in words", () => {
    // Root reads every file, so permission errors are checked at the mapping.
    expect(reasonFor("EACCES")).toEqual({ zh: "没有读取权限", en: "permission denied" });
    expect(reasonFor("EWEIRD")).toEqual({ zh: "无法读取（EWEIRD）", en: "cannot be read (EWEIRD)" });
  });

  it.each([
    [["check", SEED, "--unknown-option"], "unknown option '--unknown-option'"],
    [["check", SEED, "--rule", "made-up=off"], "unknown rule id 'made-up'"],
    [["check", SEED, "--max-warnings", "many"], "--max-warnings many: expected a whole number"],
    [["check", SEED, "--lang", "fr"], "--lang fr：应为 zh 或 en"], // no valid --lang: the environment's language (zh)
    [["explain", "made-up"], "unknown rule id 'made-up'"],
  ])("%j", (args, message) => {
    const run = perfgoal(args.includes("--lang") ? args : [...args, "--lang", "en"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(message);
    noStack(run.stderr);
  });

  it("a bad config file", () => {
    const config = file("perfgoal.config.json", '{"rules": {"value-rate-unit": "off",}}');
    const run = perfgoal(["check", SEED, "--config", config, "--lang", "en"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^perfgoal: config .*: not valid JSON/);
    const zh = perfgoal(["check", SEED, "--config", config]);
    expect(zh.stderr).toMatch(/^perfgoal: 配置文件 .*：不是有效的 JSON（第 37 个字符处）\n$/);
    noStack(run.stderr);
  });
});

describe("defective declarations: exit 1 with a finding", () => {
  it("an empty file", () => {
    const r = json(["check", file("empty.txt", "")]);
    expect([r.code, r.files[0].diagnostics[0].ruleId]).toEqual([1, "document-no-declaration"]);
  });

  it("unrelated text (a CSV of something else)", () => {
    const r = json(["check", file("prices.csv", "id,name,price\n1,apple,3.5\n2,pear,4.0\n")]);
    expect([r.code, r.files[0].diagnostics.map((d: { ruleId: string }) => d.ruleId)]).toEqual([1, ["document-no-declaration"]]);
  });

  it("a truncated table", () => {
    const r = json(["check", "fixtures/layouts/truncated.txt"]);
    expect(r.code).toBe(1);
    expect(r.files[0].diagnostics.map((d: { ruleId: string }) => d.ruleId)).toContain("indicator-missing-value");
  });

  it("a 100 MB file (streamed, unplaced cells counted rather than listed)", () => {
    const line = `${"附件：测算依据与资金使用说明，本段为与申报表无关的文本。".repeat(30)}\n`;
    const big = file("big.txt", line.repeat(Math.ceil((100 * 1024 * 1024) / Buffer.byteLength(line))));
    try {
      const r = json(["check", big]);
      expect(r.code).toBe(1);
      expect(r.files[0].diagnostics.map((d: { ruleId: string }) => d.ruleId)).toEqual(["document-no-declaration"]);
    } finally {
      rmSync(big, { force: true }); // 100 MB: do not leave it in the temp folder
    }
  });

  it("a 6 MB single line", () => {
    const r = json(["check", file("line.txt", `项目名称\t${"长".repeat(2 * 1024 * 1024)}\n`)]);
    expect(r.code).toBe(1);
    expect(r.files[0].diagnostics.map((d: { ruleId: string }) => d.ruleId)).toContain("funds-missing");
  });
});

describe("encodings", () => {
  it("stray invalid UTF-8 bytes: read as UTF-8, said on stderr, findings unchanged", () => {
    const bytes = Buffer.concat([readFileSync(SEED), Buffer.from([0xc3, 0x28, 0x0a])]);
    const r = json(["check", file("stray.txt", bytes), "--lang", "en"]);
    expect(r.stderr).toContain("1 byte is not valid utf-8");
    expect(json(["check", join(dir, "stray.txt")]).stderr).toContain("1 个字节不是有效的 utf-8");
    expect(r.files[0].errorCount).toBe(4);
  });

  it("a GB18030 file without BOM", () => {
    const r = json(["check", "fixtures/encoding/seed-gb18030.txt"]);
    expect([r.code, r.files[0].errorCount, r.files[0].warningCount]).toEqual([1, 4, 11]);
  });
});

describe("one bad file among many", () => {
  it("the others are still checked, in order", () => {
    const r = json(["check", join(dir, "nope.txt"), SEED, `${SEED}/x.txt`, "fixtures/layouts/legacy.txt"]);
    expect(r.code).toBe(2);
    // legacy.txt is an older form, judged by the legacy framework: no error.
    expect(r.files.map((f: { error?: string; errorCount: number }) => f.error ?? f.errorCount)).toEqual(["找不到该文件", 4, "找不到该文件（路径中有一段不是文件夹）", 0]);
    expect(r.stderr.trim().split("\n")).toHaveLength(2);
  });
});

describe("hostile content", () => {
  const evil = readFileSync(SEED, "utf8").replace("课题调研完成率\t≥1.00(个)", "课题\u001b]0;pwned\u0007调研\u001b[2J\u202e完成率\t≥1.00(个)");
  const path = file("evil.txt", evil);

  it.each(["pretty", "github", "markdown"])("%s never writes an escape sequence raw", (format) => {
    const run = perfgoal(["check", path, "--format", format], { env: { FORCE_COLOR: "0" } });
    expect(run.stdout).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f\u202e]/);
    expect(run.stdout).toContain("\\x1B");
  });

  it("JSON stays valid for any text (lone surrogates, NUL)", async () => {
    const { check } = await import("../../src/index.js");
    const result = check("项目名称\t\ud800测试\u0000\n");
    const text = JSON.stringify(result);
    expect(text).toContain("\\ud800");
    expect(JSON.parse(text).diagnostics.length).toBe(result.diagnostics.length);
  });
});

describe("an internal error", () => {
  it("is one line without --debug, a stack with it", async () => {
    vi.resetModules();
    vi.doMock("../../src/cli/check", () => ({ runCheck: () => { throw new Error("boom"); } }));
    const { main } = await import("../../src/cli/main.js");
    const writes: string[] = [];
    const spy = vi.spyOn(process.stderr, "write").mockImplementation((chunk) => { writes.push(String(chunk)); return true; });
    try {
      expect(await main(["node", "perfgoal", "check", SEED])).toBe(2);
      expect(writes.join("")).toBe("perfgoal: 内部错误：boom（加 --debug 查看详情）\n");
      writes.length = 0;
      expect(await main(["node", "perfgoal", "check", SEED, "--lang", "en"])).toBe(2);
      expect(writes.join("")).toBe("perfgoal: internal error: boom (run with --debug for details)\n");
      writes.length = 0;
      expect(await main(["node", "perfgoal", "check", SEED, "--debug", "--lang", "en"])).toBe(2);
      expect(writes.join("")).toMatch(/^perfgoal: internal error: boom\nError: boom\n\s+at /);
    } finally {
      spy.mockRestore();
      vi.doUnmock("../../src/cli/check");
    }
  });
});

describe("150 mutated copies of the sample in one invocation", () => {
  it("every file is reported, in every format, with no raw escape and no crash", () => {
    const lines = readFileSync(SEED, "utf8").split("\n");
    const symbols = ["≥", "%", "(", "）", "|", "\t", "\u001b[31m", "\u3000", "项目名称", "绩效", "指标", "0.00", "<p>", "满意度指标", "*", "X", "\r"];
    let state = 1;
    const random = () => ((state = (state * 1103515245 + 12345) % 2147483648) / 2147483648);
    const folder = tempDir("perfgoal-mutants-");
    for (let f = 0; f < 150; f++) {
      let copy = [...lines];
      for (let k = 0, n = 1 + Math.floor(random() * 12); k < n; k++) {
        const i = Math.floor(random() * copy.length), r = random(), line = copy[i] ?? "";
        if (r < 0.2) copy.splice(i, 1);
        else if (r < 0.4) copy.splice(i, 0, line);
        else if (r < 0.5) copy = copy.slice(0, i + 1);
        else if (r < 0.65) copy[i] = `\t${line}`;
        else if (r < 0.8) copy[i] = line.replace("\t", "");
        else { const at = Math.floor(random() * (line.length + 1)); copy[i] = line.slice(0, at) + symbols[Math.floor(random() * symbols.length)] + line.slice(at); }
      }
      writeFileSync(join(folder, `m${String(f).padStart(3, "0")}.txt`), copy.join("\n"));
    }
    for (const format of ["json", "pretty", "github"]) {
      const run = perfgoal(["check", join(folder, "*.txt"), "--format", format]);
      expect([run.code, run.stderr]).toEqual([1, ""]);
      expect(run.stdout).not.toContain("\u001b");
      if (format === "json") expect(JSON.parse(run.stdout).files).toHaveLength(150);
    }
  });
});

describe("a table of 150,000 rows", () => {
  it("is read and checked without running out of stack (no spread of huge arrays)", () => {
    const rows = "\t\t重复指标\t≥1(次)\n".repeat(150_000);
    const path = file("long.txt", `项目名称\t测试\n一级指标\t二级指标\t三级指标\t指标值\n产出指标\t数量指标\t活动场次\t≥1(次)\n${rows}`);
    const r = json(["check", path]);
    expect(r.code).toBe(1);
    expect(r.files[0].diagnostics.filter((d: { ruleId: string }) => d.ruleId === "indicator-duplicate")).toHaveLength(150_000);
  });
});
