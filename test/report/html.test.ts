/**
 * The HTML report without a browser: escaping, the embedded data, the page's structure, the
 * matching of findings to cells, the charts' numbers, the page script's pure parts, and the
 * colours' contrast. test/report/html-browser.test.ts opens the page in Chromium.
 */
import { describe, expect, it } from "vitest";
import { tempDir } from "../support/temp.js";
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { checkText } from "../../src/pipeline.js";
import { attr, escapeHtml, scriptSafe, text, UNSAFE_CHARS } from "../../src/report/html/escape.js";
import { FindingMatcher } from "../../src/report/html/collect.js";
import { placesOf } from "../../src/report/projects.js";
import { errorBuckets } from "../../src/report/html/charts.js";
import { PAGE_SCRIPT } from "../../src/report/html/client/script.js";
import { installUtil } from "../../src/report/html/client/util.js";
import type { Client } from "../../src/report/html/client/types.js";
import { SEVERITY_COLORS, TEXT_PAIRS } from "../../src/report/html/styles.js";
import { formatYuan } from "../../grammar/money.js";
import { readDocument } from "../../src/pipeline.js";
import { SEED } from "../support/fixtures.js";
import { perfgoal } from "../support/cli.js";
import { batchOf, HOSTILE, hostileText, htmlOf } from "./html-support.js";

const SAMPLE = readFileSync(SEED, "utf8");
const SAMPLE_PATH = "fixtures/seed/000_f9c598031c2c4aa2.txt";

/** The embedded data of a page. */
function dataOf(html: string) {
  const match = /<script type="application\/json" id="pg-data">([\s\S]*?)<\/script>/.exec(html);
  expect(match).not.toBeNull();
  return JSON.parse(match![1]);
}

