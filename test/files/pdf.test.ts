/**
 * PDF files: the sample declaration printed to PDF by LibreOffice Calc and by Chromium
 * (fixtures/files/, made by scripts/fixtures/make-pdfs.sh) reads into the same model and the
 * same findings as the sample's text; a border-less table by positions; bad PDFs are refused
 * with one line. Places (line, column, 第2页 表1 …) differ by nature and are compared apart.
 */
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { openInput } from "../../src/read/source.js";
import { checkSource } from "../../src/pipeline.js";
import { projectToJson } from "../../src/model/serialize.js";
import { InputError } from "../../src/read/errors.js";
import type { Project } from "../../src/model/schema.js";
import { FIXTURES, ROOT, SEED } from "../support/fixtures.js";
import { perfgoal } from "../support/cli.js";

const PDF = (name: string) => join(FIXTURES, "files", name);

/** Built-ins pdf.js's polyfills replace or add when it loads, as they are before any PDF is read. */
const BUILT_INS = { push: Array.prototype.push, parse: JSON.parse, stringify: JSON.stringify, self: "self" in globalThis, DOMMatrix: "DOMMatrix" in globalThis };

interface Read {
  title: string | null;
  projects: Project[];
  /** ruleId | severity | project | message, in the order reported. */
  findings: string[];
  rows: Array<Array<{ text: string; index: number; where?: string }>>;
}

/** Places inside messages (`（第18行）`, `（第36、57行）`) are lines of the grid or the text: not compared. */
const unplaced = (message: string) => message.replace(/第\d+(?:、\d+)*行/g, "第…行");

const reads = new Map<string, Promise<Read>>();

/** One reading of a file (once a file), as the CLI does it: the findings, and each project as convert writes it. */
function read(path: string): Promise<Read> {
  if (!reads.has(path)) reads.set(path, readOnce(path));
  return reads.get(path)!;
}

async function readOnce(path: string): Promise<Read> {
  const source = await openInput({ path, stdin: false }, "auto");
  // The rows as read, copied before the model classifies and joins cells in place.
  const rows = [...source.rows()].map((r) => r.cells.map((c) => ({ text: c.text, index: c.index, where: c.where })));
  const projects: Project[] = [];
  const checked = checkSource(source, {}, (project) => projects.push(projectToJson(project)));
  return {
    title: checked.document.title,
    projects,
    findings: checked.diagnostics.map((d) => `${d.ruleId} | ${d.severity} | ${d.project} | ${unplaced(d.message)}`),
    rows,
  };
}

/** A project without its places (the lines it spans, each indicator's line) and how it was laid out (a merged cell is one cell). */
function withoutPlaces(project: Project): unknown {
  const { lines: _lines, layout: _layout, ...rest } = project;
  return { ...rest, indicators: project.indicators.map(({ line: _line, ...indicator }) => indicator) };
}

const text = await read(SEED);

/**
 * The one known difference from the text. The sample's text is itself pulled out of a printed
 * form: its 社会效益指标 label sits in the middle of its block, after five of the block's rows,
 * and the model files those rows by their content and says so (layout-ambiguous, info). In the
 * PDFs the label is a merged cell, read in the first row of its range: nothing to guess.
 */
const LAYOUT_AMBIGUOUS = ["基层党建活动参与人数", "基层党建活动参与覆盖率", "区域化党建活动覆盖面", "区域化党建活动参与人数", "区域化党建服务对象覆盖率"];
const textFindingsInPdf = text.findings.filter((f) => !f.startsWith("layout-ambiguous"));

