/**
 * The HTML report in a real browser: Debian's Chromium (`apt-get install chromium`), driven by
 * playwright-core with that executable — no browser is downloaded. Reports are made by the
 * built CLI as a user makes them (`npm test` builds first). Every request the page makes is
 * routed: the report itself is served, anything else fails the test. Screenshots go to the
 * git-ignored test-artifacts/ (looked at, not compared pixel by pixel); with
 * PERFGOAL_UPDATE_DOCS=1 the sample's screenshots for the README are written to docs/.
 *
 * Without Chromium these tests fail under CI=true and are skipped, loudly, elsewhere.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { pathToFileURL } from "node:url";
import type { Browser, Page } from "playwright-core";
import { BIN } from "../support/cli.js";
import { ROOT, SEED } from "../support/fixtures.js";
import { hostileText } from "./html-support.js";

const CHROMIUM = process.env.PERFGOAL_CHROMIUM ?? "/usr/bin/chromium";
const CI = /^(1|true|yes)$/i.test(process.env.CI ?? "");
const ARTIFACTS = join(ROOT, "test-artifacts");
const UPDATE_DOCS = process.env.PERFGOAL_UPDATE_DOCS === "1";
const BIG_TABLES = 3000;

const hasBrowser = existsSync(CHROMIUM);
const NO_BROWSER = `No Chromium at ${CHROMIUM}: the HTML report's browser tests cannot run. `
  + "Install it with `apt-get update && apt-get install -y chromium` (.ci/run does), or point PERFGOAL_CHROMIUM at one.";

if (!hasBrowser) {
  const bar = "!".repeat(100);
  console.warn(`\n${bar}\n${CI ? "FAILING" : "SKIPPING"} the browser tests of the HTML report.\n${NO_BROWSER}\n${bar}\n`);
  if (CI) {
    describe("HTML report in a browser", () => {
      it("needs Chromium", () => {
        throw new Error(NO_BROWSER);
      });
    });
  } else {
    describe("HTML report in a browser", () => {
      it.skip(`SKIPPED, no browser: ${NO_BROWSER}`, () => {});
    });
  }
}

/** Run the built CLI; the report lands in `out`. */
function report(files: string[], out: string, extra: string[] = []): void {
  const args = extra.filter((a) => a !== "--allow-unreadable");
  const run = spawnSync(process.execPath, [BIN, "check", ...files, "--format", "html", "-o", out, ...args], { cwd: ROOT, encoding: "utf8" });
  const expected = extra.includes("--allow-unreadable") ? [2] : [0, 1];
  if (!expected.includes(run.status ?? -1)) throw new Error(`perfgoal exited ${run.status}: ${run.stderr}`);
}

/** The sample's tables repeated until there are `count`, each copy's projects renamed. */
function bigBatch(count: number): string {
  const lines = readFileSync(SEED, "utf8").split("\n");
  const head = lines.slice(0, 4).join("\n");
  const tables = lines.slice(4).join("\n").replace(/\n*$/, "\n");
  const copies: string[] = [head, "\n"];
  for (let n = 1; n * 3 <= count; n++) copies.push(tables.replace(/^项目名称\t([^\t]+)/gm, (_, name: string) => `项目名称\t${name}（第${n}批）`), "\n");
  return copies.join("");
}