/** The executable scripts of a page (not the JSON). */
function scriptsOf(html: string): string[] {
  return [...html.matchAll(/<script(?![^>]*application\/json)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
}

describe("escaping", () => {
  it("escapes markup in text and attributes", () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe("&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;");
    expect(text(`"><img onerror=x>`)).toBe("&quot;&gt;&lt;img onerror=x&gt;");
  });
  it("shows bidi overrides and control characters as visible marks", () => {
    expect(text("a\u202Eb")).toBe('a<span class="ctl" title="U+202E">\\u202E</span>b');
    expect(text("\u001b[31m")).toContain("\\x1B");
    expect(attr("x\u2066y")).toBe("x\\u2066y");
    expect(text("tab\tand\nline")).toBe("tab\tand\nline");
  });
  it("makes JSON safe inside <script>, and it still parses to the same value", () => {
    const value = { cell: "</script><script>alert(1)</script><!-- \u2028\u2029 & >", n: 1 };
    const safe = scriptSafe(JSON.stringify(value));
    expect(safe).not.toMatch(/[<>&\u2028\u2029]/);
    expect(JSON.parse(safe)).toEqual(value);
  });
});

describe("findings matched to cells", () => {
  const document = readDocument(SAMPLE, { path: SAMPLE_PATH });
  const places = document.projects.map(placesOf);
  const { diagnostics } = checkText(SAMPLE, { path: SAMPLE_PATH, encoding: "utf-8" });
  const matcher = new FindingMatcher(places);
  const at = (line: number, column: number, ruleId: string) => {
    const d = diagnostics.find((x) => x.line === line && x.column === column && x.ruleId === ruleId)!;
    expect(d).toBeDefined();
    return matcher.place(d);
  };
  const indicatorAt = (project: number, line: number) => document.projects[project].indicators.findIndex((i) => i.line === line);

  it("points an indicator's finding at its name or value cell", () => {
    expect(at(36, 3, "value-rate-unit")).toEqual({ project: 0, cell: `i.${indicatorAt(0, 36)}.name` });
    expect(at(59, 16, "value-not-measurable")).toEqual({ project: 0, cell: `i.${indicatorAt(0, 59)}.value` });
    expect(at(95, 7, "category-output-dimensions")).toEqual({ project: 1, cell: `i.${indicatorAt(1, 95)}.l1` });
  });
  it("points a goal finding at the goal text, and a whole-table finding at no cell", () => {
    expect(at(93, 4, "goal-vague")).toEqual({ project: 1, cell: "g.annual" });
    expect(at(81, 1, "category-required")).toEqual({ project: 1, cell: "" });
  });
  it("puts every finding of the sample in a table, and all but the whole-table ones on a cell", () => {
    const placed = diagnostics.map((d) => ({ d, at: matcher.place(d) }));
    expect(placed.every((p) => p.at.project >= 0)).toBe(true);
    expect(placed.filter((p) => p.at.cell === "").map((p) => p.d.ruleId)).toEqual(["category-required", "category-required"]);
  });
  it("keeps document-level findings with the file", () => {
    expect(matcher.place({ line: 3, column: 1, project: null })).toEqual({ project: -1, cell: "" });
    expect(matcher.place({ line: 2000, column: 1, project: "x" })).toEqual({ project: -1, cell: "" });
  });
});

describe("the page of the sample", () => {
  const html = htmlOf([{ path: SAMPLE_PATH, text: SAMPLE }]);
  const data = dataOf(html);

  it("is one self-contained file: nothing to load, one script allowed by its hash", () => {
    expect(html.startsWith("<!doctype html>\n<html lang=\"zh-CN\">")).toBe(true);
    expect(html).not.toMatch(/\s(src|srcset|action|poster|data)=["']?(?!data:)/i);
    expect(html).not.toMatch(/href="(?!#)/);
    expect(html).not.toMatch(/url\(|@import|https?:\/\//);
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)![1];
    expect(csp).toContain("default-src 'none'");
    const scripts = scriptsOf(html);
    expect(scripts).toHaveLength(1);
    expect(scripts[0]).toBe(PAGE_SCRIPT);
    const hash = createHash("sha256").update(scripts[0]).digest("base64");
    expect(csp).toContain(`script-src 'sha256-${hash}'`);
    expect(csp).not.toContain("unsafe-inline'; script");
  });
  it("embeds the projects and findings as data", () => {
    expect(data.lang).toBe("zh");
    expect(data.projects.map((p: { p: { name: string } }) => p.p.name)).toEqual(["党建经费", "专户项目经费", "生活驿站运行经费"]);
    expect(data.projects.map((p: { c: number[] }) => p.c)).toEqual([[2, 7, 9], [2, 3, 0], [0, 3, 1]]);
    expect(data.findings).toHaveLength(27);
    expect(data.rules.map((r: { id: string }) => r.id)).toContain("value-rate-unit");
  });
  it("draws the overview: totals, severities, charts, a sortable project table", () => {
    expect(html).toContain("上海市奉贤区西渡街道社区党群服务中心2024年度项目绩效目标汇总表");
    expect(html).toMatch(/年度资金申请总额合计<\/dt><dd><span class="stat-n">1,613,200\.00 /);
    expect(html).toMatch(/<dt>错误<\/dt><dd><span class="stat-n">4</);
    expect(html).toMatch(/<dt>警告<\/dt><dd><span class="stat-n">13</);
    expect(html).toMatch(/<dt>提示<\/dt><dd><span class="stat-n">10</);
    expect(html.match(/<svg class="chart"/g)).toHaveLength(2);
    expect(html).toMatch(/<a href="#findings" data-rule="\d+" aria-label="value-rate-unit: 1 错误">/);
    const table = /<table class="data" id="project-table">([\s\S]*?)<\/table>/.exec(html)![1];
    expect(table.match(/<th scope="col" aria-sort="none"/g)).toHaveLength(7);
    expect(table.match(/<tr>/g)).toHaveLength(4);
    expect(table).toContain('<a href="#p-0">党建经费</a>');
    expect(table).toContain('data-v="121720000">1,217,200.00');
  });
  it("has a section per project, open for a small batch, and the explanation of each rule found", () => {
    expect(html.match(/<details class="project" id="p-\d" data-p="\d" open>/g)).toHaveLength(3);
    expect(html).toContain('<article class="rule" id="rule-value-rate-unit"');
    expect(html).toContain("比率、占比类指标以百分比（或千分比、每10万）计量");
    expect(html).not.toContain('id="rule-funds-annual-sum"');
  });
  it("speaks English with --lang en", () => {
    const en = htmlOf([{ path: SAMPLE_PATH, text: SAMPLE }], "en");
    expect(en).toContain('<html lang="en">');
    expect(en).toContain("Findings by rule");
    expect(dataOf(en).findings[0][7]).toMatch(/^[\x20-\x7e“”"]+/);
  });
});

describe("hostile cells", () => {
  const html = htmlOf([{ path: "x/<img src=x>.txt", text: hostileText() }]);
  const data = dataOf(html);

  it("never become markup", () => {
    expect(scriptsOf(html)).toEqual([PAGE_SCRIPT]);
    expect(html).not.toMatch(/<img/i);
    expect(html).not.toContain("<b>");
    expect(html).not.toContain("window.__pwned=1</script>");
    expect(html).toContain("&lt;script&gt;window.__pwned=1&lt;/script&gt;经费");
    expect(html).toContain("&lt;img src=x&gt;.txt");
  });
  it("arrive in the data unchanged (the page script puts them in as text)", () => {
    const p = data.projects[0].p;
    expect(p.name).toBe(HOSTILE.name);
    expect(p.implementer).toBe(HOSTILE.implementer);
    expect(p.ind.map((i: string[]) => i[2])).toContain(HOSTILE.indicator);
    expect(p.goals.annual).toContain("</script><script>window.__pwned=3</script>");
    const json = /id="pg-data">([\s\S]*?)<\/script>/.exec(html)![1];
    expect(json).not.toMatch(/[<>\u2028\u2029]/);
  });
  it("shows bidi overrides visibly where the server draws text", () => {
    const batch = batchOf([{ path: "a\u202Eb.txt", text: hostileText() }]);
    expect(batch.files[0].path).toBe("a\u202Eb.txt");
    const page = htmlOf([{ path: "a\u202Eb.txt", text: hostileText() }]);
    expect(page).not.toMatch(/[\u202a-\u202e\u2066-\u2069](?![^<]*<\/script>)/);
    expect(page).toContain('<span class="ctl" title="U+202E">\\u202E</span>');
  });
});

describe("the page script", () => {
  it("cannot end its own <script> element", () => {
    expect(PAGE_SCRIPT).not.toMatch(/<\/script|<!--/i);
  });
  const pg = {} as Client;
  installUtil(pg);
  it("marks the same characters as the server", () => {
    expect(pg.UNSAFE.source).toBe(UNSAFE_CHARS.source);
    expect(pg.segments("a\u202Eb\u0007")).toEqual(["a", { ctl: "\\u202E" }, "b", { ctl: "\\x07" }]);
    expect(pg.segments("plain")).toEqual(["plain"]);
  });
  it("formats money as the terminal reports do", () => {
    for (const fen of [0, 5, 100, 121720000, -3050, 99999999999]) expect(pg.formatFen(fen)).toBe(formatYuan(fen));
    expect(pg.yuanToFen(1217200.1)).toBe(121720010);
  });
});

describe("charts", () => {
  it("buckets projects by their number of errors", () => {
    const buckets = errorBuckets([0, 0, 1, 2, 4, 5, 9, 10, 40]);
    expect(buckets.map((b) => [b.label, b.count])).toEqual([["0", 2], ["1", 1], ["2", 1], ["3", 0], ["4", 1], ["5–9", 2], ["10+", 2]]);
  });
});

describe("colours", () => {
  const luminance = (hex: string) => {
    const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const contrast = (a: string, b: string) => {
    const [x, y] = [luminance(a), luminance(b)].sort((m, n) => n - m);
    return (x + 0.05) / (y + 0.05);
  };
  it.each(TEXT_PAIRS)("%s passes WCAG AA for text (4.5:1)", (_, fg, bg) => {
    expect(contrast(fg, bg)).toBeGreaterThanOrEqual(4.5);
  });
  it.each(Object.entries(SEVERITY_COLORS))("%s bars stand out from white (3:1)", (_, c) => {
    expect(contrast(c.bar, "#ffffff")).toBeGreaterThanOrEqual(3);
  });
});

describe("perfgoal check --format html", () => {
  it("writes the page with -o and exits as check does", () => {
    const out = join(tempDir("perfgoal-html-"), "report.html");
    const run = perfgoal(["check", SEED, "--format", "html", "-o", out]);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe("");
    const html = readFileSync(out, "utf8");
    expect(html.startsWith("<!doctype html>")).toBe(true);
    expect(dataOf(html).findings).toHaveLength(27);
    expect(scriptsOf(html)).toHaveLength(1);
  });
  it("switches language with --lang en, and keeps only errors with --quiet", () => {
    const run = perfgoal(["check", SEED, "--format", "html", "--lang", "en", "--quiet"]);
    expect(run.stdout).toContain('<html lang="en">');
    expect(dataOf(run.stdout).findings.map((f: number[]) => f[0])).toEqual([0, 0, 0, 0]);
  });
});

describe("the batch", () => {
  it("counts per project, rule and severity, and keeps unreadable files with their reason", () => {
    const batch = batchOf([{ path: SAMPLE_PATH, text: SAMPLE }, { path: "h.txt", text: hostileText() }]);
    batch.add({ path: "gone.txt", projects: [], diagnostics: [], error: "no such file" });
    expect(batch.files.map((f) => [f.path, f.firstProject, f.projectCount, f.error])).toEqual([
      [SAMPLE_PATH, 0, 3, null], ["h.txt", 3, 1, null], ["gone.txt", 4, 0, "no such file"]]);
    expect(batch.severityCounts).toEqual([5, 14, 10]);
    expect(batch.projects[3].counts).toEqual([1, 1, 0]);
    expect(batch.projects[3].annualFen).toBe(30_000_000);
    const sumRule = batch.rules.findIndex((r) => r.id === "funds-annual-sum");
    expect(batch.ruleCounts[sumRule]).toEqual([1, 0, 0]);
  });
  it("embeds each indicator as a short array", () => {
    const batch = batchOf([{ path: SAMPLE_PATH, text: SAMPLE }]);
    const first = JSON.parse(batch.projectJson[0]);
    expect(first.ind[1]).toEqual(["产出指标", "数量指标", "举办基层党建大型活动场次", 0, "≥4.00(次)", 22]);
    expect(first.ind[0]).toEqual(["成本指标", "经济成本指标", "成本控制率", 1, "控制在预算内", 21]);
    expect(first.lines).toEqual([5, 79]);
    expect(first.funds.annualTotal).toBe(1217200);
  });
});