describe.each([
  ["LibreOffice Calc", "sample-libreoffice.pdf"],
  ["Chromium", "sample-chromium.pdf"],
])("the sample printed to PDF by %s", (_producer, file) => {
  const pdf = read(PDF(file));

  it("reads the same projects as the text: header, funds, goals and all 54 + 3 + 11 indicators", async () => {
    const { projects, title } = await pdf;
    expect(title).toBe(text.title);
    expect(projects.map((p) => p.indicators.length)).toEqual([54, 3, 11]);
    expect(projects.map(withoutPlaces)).toEqual(text.projects.map(withoutPlaces));
  });

  it("gives the text's findings, but for the five rows the text leaves ambiguous", async () => {
    const { findings } = await pdf;
    expect(text.findings.filter((f) => f.startsWith("layout-ambiguous")).map((f) => /“(.+?)”/.exec(f)![1])).toEqual(LAYOUT_AMBIGUOUS);
    expect(textFindingsInPdf).toHaveLength(22);
    expect([...findings].sort()).toEqual([...textFindingsInPdf].sort());
  });

  it("reads each table once, continued over pages without a gap or a repeated header", async () => {
    const { rows } = await pdf;
    // Empty rows only set tables apart: before each of the three forms' tables, and before their titles.
    const texts = rows.map((r) => r.map((c) => c.text).join("|"));
    expect(texts.filter((t) => t.startsWith("项目名称"))).toHaveLength(3);
    expect(texts.filter((t) => t.includes("一级指标"))).toHaveLength(3);
    const pages = new Set(rows.flat().map((c) => /^第(\d+)页/.exec(c.where ?? "")?.[1]));
    expect(pages.size).toBeGreaterThanOrEqual(3);
  });

  it("names each cell's place: page, table on the page, row, cell", async () => {
    const { rows } = await pdf;
    const cell = (t: string) => rows.flat().find((c) => c.text === t);
    expect(cell("项目名称")?.where).toBe("第1页 表1 第1行 第1格");
    expect(cell("党建经费")?.where).toBe("第1页 表1 第1行 第2格");
    expect(cell("上海市奉贤区西渡街道社区党群服务中心2024年度项目绩效目标汇总表")?.where).toBe("第1页 第1行");
    // Wrapped in a narrow cell over two or three lines, read as written.
    expect(cell("上海市奉贤区人民政府西渡街道办事处")?.where).toBe("第1页 表1 第2行 第2格");
    expect(cell("计划开始日期")?.where).toBe("第1页 表1 第3行 第1格");
  });
});

describe("where tables run on over pages", () => {
  it("LibreOffice: a merged label cut by a page break is read once, in the first row of its range, with the place it is printed at", async () => {
    const { rows } = await read(PDF("sample-libreoffice.pdf"));
    const row = (t: string) => rows.find((r) => r.some((c) => c.text === t))!;
    const places = (t: string) => rows.flat().filter((c) => c.text === t).map((c) => c.where);
    // Calc prints a merged cell's text in each page's part, centred on the whole range and clipped:
    // 绩效指标 (page 1 row 10 to page 2) is printed off page 1 and at the top of page 2.
    expect(row("一级指标").map((c) => `${c.text}@${c.where}`)).toEqual([
      "绩效指标@第2页 表1 第1行 第1格", "一级指标@第1页 表1 第10行 第2格", "二级指标@第1页 表1 第10行 第3格",
      "三级指标@第1页 表1 第10行 第4格", "年度(/项目)指标值@第1页 表1 第10行 第5格",
    ]);
    // 质量指标 spans the last row of page 1 and the first rows of page 2, printed in both parts; 产出指标 too.
    expect(places("质量指标").slice(0, 2)).toEqual(["第1页 表1 第29行 第3格", "第3页 表1 第3行 第3格"]);
    expect(places("产出指标").slice(0, 2)).toEqual(["第1页 表1 第12行 第2格", "第3页 表1 第2行 第2格"]);
    expect(rows.flat().filter((c) => c.where?.startsWith("第2页 表1 第1行")).map((c) => c.text)).toEqual(["绩效指标", "活动设施完好率", "=100.00 (%)"]);
    // The value column keeps its number over the page break.
    const value = rows.flat().filter((c) => c.text === "=100.00 (%)");
    expect(new Set(value.map((c) => c.index))).toEqual(new Set([4]));
  });

  it("Chromium: the indicator table starts on page 2 and runs on to page 3", async () => {
    const { rows } = await read(PDF("sample-chromium.pdf"));
    const where = (t: string) => rows.flat().find((c) => c.text === t)?.where;
    expect(where("绩效指标")).toBe("第2页 表1 第1行 第1格");
    expect(where("效益指标")).toBe("第3页 表1 第1行 第2格");
  });
});

describe("a table without borders", () => {
  it("is read by positions: the sample's second project, as the text reads it", async () => {
    const pdf = await read(PDF("borderless.pdf"));
    expect(pdf.projects.map(withoutPlaces)).toEqual([withoutPlaces(text.projects[1])]);
    expect(pdf.findings).toEqual(text.findings.filter((f) => f.includes("| 专户项目经费 |")));
    expect(pdf.rows.flat().find((c) => c.text === "工作完成率")?.where).toBe("第1页 第15行 第2格");
  });
});