describe.runIf(hasBrowser)("HTML report in a browser", () => {
  let browser: Browser;
  let dir: string;
  const reports = { sample: "", batch: "", big: "", en: "" };
  const bigTiming: Record<string, number> = {};

  beforeAll(async () => {
    const { chromium } = await import("playwright-core");
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ["--no-sandbox", "--disable-gpu"] });
    mkdirSync(ARTIFACTS, { recursive: true });
    dir = mkdtempSync(join(tmpdir(), "perfgoal-html-browser-"));
    reports.sample = join(dir, "sample.html");
    report([relative(ROOT, SEED)], reports.sample);
    reports.en = join(dir, "sample-en.html");
    report([SEED], reports.en, ["--lang", "en"]);

    // A batch: the sample, the sample with a wrong annual sum, and a declaration of hostile cells.
    const funds = join(dir, "funds.txt");
    writeFileSync(funds, readFileSync(SEED, "utf8").replace("其中：当年财政拨款\t1,217,200.00", "其中：当年财政拨款\t1,200,000.00"));
    const hostile = join(dir, "hostile.txt");
    writeFileSync(hostile, hostileText());
    const unrelated = join(dir, "notes.txt");
    writeFileSync(unrelated, "会议纪要\n今天讨论了明年的工作安排。\n");
    reports.batch = join(dir, "batch.html");
    report([SEED, funds, hostile, unrelated, join(dir, "missing.txt")], reports.batch, ["--allow-unreadable"]);

    const big = join(dir, "big.txt");
    writeFileSync(big, bigBatch(BIG_TABLES));
    const began = Date.now();
    reports.big = join(dir, "big.html");
    report([big], reports.big);
    bigTiming.cliMs = Date.now() - began;
    bigTiming.inputBytes = statSync(big).size;
    bigTiming.reportBytes = statSync(reports.big).size;
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
    if (Object.keys(bigTiming).length > 0) writeFileSync(join(ARTIFACTS, "big-report-timing.json"), `${JSON.stringify(bigTiming, null, 2)}\n`);
  });

  /** Open a report; every other request is refused and remembered, every script error too. */
  async function open(file: string, options: { hash?: string; width?: number; height?: number } = {}) {
    const page = await browser.newPage({ viewport: { width: options.width ?? 1400, height: options.height ?? 1000 } });
    const outside: string[] = [];
    const errors: string[] = [];
    page.on("pageerror", (error) => errors.push(error.message));
    page.on("console", (message) => { if (message.type() === "error") errors.push(message.text()); });
    const url = pathToFileURL(file).href;
    // The report is opened as a reviewer opens an attachment: from a file. Any other request is refused.
    page.on("request", (request) => { if (request.url().split("#")[0] !== url) outside.push(request.url()); });
    await page.route("**/*", (route) => (route.request().url().split("#")[0] === url ? route.continue() : route.abort("blockedbyclient")));
    const began = Date.now();
    await page.goto(url + (options.hash ?? ""));
    await page.waitForFunction(() => document.documentElement.dataset.ready !== undefined, null, { timeout: 60_000 });
    const openMs = Date.now() - began;
    const check = () => {
      expect(outside, "requests that left the page").toEqual([]);
      expect(errors, "script errors").toEqual([]);
    };
    return { page, url, openMs, check };
  }

  const rowsOf = (page: Page) => page.locator("#flt-table tbody tr");
  const countLine = (page: Page) => page.locator("#flt-count").textContent();

  it("shows the sample: names, totals, counts, the forms with highlighted cells", async () => {
    const { page, check } = await open(reports.sample);
    const names = await page.locator("#project-table tbody tr td:nth-child(3)").allTextContents();
    expect(names).toEqual(["党建经费", "专户项目经费", "生活驿站运行经费"]);
    await expect(page.locator(".stat-funds .stat-n").textContent()).resolves.toContain("1,613,200.00");
    expect(await page.locator(".stat-error .stat-n").textContent()).toBe("4");
    expect(await page.locator(".stat-warning .stat-n").textContent()).toBe("13");
    expect(await page.locator(".stat-info .stat-n").textContent()).toBe("10");
    expect(await page.locator("table.form").count()).toBe(3);
    expect(await page.locator("table.form caption").first().textContent()).toContain("财政项目支出绩效目标申报表");

    // The rate with the wrong unit: its cell is tinted as an error, and described by the finding beside it.
    const cell = page.locator("#p-0 th.hl", { hasText: "课题调研完成率" }).first();
    expect(await cell.getAttribute("class")).toContain("hl-error");
    const described = (await cell.getAttribute("aria-describedby"))!.split(" ");
    const findings = await Promise.all(described.map((id) => page.locator(`#${id}`).textContent()));
    expect(findings.join("\n")).toContain("比率类指标“课题调研完成率”的计量单位应为%，实际为“个”");
    expect(findings.join("\n")).toContain("value-rate-unit");
    // Its 一级/二级 are merged over their rows as on paper.
    const merged = await page.locator("#p-0 th.merged", { hasText: "产出指标" }).getAttribute("rowspan");
    expect(Number(merged)).toBeGreaterThan(20);
    // Whole-table findings stand above the form.
    expect(await page.locator("#p-1 .table-findings").textContent()).toContain("缺少一级指标“成本指标”");
    // Every finding is shown in the forms exactly once.
    expect(await page.locator("details.project li.fi").count()).toBe(27);
    const highlighted = await page.locator("table.form .hl").count();
    expect(highlighted).toBeGreaterThan(15);

    await page.screenshot({ path: join(ARTIFACTS, "sample-top.png") });
    await page.screenshot({ path: join(ARTIFACTS, "sample-full.png"), fullPage: true });
    if (UPDATE_DOCS) {
      await page.screenshot({ path: join(ROOT, "docs", "report-sample.png") });
      await page.locator("#f-4").scrollIntoViewIfNeeded();
      await page.evaluate(() => window.scrollBy(0, -260));
      await page.screenshot({ path: join(ROOT, "docs", "report-sample-form.png") });
    }
    check();
    await page.close();
  });

  it("filters the finding list by rule, severity and search, and the counts follow", async () => {
    const { page, check } = await open(reports.sample);
    expect(await rowsOf(page).count()).toBe(27);
    expect(await countLine(page)).toBe("符合条件的问题 27 条（共 27 条）");

    await page.getByLabel("规则", { exact: true }).selectOption({ label: "value-rate-unit (1)" });
    expect(await rowsOf(page).count()).toBe(1);
    expect(await rowsOf(page).locator(".rule-link").allTextContents()).toEqual(["value-rate-unit"]);
    expect(await countLine(page)).toBe("符合条件的问题 1 条（共 27 条）");
    expect(await page.locator("label[for=flt-sev-1] .count").textContent()).toBe("0");

    await page.getByLabel("规则", { exact: true }).selectOption({ label: "layout-ambiguous (5)" });
    const rules = await rowsOf(page).locator(".rule-link").allTextContents();
    expect(rules).toHaveLength(5);
    expect(new Set(rules)).toEqual(new Set(["layout-ambiguous"]));
    await page.getByRole("button", { name: "清除筛选" }).click();
    await expect.poll(() => rowsOf(page).count()).toBe(27);

    await page.getByLabel("搜索", { exact: true }).fill("提升");
    await expect.poll(() => rowsOf(page).count()).toBe(5);
    for (const text of await rowsOf(page).allTextContents()) expect(text).toContain("提升");
    await page.getByLabel("搜索", { exact: true }).fill("");
    await expect.poll(() => rowsOf(page).count()).toBe(27);

    await page.locator("#flt-sev-2").uncheck();
    expect(await rowsOf(page).count()).toBe(17);
    expect(await rowsOf(page).locator(".pill-info").count()).toBe(0);
    await page.locator("#flt-sev-2").check();

    await page.getByLabel("项目名称", { exact: true }).selectOption({ label: "专户项目经费" });
    expect(await rowsOf(page).count()).toBe(5);
    for (const text of await rowsOf(page).locator("td.proj").allTextContents()) expect(text).toBe("专户项目经费");

    // A bar of the chart is a link that filters by its rule.
    await page.getByLabel("规则", { exact: true }).selectOption("-1");
    await page.getByLabel("项目名称", { exact: true }).selectOption("-1");
    await page.locator('svg a[aria-label^="indicator-duplicate"]').click();
    expect(await rowsOf(page).locator(".rule-link").allTextContents()).toEqual(["indicator-duplicate", "indicator-duplicate"]);
    await page.screenshot({ path: join(ARTIFACTS, "sample-filtered.png") });
    check();
    await page.close();
  });

  it("sorts the project table, follows a finding to its cell, and works from the keyboard", async () => {
    const { page, url, check } = await open(reports.sample);
    const names = () => page.locator("#project-table tbody tr td:nth-child(3)").allTextContents();
    const annual = page.locator("#project-table th", { hasText: "年度资金" });
    await annual.getByRole("button").click();
    expect(await names()).toEqual(["专户项目经费", "生活驿站运行经费", "党建经费"]);
    expect(await annual.getAttribute("aria-sort")).toBe("ascending");
    await annual.getByRole("button").click();
    expect(await names()).toEqual(["党建经费", "生活驿站运行经费", "专户项目经费"]);
    await page.locator("#project-table th", { hasText: "错误" }).getByRole("button").click();
    expect((await names())[0]).toBe("生活驿站运行经费");

    // A finding in the list leads to the finding beside its cell, focused.
    const link = rowsOf(page).filter({ hasText: "value-rate-unit" }).locator("td.proj a");
    const href = (await link.getAttribute("href"))!;
    await link.click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe(href.slice(1));

    // The keyboard: the skip link comes first; a project's section opens with Enter.
    await page.goto(url);
    await page.waitForFunction(() => document.documentElement.dataset.ready !== undefined);
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.className)).toBe("skip");
    const summary = page.locator("#p-2 > summary");
    await summary.focus();
    await page.keyboard.press("Enter");
    expect(await page.locator("#p-2").evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
    await page.keyboard.press("Enter");
    expect(await page.locator("#p-2").evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
    // Every control has a name a screen reader can say.
    const unnamed = await page.evaluate(() => Array.from(document.querySelectorAll("button, select, input, a[href]"))
      .filter((el) => !(el.getAttribute("aria-label") || el.textContent?.trim() || (el.id && document.querySelector(`label[for="${el.id}"]`))))
      .map((el) => el.outerHTML.slice(0, 80)));
    expect(unnamed).toEqual([]);
    check();
    await page.close();
  });

  it("speaks English with --lang en", async () => {
    const { page, check } = await open(reports.en);
    expect(await page.locator("html").getAttribute("lang")).toBe("en");
    expect(await page.locator("#findings-h").textContent()).toContain("Findings");
    expect(await countLine(page)).toBe("27 of 27 findings match");
    expect(await page.locator("table.form thead .review-h").first().textContent()).toBe("Review");
    check();
    await page.close();
  });

  it("shows a batch: files, funds arithmetic, hostile cells as text", async () => {
    const { page, check } = await open(reports.batch);
    expect(await page.locator(".stat-files .stat-n").textContent()).toBe("5");
    expect(await page.locator(".stat-files small").textContent()).toBe("无法读取 1");
    // A file without a declaration has its findings with the file; an unreadable one says why.
    expect(await page.locator("#file-3 .file-findings").textContent()).toContain("document-no-declaration");
    expect(await page.locator("#file-4 .file-h").textContent()).toContain("missing.txt");
    expect(await page.locator("#file-4 .file-error").textContent()).toMatch(/错误\s+\S+/);
    expect(await page.locator(".stat-projects .stat-n").textContent()).toBe("7");
    expect(await page.locator("table.form").count()).toBe(7);

    // The wrong sum, with its arithmetic beside the annual total.
    const total = page.locator("#p-3 td.hl", { hasText: "1,217,200.00" });
    expect(await total.getAttribute("class")).toContain("hl-error");
    expect(await page.locator("#p-3 .arith-eq").textContent()).toBe("1,217,200.00 ≠ 1,200,000.00 + 0.00 + 0.00");
    expect(await page.locator("#p-3 td.involved").count()).toBe(3);

    // Hostile cells: shown as the text they are, nothing ran, nothing was added to the page.
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await page.locator("img").count()).toBe(0);
    expect(await page.locator("script").count()).toBe(2);
    expect(await page.locator("b").count()).toBe(0);
    const hostileName = await page.locator("#p-6 td.strong").textContent();
    expect(hostileName).toBe("<script>window.__pwned=1</script>经费");
    expect(await page.locator("#project-table").textContent()).toContain("\"><img src=x onerror=\"window.__pwned=2\">中心");
    expect(await page.locator("#p-6 .goal").last().textContent()).toContain("</script><script>window.__pwned=3</script>");
    const bidi = page.locator("#p-6 th.name .ctl");
    expect(await bidi.allTextContents()).toEqual(["\\u202E", "\\u202C"]);

    // Filter by file.
    await page.getByLabel("文件", { exact: true }).selectOption({ label: "hostile.txt" });
    const files = await rowsOf(page).locator(".loc-file").allTextContents();
    expect(files.length).toBeGreaterThan(0);
    expect(new Set(files)).toEqual(new Set(["hostile.txt"]));
    await page.screenshot({ path: join(ARTIFACTS, "batch-top.png") });
    await page.locator("#p-6").scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(ARTIFACTS, "batch-hostile.png") });
    await page.locator("#p-3 .arith").scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(ARTIFACTS, "batch-funds.png") });
    check();
    await page.close();
  });

  it("prints on A4 landscape with every table drawn", async () => {
    const { page, check } = await open(reports.sample);
    await page.locator("#p-1 > summary").click();
    expect(await page.locator("#p-1").evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
    await page.evaluate(() => window.dispatchEvent(new Event("beforeprint")));
    expect(await page.locator("details.project[open]").count()).toBe(3);
    await page.emulateMedia({ media: "print" });
    expect(await page.locator("form.filters").isVisible()).toBe(false);
    expect(await page.locator("header.top").isVisible()).toBe(false);
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
    writeFileSync(join(ARTIFACTS, "sample.pdf"), pdf);
    // A4 landscape: 297 × 210 mm = 842 × 595 points.
    const box = /\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/.exec(pdf.toString("latin1"));
    expect(box).not.toBeNull();
    expect(Math.round(Number(box![1]))).toBe(842);
    expect(Math.round(Number(box![2]))).toBe(595);
    await page.evaluate(() => window.dispatchEvent(new Event("afterprint")));
    expect(await page.locator("#p-1").evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
    check();
    await page.close();
  });

  it(`opens and filters a report of ${BIG_TABLES} tables within seconds`, async () => {
    const { page, url, openMs, check } = await open(reports.big);
    bigTiming.openMs = openMs;
    bigTiming.scriptMs = Number(await page.evaluate(() => document.documentElement.dataset.ready));
    expect(await page.locator("#project-table tbody tr").count()).toBe(BIG_TABLES);
    expect(await page.locator("details.project").count()).toBe(BIG_TABLES);
    // Forms are drawn on demand: none at load.
    expect(await page.locator("table.form").count()).toBe(0);
    expect(openMs).toBeLessThan(20_000);

    const total = Number(/共 (\d+) 条/.exec((await countLine(page))!)![1]);
    expect(total).toBe(27 * (BIG_TABLES / 3));
    expect(await rowsOf(page).count()).toBe(200);
    let began = Date.now();
    await page.getByLabel("规则", { exact: true }).selectOption({ label: `value-rate-unit (${BIG_TABLES / 3})` });
    bigTiming.filterMs = Date.now() - began;
    expect(await countLine(page)).toBe(`符合条件的问题 ${BIG_TABLES / 3} 条（共 ${total} 条）`);
    expect(new Set(await rowsOf(page).locator(".rule-link").allTextContents())).toEqual(new Set(["value-rate-unit"]));
    began = Date.now();
    await page.getByLabel("搜索", { exact: true }).fill("第999批");
    await expect.poll(() => rowsOf(page).count()).toBe(1);
    bigTiming.searchMs = Date.now() - began;

    // Opening the last project draws its form alone.
    began = Date.now();
    await page.goto(`${url}#p-${BIG_TABLES - 1}`);
    await page.waitForFunction(() => document.documentElement.dataset.ready !== undefined);
    await expect.poll(() => page.locator("table.form").count()).toBe(1);
    bigTiming.openProjectMs = Date.now() - began;
    expect(await page.locator(`#p-${BIG_TABLES - 1} table.form caption`).textContent()).toContain("财政项目支出绩效目标申报表");
    await page.screenshot({ path: join(ARTIFACTS, "big-last-project.png") });
    console.log(`HTML report of ${BIG_TABLES} tables: ${JSON.stringify(bigTiming)}`);
    check();
    await page.close();
  }, 120_000);
});
