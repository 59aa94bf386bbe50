/**
 * Workbooks (.xlsx, .xls) read into the model: the sample as a workbook gives the same model and
 * findings as the text; merged cells, hidden sheets/rows/columns, number and date formats,
 * formulas and several sheets read as a person sees them; bad workbooks are one line, exit 2.
 * The fixtures are made by scripts/fixtures/make-workbooks.sh (LibreOffice) and make-crafted.mjs.
 */
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { crc32 } from "node:zlib";
import { join } from "node:path";
import { openInput, type TextSource } from "../../src/read/source.js";
import { checkSource } from "../../src/pipeline.js";
import { projectToJson } from "../../src/model/serialize.js";
import { readGrid } from "../../src/read/files/xlsx.js";
import { checkZip, ZipRefused } from "../../src/read/files/zip-guard.js";
import { dateKind, formatNumber, serialToDate, sheetPrefix } from "../../src/read/files/xlsx-cells.js";
import * as XLSX from "@e965/xlsx";
import { InputError } from "../../src/read/errors.js";
import type { Project } from "../../src/model/schema.js";
import { FIXTURES, ROOT, SEED } from "../support/fixtures.js";
import { perfgoal } from "../support/cli.js";

const file = (name: string) => join(FIXTURES, "files", name);
const open = (path: string): Promise<TextSource> => openInput({ path, stdin: false }, "auto");

/** The model as convert gives it, and the findings as check gives them, without lines and columns. */
async function read(path: string) {
  const source = await open(path);
  const projects: Project[] = [];
  const checked = checkSource(source, { lang: "zh" }, (p) => projects.push(projectToJson(p)));
  const model = {
    title: checked.document.title,
    // Lines and how the table was laid out (its family is the file format) are the reading, not the model.
    projects: projects.map(({ lines: _lines, layout: _layout, indicators, ...rest }) => ({ ...rest, indicators: indicators.map(({ line: _line, ...i }) => i) })),
  };
  const findings = checked.diagnostics.map((d) => ({ ruleId: d.ruleId, severity: d.severity, message: d.message, project: d.project }));
  return { source, model, findings, diagnostics: checked.diagnostics };
}

const byKey = <T>(list: T[]) => list.map((x) => JSON.stringify(x)).sort();

describe("the sample as a workbook", async () => {
  const text = await read(SEED);

  it.each(["seed.xlsx", "seed.xls"])("%s gives the model and findings of the text", async (name) => {
    const workbook = await read(file(name));
    expect(workbook.source.encoding).toBe(name.endsWith(".xls") ? "xls" : "xlsx");
    expect(workbook.source.notes).toEqual([]);
    expect(text.model.projects).toHaveLength(3);
    expect(workbook.model).toEqual(text.model);
    expect(byKey(workbook.findings)).toEqual(byKey(text.findings));
    expect(workbook.findings.length).toBeGreaterThan(0);
  });

  it("in the first sheet, line n is sheet row n (messages that quote a line quote the row)", async () => {
    const { diagnostics } = await read(file("seed.xlsx"));
    const placed = diagnostics.filter((d) => d.place);
    expect(placed.length).toBeGreaterThan(0);
    for (const d of placed) expect(d.place).toBe(`申报表!${d.place!.replace(/^.*!([A-Z]+)\d+$/, "$1")}${d.line}`);
  });

  it("places findings at cells: Sheet!A1", async () => {
    const { diagnostics } = await read(file("seed.xlsx"));
    const rate = diagnostics.find((d) => d.ruleId === "value-rate-unit" && d.message.includes("课题调研完成率"));
    expect(rate?.place).toMatch(/^申报表![A-F]\d+$/);
    // The cell it names holds what the finding is about.
    const grid = await readGrid(readFileSync(file("seed.xlsx")), "seed.xlsx");
    const cell = grid.rows.flatMap((r) => r.cells).find((c) => c.where === rate!.place);
    expect(cell?.text).toMatch(/课题调研完成率|≥1\.00\(个\)/);
  });

  it("shows amounts as displayed and dates as ISO (the workbook has 1/1/2024 in a built-in format)", async () => {
    const grid = await readGrid(readFileSync(file("seed.xls")), "seed.xls");
    const texts = grid.rows.flatMap((r) => r.cells.map((c) => c.text));
    expect(texts).toContain("1,217,200.00");
    expect(texts).toContain("2024-01-01");
    expect(texts.some((t) => /\d+\/\d+\/\d+/.test(t))).toBe(false);
  });

  it("the built CLI checks a workbook: same findings, with places", () => {
    const txt = perfgoal(["check", SEED, "--format", "json"]);
    const run = perfgoal(["check", file("seed.xlsx"), "--format", "json"]);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(1);
    const strip = (out: string) => byKey(JSON.parse(out).files[0].diagnostics.map((d: Record<string, unknown>) => ({ ruleId: d.ruleId, severity: d.severity, message: d.message, project: d.project })));
    expect(strip(run.stdout)).toEqual(strip(txt.stdout));
    const places = JSON.parse(run.stdout).files[0].diagnostics.map((d: { place?: string }) => d.place).filter(Boolean);
    expect(places.length).toBeGreaterThan(0);
    for (const place of places) expect(place).toMatch(/^申报表![A-Z]+\d+$/);
  });
});

