/**
 * Issue 11, defect 8: convert → tsv/csv/markdown → convert gives back the same JSON, byte for
 * byte — the document's findings and a document without projects included — and a flat table
 * is read as it streams. CSV is for Excel: a BOM, and no cell run as a formula.
 */
import { describe, expect, it } from "vitest";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { perfgoal } from "../support/cli.js";
import { SEED } from "../support/fixtures.js";
import { tempDir } from "../support/temp.js";
import { parse } from "../../src/index.js";
import { writeFlat, guardFormula, unguardFormula, type FlatFormat } from "../../src/convert/flat.js";
import { readFlat, readFlatInto } from "../../src/convert/flat-read.js";
import type { Project } from "../../src/model/schema.js";

const WITH_FINDINGS = "fixtures/roundtrip/stray-cells.txt";
/** Deadlines, in a table with its year (2024-06) and in one without (--11-30). */
const DEADLINES = "fixtures/roundtrip/deadlines.txt";

describe("convert → flat → convert", () => {
  it.each(["tsv", "csv", "markdown"])("%s: the same JSON, findings and an empty document included", (format) => {
    const dir = tempDir();
    writeFileSync(join(dir, "empty.txt"), "");
    const inputs = [WITH_FINDINGS, join(dir, "empty.txt"), SEED, DEADLINES];
    const json = perfgoal(["convert", ...inputs]).stdout;
    expect(JSON.parse(json).documents.map((d: { diagnostics: unknown[] }) => d.diagnostics.length)).toEqual([2, 1, 0, 0]);
    expect(json).toContain('"date": "2024-06"');
    expect(json).toContain('"date": "--11-30"');
    const flat = join(dir, `t.${format}`);
    expect(perfgoal(["convert", ...inputs, "--format", format, "-o", flat]).code).toBe(0);
    const back = perfgoal(["convert", flat]);
    expect([back.code, back.stderr]).toEqual([0, ""]);
    expect(back.stdout).toBe(json);
  });

  it("a table written before findings had rows still reads", () => {
    const old = readFileSync(new URL("../../fixtures/roundtrip/stray-cells.txt", import.meta.url), "utf8");
    const document = parse(old, { path: "a.txt" }).document;
    const written = writeFlat([{ ...document, diagnostics: [] }], "tsv").split("\n");
    const cut = (line: string) => line.split("\t").slice(0, 31).join("\t");
    const oldTable = written.map((l) => (l === "" ? l : cut(l))).join("\n");
    // The old columns hold no extras (how each table was laid out): the rest reads back.
    const projects = document.projects.map(({ layout: _layout, ...project }) => project);
    expect(readFlat(oldTable, "tsv").documents).toEqual([{ ...document, projects, diagnostics: [] }]);
  });
});

describe("a flat table streams", () => {
  const seed = readFileSync(SEED, "utf8");
  const document = parse(`${seed}\n${seed}`, { path: "a.txt" }).document;
  document.projects[0].goals.annual = "第一行\n第二行, \"引号\"\t制表";

  it.each(["tsv", "csv", "markdown"] as FlatFormat[])("%s in pieces of 7 characters gives the same documents", (format) => {
    const text = writeFlat([document], format, true);
    const pieces = text.match(/[^]{1,7}/g)!;
    const got: Project[] = [];
    let diagnostics: unknown;
    readFlatInto(pieces, format, { startDocument: () => {}, project: (p) => got.push(p), endDocument: (d) => { diagnostics = d; } });
    expect(got).toEqual(document.projects);
    expect(diagnostics).toEqual(document.diagnostics);
  });

  it("each project reaches the sink before the rest of the table is read", () => {
    const text = writeFlat([document], "tsv");
    const lines = text.split(/(?<=\n)/);
    let pulled = 0;
    const pieces = { *[Symbol.iterator]() { for (const line of lines) { pulled++; yield line; } } };
    const pulledAtProject: number[] = [];
    readFlatInto(pieces, "tsv", { startDocument: () => {}, project: () => pulledAtProject.push(pulled), endDocument: () => {} });
    expect(pulledAtProject).toHaveLength(6);
    // the header, the project's rows, and the first row of the next project
    expect(pulledAtProject[0]).toBe(1 + document.projects[0].indicators.length + 1);
    expect(pulledAtProject.at(-2)).toBeLessThan(lines.length);
  });
});

describe("CSV for Excel", () => {
  it("starts with a UTF-8 BOM unless --no-bom", () => {
    expect(perfgoal(["convert", SEED, "--format", "csv"]).stdout.startsWith("\ufeffdocument,path,")).toBe(true);
    expect(perfgoal(["convert", SEED, "--format", "csv", "--no-bom"]).stdout.startsWith("document,path,")).toBe(true);
    expect(perfgoal(["convert", SEED, "--format", "tsv"]).stdout.startsWith("document\tpath")).toBe(true);
  });

  it("cells starting with = + - @ are not formulas, and read back as written", () => {
    for (const v of ["=1+2", "+86 21", "-x", "@SUM(A1)", "\t=1", "'=already", "''=twice"]) {
      expect(guardFormula(v)).toBe(`'${v}`);
      expect(unguardFormula(guardFormula(v))).toBe(v);
    }
    for (const v of ["-12.50", "+3", "plain", "'quoted", "a=b"]) {
      expect(guardFormula(v)).toBe(v);
      expect(unguardFormula(guardFormula(v))).toBe(v);
    }
    const seed = readFileSync(SEED, "utf8");
    const document = parse(seed, { path: "a.txt" }).document;
    document.projects[0].goals.annual = "=HYPERLINK(\"http://x\",\"点我\")";
    document.projects[0].name = "@SUM(1)";
    const csv = writeFlat([document], "csv", true);
    expect(csv).toContain(`"'=HYPERLINK(""http://x"",""点我"")"`);
    expect(csv).toContain(",'@SUM(1),");
    expect(readFlat(csv, "csv").documents).toEqual([document]);
  });
});