describe("text runs across cell borders", () => {
  it("are cut at the border: a row's cells shown by one text operator, in a non-embedded Chinese font", async () => {
    // pdf.js joins glyphs less than 0.6 em apart into one run: "项目名称 党建经费", "Total 1,217,200.00".
    const { rows } = await read(PDF("crossing-runs.pdf"));
    expect(rows.map((r) => r.map((c) => `${c.text}@${c.where}`))).toEqual([
      ["项目名称@第1页 表1 第1行 第1格", "党建经费@第1页 表1 第1行 第2格"],
      ["Total@第1页 表1 第2行 第1格", "1,217,200.00@第1页 表1 第2行 第2格"],
    ]);
  });

  it("are read the same on a page printed on its side (the content turned, /Rotate to show it upright)", async () => {
    const [upright, sideways] = await Promise.all([read(PDF("crossing-runs.pdf")), read(PDF("sideways.pdf"))]);
    expect(sideways.rows).toEqual(upright.rows);
  });
});

describe("PDFs perfgoal cannot read: InputError with the reason", () => {
  it.each([
    ["encrypted.pdf", "is password-protected: perfgoal cannot read encrypted PDFs"],
    ["scanned.pdf", "scanned PDF: no text to read; OCR is not supported"],
    ["blank.pdf", "no text to read: the pages are blank or their text is drawn as shapes"],
    ["truncated.pdf", "not a readable PDF (truncated or corrupt): Invalid PDF structure."],
  ])("%s", async (file, reason) => {
    const error = await openInput({ path: PDF(file), stdin: false }, "auto").then(() => null, (e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).reason).toBe(reason);
  });
});

describe("the process after reading PDFs", () => {
  it("keeps its built-ins (pdf.js's core-js polyfills are undone) and has not loaded the canvas package", async () => {
    await read(PDF("borderless.pdf"));
    const now = { push: Array.prototype.push, parse: JSON.parse, stringify: JSON.stringify, self: "self" in globalThis, DOMMatrix: "DOMMatrix" in globalThis };
    expect(now).toEqual(BUILT_INS);
    expect(Object.keys(globalThis).includes("pdfjsWorker")).toBe(true); // pdf.js was loaded
    expect(Object.keys(createRequire(import.meta.url).cache).filter((m) => m.includes("@napi-rs"))).toEqual([]);
  });
});

describe("the built CLI", () => {
  it("checks a PDF as it checks the text, says nothing of pdf.js, and goes on past a bad PDF (exit 2)", () => {
    const run = perfgoal(["check", "fixtures/files/encrypted.pdf", "fixtures/files/sample-chromium.pdf", "--format", "json"]);
    expect(run.code).toBe(2);
    // The bad file, and what was left out of the good one: Chromium's print header and footer on its 4 pages.
    expect(run.stderr).toBe("perfgoal: fixtures/files/encrypted.pdf: is password-protected: perfgoal cannot read encrypted PDFs\n"
      + "perfgoal: fixtures/files/sample-chromium.pdf: 8 page numbers or print headers not read\n");
    const [bad, good] = JSON.parse(run.stdout).files;
    expect(bad).toMatchObject({ path: "fixtures/files/encrypted.pdf", error: "is password-protected: perfgoal cannot read encrypted PDFs" });
    // The text's 4 errors, 13 warnings and 10 infos, less the 5 layout-ambiguous infos.
    expect(good).toMatchObject({ errorCount: 4, warningCount: 13, infoCount: 5 });
    expect(good.diagnostics[0].place).toMatch(/^第2页 表1 第\d+行 第4格$/);
  });

  it("bundles pdf.js apart from the CLI: it is loaded at run time by the PDF reader only", () => {
    const cli = readFileSync(join(ROOT, "dist", "cli.cjs"), "utf8");
    const reader = readFileSync(join(ROOT, "dist", "read-pdf.cjs"), "utf8");
    expect(cli).not.toMatch(/pdfjs|getOperatorList/);
    expect(reader).toContain('import("pdfjs-dist/legacy/build/pdf.mjs")');
    expect(reader.length).toBeLessThan(100_000);
  });
});