describe("workbooks as templates lay them out", () => {
  it("merged 一级/二级 labels: each indicator gets the labels of its merged block", async () => {
    const { model, source } = await read(file("merged.xlsx"));
    expect(source.notes).toEqual([]);
    const [project] = model.projects;
    expect(project!.name).toBe("社区活动经费");
    expect(project!.plannedStart).toBe("2024-01-01");
    expect(project!.plannedEnd).toBe("2024-12-31");
    expect(project!.funds).toMatchObject({ unit: "元", annualTotal: 120000, annualAppropriation: 100000, annualCarryOver: 0, annualOther: 20000 });
    expect(project!.indicators.map((i) => [i.level1, i.level2, i.name])).toEqual([
      ["产出指标", "数量指标", "举办社区活动场次"],
      ["产出指标", "数量指标", "参与居民人次"],
      ["产出指标", "质量指标", "活动完成率"],
      ["产出指标", "时效指标", "活动按时完成率"],
      ["效益指标", "社会效益指标", "居民活动知晓率"],
      ["效益指标", "社会效益指标", "居民参与率"],
      ["满意度指标", "服务对象满意度指标", "服务对象满意度"],
      ["成本指标", "经济成本指标", "成本控制率"],
    ]);
  });

  it("a merged cell appears once, the rest of its range empty; a line break inside a cell is kept", async () => {
    const grid = await readGrid(readFileSync(file("merged.xlsx")), "merged.xlsx");
    const cells = grid.rows.flatMap((r) => r.cells);
    expect(cells.filter((c) => c.text === "产出指标").map((c) => c.where)).toEqual(["申报表!A13"]);
    expect(cells.filter((c) => c.text === "项目资金（元）").map((c) => c.where)).toEqual(["申报表!A6"]);
    expect(cells.find((c) => c.where === "申报表!D11")?.text).toBe("全年举办社区活动不少于12场；\n服务对象满意度达到90%以上。");
  });

  it("hidden sheets are skipped and named; hidden rows and columns are read and said once", async () => {
    const { model, source } = await read(file("hidden.xlsx"));
    expect(source.notes).toEqual([
      "1 hidden sheet(s) skipped: '填表说明'",
      "3 cell(s) in hidden rows or columns were read (first at 申报表!G3)",
    ]);
    expect(source.wholeText()).not.toContain("本表由财政局统一制发");
    expect(model.projects[0]!.indicators.map((i) => i.name)).toContain("参与居民人次");
    expect(source.wholeText()).toContain("内部备注：已复核");
  });

  it("number and date formats are shown as a person sees them", async () => {
    const grid = await readGrid(readFileSync(file("formats.xlsx")), "formats.xlsx");
    const shown = Object.fromEntries(grid.rows.filter((r) => r.cells[0]?.where.startsWith("格式!")).map((r) => [r.cells[0]!.text, r.cells[1]?.text]));
    expect(shown).toEqual({
      "#,##0.00": "1,217,200.00",
      "¥#,##0.00": "1,217,200.00",
      "[$¥-804]#,##0.00": "1,217,200.50",
      accounting: "1,217,200.00",
      "0.0000": "121.7200",
      '0.0000"万元"': "121.7200万元",
      "built-in date 14": "2024-01-01",
      'yyyy"年"m"月"d"日"': "2024-12-31",
      "yyyy-mm-dd hh:mm": "2024-03-05 09:30",
      "0.00%": "90.00%",
      General: "0.3",
    });
  });

  it("万元 amounts with 4 decimals convert to 元", async () => {
    const { model } = await read(file("formats.xlsx"));
    const project = model.projects.find((p) => p.name === "万元项目");
    expect(project?.funds).toMatchObject({ unit: "万元", annualTotal: 120000, annualAppropriation: 100000, annualCarryOver: 0, annualOther: 20000 });
  });

  it("a formula shows its saved value; one without a saved value is said once, with its place", async () => {
    const { model, source } = await read(file("formulas.xlsx"));
    expect(model.projects[0]!.funds?.annualTotal).toBe(120000);
    expect(source.notes).toEqual([
      "1 formula cell(s) have no saved value and were read as empty (first at 申报表!G6): open the workbook in Excel or WPS and save it to compute them",
    ]);
  });

  it("every visible sheet in order, an empty row between them; quoted sheet names in places", async () => {
    const { model, source, diagnostics } = await read(file("two-sheets.xlsx"));
    expect(model.projects.map((p) => p.name)).toEqual(["社区活动经费", "老年助餐经费"]);
    const grid = await readGrid(readFileSync(file("two-sheets.xlsx")), "two-sheets.xlsx");
    const firstOfSecond = grid.rows.findIndex((r) => r.cells[0]?.where.startsWith("'项目 二'!"));
    expect(grid.rows[firstOfSecond]!.cells[0]!.where).toBe("'项目 二'!A1");
    expect(grid.rows[firstOfSecond - 1]!.cells).toEqual([]);
    expect(source.wholeText().split("\n")[firstOfSecond - 1]).toBe("");
    const second = diagnostics.filter((d) => d.project === "老年助餐经费" && d.place);
    for (const d of second) expect(d.place).toMatch(/^'项目 二'!/);
  });
});

