/** Every report format on the sample, as snapshots, plus the properties each format promises. */
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { checkText } from "../../src/pipeline.js";
import { RULES } from "../../src/rules/index.js";
import { renderPretty } from "../../src/report/pretty.js";
import { palette } from "../../src/report/palette.js";
import { renderJson } from "../../src/report/json.js";
import { renderSarif } from "../../src/report/sarif.js";
import { renderGithub, escapeData, escapeProperty } from "../../src/report/github.js";
import { renderMarkdown, cell } from "../../src/report/markdown.js";
import { sanitize } from "../../src/report/sanitize.js";
import type { FileResult, ReportContext } from "../../src/report/model.js";
import { ROOT, SEED } from "../support/fixtures.js";

const path = "fixtures/seed/000_f9c598031c2c4aa2.txt";
const text = readFileSync(SEED, "utf8");
const checked = checkText(text, { path, encoding: "utf-8" });
const results: FileResult[] = [{ path, encoding: "utf-8", text, projects: checked.projects, diagnostics: checked.diagnostics }];
const context: ReportContext = { lang: "zh", color: false, rules: RULES, cwd: ROOT, width: 80 };

describe("report formats on the sample", () => {
  it("pretty", async () => {
    await expect(renderPretty(results, context)).toMatchFileSnapshot("../golden/report.pretty.txt");
  });
  it("pretty, in colour, English", async () => {
    const out = renderPretty(results, { ...context, color: true, lang: "en" }, await palette(true));
    expect(out).toContain("\u001b[31m");
    await expect(out).toMatchFileSnapshot("../golden/report.pretty-en-color.txt");
  });
  it("json", async () => {
    await expect(renderJson(results)).toMatchFileSnapshot("../golden/report.json");
  });
  it("sarif", async () => {
    await expect(renderSarif(results, context)).toMatchFileSnapshot("../golden/report.sarif");
  });
  it("github", async () => {
    await expect(renderGithub(results, context)).toMatchFileSnapshot("../golden/report.github.txt");
  });
  it("markdown", async () => {
    await expect(renderMarkdown(results, context)).toMatchFileSnapshot("../golden/report.md");
  });
});

describe("pretty", () => {
  it("puts the caret under the cell, counting a Chinese character as two columns", () => {
    const out = renderPretty(results, context).split("\n");
    const i = out.findIndex((l) => /^ +58 │/.test(l));
    const row = out[i], caret = out[i + 1];
    // `    经济效益指标  促进经济、社会发展`: two tabs (4 columns) + 6 characters (12 columns) + a tab (2 columns).
    const gutter = row.indexOf("│ ") + 2;
    expect(row.slice(gutter)).toBe("    经济效益指标  促进经济、社会发展");
    expect(caret.indexOf("^") - gutter).toBe(4 + 12 + 2);
  });
});

describe("sarif", () => {
  const log = JSON.parse(renderSarif(results, context));
  it("is SARIF 2.1.0 with rule metadata", () => {
    expect(log.version).toBe("2.1.0");
    const driver = log.runs[0].tool.driver;
    expect(driver.name).toBe("perfgoal");
    expect(driver.rules.map((r: { id: string }) => r.id)).toEqual(RULES.map((r) => r.id));
    for (const rule of driver.rules) {
      expect(rule.shortDescription.text.length).toBeGreaterThan(0);
      expect(["error", "warning", "note"]).toContain(rule.defaultConfiguration.level);
    }
  });
  it("points results at rules and relative paths", () => {
    const result = log.runs[0].results.find((r: { ruleId: string }) => r.ruleId === "value-rate-unit");
    expect(result.level).toBe("error");
    expect(log.runs[0].tool.driver.rules[result.ruleIndex].id).toBe("value-rate-unit");
    expect(result.locations[0].physicalLocation).toEqual({
      artifactLocation: { uri: path, uriBaseId: "%SRCROOT%" },
      region: { startLine: 36, startColumn: 3 },
    });
  });
});

describe("github", () => {
  it("escapes data and properties as GitHub requires", () => {
    expect(escapeData("完成率≥95%\r\n下一行")).toBe("完成率≥95%25%0D%0A下一行");
    expect(escapeProperty("a:b,c%")).toBe("a%3Ab%2Cc%25");
  });
  it("writes one workflow command per finding", () => {
    const lines = renderGithub(results, context).trimEnd().split("\n");
    expect(lines).toHaveLength(results[0].diagnostics.length);
    expect(lines).toContain(`::error file=${path},line=36,col=3,title=value-rate-unit::比率类指标“课题调研完成率”的计量单位应为%25，实际为“个”`);
  });
});

describe("hostile content", () => {
  it("control characters and escape sequences never reach the output raw", () => {
    expect(sanitize("a\u001b]8;;http://x\u0007b\u001b[2Jc\u202e")).toBe("a\\x1B]8;;http://x\\x07b\\x1B[2Jc\\u202E");
    expect(cell("a|b\nc<script>")).toBe("a\\|b<br>c&#60;script&#62;");
  });
});