describe("Excel 5.0/95 (BIFF5) workbooks", () => {
  it("are read through SheetJS's code-page tables (a Book stream, not a Workbook stream)", async () => {
    // SheetJS writes BIFF5 text in a single-byte code page only, so this one is ASCII.
    const book = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet([["name", "budget"], ["Party building", 1217200]]), "Sheet1");
    const bytes = XLSX.write(book, { type: "buffer", bookType: "biff5" }) as Buffer;
    const grid = await readGrid(bytes, "old.xls");
    expect(grid.format).toBe("xls");
    expect(grid.rows.map((r) => r.cells.map((c) => `${c.where}=${c.text}`))).toEqual([
      ["Sheet1!A1=name", "Sheet1!B1=budget"],
      ["Sheet1!A2=Party building", "Sheet1!B2=1217200"],
    ]);
  });
});

describe("bad workbooks: exit 2, one line with the reason, no stack", () => {
  it.each([
    ["password.xls", "is password-protected"],
    ["encrypted.xlsx", "password-protected"],
    ["seed-truncated.xlsx", "is truncated or corrupt"],
    ["seed-truncated.xls", "is corrupt or truncated"],
    ["bomb.xlsx", "zip bomb"],
    ["bomb-lie.xlsx", "unpacks to more than the 1000 bytes it declares"],
    ["word.doc", "save it as .docx"],
  ])("%s", (name, reason) => {
    const path = file(name);
    const run = perfgoal(["check", path]);
    expect(run.code).toBe(2);
    // The report lists the file as unreadable, as it does a missing one; no stack anywhere.
    expect(run.stdout).toContain(reason);
    expect(run.stdout).not.toMatch(/\n\s+at .+:\d+:\d+/);
    const lines = run.stderr.trim().split("\n");
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(`perfgoal: ${path}: `);
    expect(lines[0]).toContain(reason);
    expect(run.stderr).not.toMatch(/\n\s+at .+:\d+:\d+/);
  });

  it("through the reader: InputError with the path", async () => {
    await expect(open(file("bomb.xlsx"))).rejects.toBeInstanceOf(InputError);
    await expect(open(file("password.xls"))).rejects.toThrow(/password\.xls: is password-protected/);
  });
});

describe("the zip guard", () => {
  const seed = readFileSync(file("seed.xlsx"));

  it("passes a real workbook and lists its entries", () => {
    const entries = checkZip(seed);
    expect(entries.map((e) => e.name)).toContain("xl/workbook.xml");
    expect(entries.every((e) => e.size > 0)).toBe(true);
  });

  it("refuses more than the total, a high ratio, a cut directory", () => {
    expect(() => checkZip(seed, { totalBytes: 10_000, ratio: 1000, ratioFrom: 1 << 20, entries: 1000 })).toThrow(/more than 0 MB|zip bomb/);
    expect(() => checkZip(seed, { totalBytes: 1 << 30, ratio: 2, ratioFrom: 100, entries: 1000 })).toThrow(ZipRefused);
    expect(() => checkZip(seed, { totalBytes: 1 << 30, ratio: 1000, ratioFrom: 1 << 20, entries: 3 })).toThrow(/zip entries/);
    expect(() => checkZip(seed.subarray(0, seed.length - 30))).toThrow(/truncated or corrupt/);
  });
});

describe("cells and places", () => {
  it("quotes sheet names as Excel does", () => {
    expect(sheetPrefix("Sheet1")).toBe("Sheet1!");
    expect(sheetPrefix("申报表")).toBe("申报表!");
    expect(sheetPrefix("My Sheet")).toBe("'My Sheet'!");
    expect(sheetPrefix("2024")).toBe("'2024'!");
    expect(sheetPrefix("A1")).toBe("'A1'!");
    expect(sheetPrefix("项目(一)")).toBe("'项目(一)'!");
    expect(sheetPrefix("it's")).toBe("'it''s'!");
  });

  it("formats numbers SheetJS left without displayed text", () => {
    expect(formatNumber(1217200, '"¥"#,##0.00')).toBe("1,217,200.00");
    expect(formatNumber(-1217200.5, "#,##0.00;[Red]-#,##0.00")).toBe("-1,217,200.50");
    expect(formatNumber(121.72, '0.0000"万元"')).toBe("121.7200");
    expect(formatNumber(0.905, "0.0%")).toBe("90.5%");
    expect(formatNumber(0.1 + 0.2, undefined)).toBe("0.3");
    expect(formatNumber(42, "General")).toBe("42");
  });

  it("dates from serials, 1900 and 1904 systems", () => {
    expect(serialToDate(45292, false)?.toISOString().slice(0, 10)).toBe("2024-01-01");
    expect(serialToDate(59, false)?.toISOString().slice(0, 10)).toBe("1900-02-28");
    expect(serialToDate(61, false)?.toISOString().slice(0, 10)).toBe("1900-03-01");
    expect(serialToDate(45292 - 1462, true)?.toISOString().slice(0, 10)).toBe("2024-01-01");
    expect(dateKind("m/d/yy")).toBe("date");
    expect(dateKind('yyyy"年"m"月"d"日"')).toBe("date");
    expect(dateKind("yyyy-mm-dd hh:mm")).toBe("datetime");
    expect(dateKind('yyyy"年"m"月"')).toBe("none"); // no day: shown as displayed
    expect(dateKind("#,##0.00")).toBe("none");
  });
});

describe("many sheets", () => {
  /** An .xlsx of `count` sheets with one row each, written directly (SheetJS's writer is slow at this). */
  function manySheets(count: number): Buffer {
    const main = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
    const rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    const files: Array<[string, string]> = [
      ["[Content_Types].xml", '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>'],
      ["_rels/.rels", `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${rel}/officeDocument" Target="xl/workbook.xml"/></Relationships>`],
    ];
    const sheets: string[] = [];
    const rels: string[] = [];
    for (let i = 1; i <= count; i++) {
      sheets.push(`<sheet name="S${i}" sheetId="${i}" r:id="rId${i}"/>`);
      rels.push(`<Relationship Id="rId${i}" Type="${rel}/worksheet" Target="worksheets/sheet${i}.xml"/>`);
      files.push([`xl/worksheets/sheet${i}.xml`, `<worksheet ${main}><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>项目名称</t></is></c><c r="B1" t="inlineStr"><is><t>项目${i}</t></is></c></row></sheetData></worksheet>`]);
    }
    files.push(["xl/workbook.xml", `<workbook ${main} xmlns:r="${rel}"><sheets>${sheets.join("")}</sheets></workbook>`]);
    files.push(["xl/_rels/workbook.xml.rels", `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels.join("")}</Relationships>`]);
    return storedZip(files);
  }

  /** A zip of stored (uncompressed) entries. */
  function storedZip(files: Array<[string, string]>): Buffer {
    const parts: Buffer[] = [];
    const directory: Buffer[] = [];
    let offset = 0;
    for (const [name, text] of files) {
      const data = Buffer.from(text, "utf8");
      const nameBytes = Buffer.from(name, "utf8");
      const local = Buffer.alloc(30);
      local.writeUInt32LE(0x04034b50, 0);
      local.writeUInt16LE(20, 4);
      local.writeUInt32LE(crc32(data), 14);
      local.writeUInt32LE(data.length, 18);
      local.writeUInt32LE(data.length, 22);
      local.writeUInt16LE(nameBytes.length, 26);
      const central = Buffer.alloc(46);
      central.writeUInt32LE(0x02014b50, 0);
      central.writeUInt16LE(20, 4);
      central.writeUInt16LE(20, 6);
      central.writeUInt32LE(crc32(data), 16);
      central.writeUInt32LE(data.length, 20);
      central.writeUInt32LE(data.length, 24);
      central.writeUInt16LE(nameBytes.length, 28);
      central.writeUInt32LE(offset, 42);
      parts.push(local, nameBytes, data);
      directory.push(central, nameBytes);
      offset += 30 + nameBytes.length + data.length;
    }
    const cd = Buffer.concat(directory);
    const end = Buffer.alloc(22);
    end.writeUInt32LE(0x06054b50, 0);
    end.writeUInt16LE(files.length, 8);
    end.writeUInt16LE(files.length, 10);
    end.writeUInt32LE(cd.length, 12);
    end.writeUInt32LE(offset, 16);
    return Buffer.concat([...parts, cd, end]);
  }

  it("a workbook with thousands of sheets reads in time linear in their number (the built reader)", async () => {
    // The built bundle: it carries SheetJS with its zip lookup indexed (scripts/build.mjs); SheetJS
    // as published scans every zip entry per lookup, quadratic in the sheets.
    const built = createRequire(import.meta.url)(join(ROOT, "dist", "read-xlsx.cjs")) as { readGrid: typeof readGrid };
    const time = async (bytes: Buffer) => {
      let best = Infinity;
      let rows = 0;
      for (let i = 0; i < 2; i++) {
        const start = performance.now();
        rows = (await built.readGrid(bytes, "many.xlsx")).rows.length;
        best = Math.min(best, performance.now() - start);
      }
      return { ms: best, rows };
    };
    const small = manySheets(500);
    const large = manySheets(4000);
    await time(small); // warm up
    const a = await time(small);
    const b = await time(large);
    expect(a.rows).toBe(500 * 2 - 1);
    expect(b.rows).toBe(4000 * 2 - 1);
    // 8× the sheets: linear is about 8× the time; quadratic would be about 64× (SheetJS as published: ~36×).
    expect(b.ms / a.ms).toBeLessThan(20);
  }, 120_000);
});
