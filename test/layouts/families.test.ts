/**
 * The layout families without cell separators (one cell per line, one cell per paragraph,
 * cells between spaces, cells run together): the sample written in each reads back into the
 * sample's model and findings; hand-written and real fixtures match their golden model;
 * every character of every fixture ends in a cell that is in the model or in a finding; and
 * each fixture is read by its own family.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { check, parse } from "../../src/index.js";
import { buildDocument } from "../../src/model/build/index.js";
import { detectFamily, textRows } from "../../src/read/layouts/index.js";
import { cellEnd } from "../../src/read/layouts/pieces.js";
import { FIXTURES, fixtureText, SEED } from "../support/fixtures.js";

const FAMILIES = ["lines", "paragraphs", "spaces", "glued"] as const;
const filesOf = (family: string) => readdirSync(join(FIXTURES, "layouts", family)).filter((f) => f.endsWith(".txt")).sort();
const all = FAMILIES.flatMap((family) => filesOf(family).map((file) => [family, file] as const));
const generated = all.filter(([, file]) => file.startsWith("seed"));
const others = all.filter(([, file]) => !file.startsWith("seed"));
const textOf = (family: string, file: string) => fixtureText(`layouts/${family}/${file}`);

/** The model without places: what must not depend on the layout. */
function model(text: string) {
  const { document } = parse(text);
  return {
    title: document.title,
    projects: document.projects.map(({ lines: _lines, indicators, ...project }) => ({
      ...project,
      indicators: indicators.map((i) => ({ level1: i.level1, level2: i.level2, name: i.name, value: i.value })),
    })),
    diagnostics: document.diagnostics.map(({ line: _line, column: _column, ...d }) => d),
  };
}

/** Findings without places (a message that names a line number names it as 第N行). */
function findings(text: string) {
  return check(text).diagnostics.map((d) => ({
    ruleId: d.ruleId, severity: d.severity, project: d.project, message: d.message.replace(/第[\d、]+行/g, "第N行"),
  }));
}

const seed = readFileSync(SEED, "utf8");

describe("the sample written in each family", () => {
  const expected = model(seed);
  const expectedFindings = findings(seed);

  it("has the variants the generator writes", () => {
    expect(generated.map(([f, file]) => `${f}/${file}`)).toEqual([
      "lines/seed-pdf.txt", "lines/seed.txt", "paragraphs/seed-wrapped.txt", "paragraphs/seed.txt",
      "spaces/seed-layout.txt", "spaces/seed-single.txt", "glued/seed-crlf.txt", "glued/seed.txt",
    ]);
  });

  it.each(generated)("%s/%s reads into the sample's model", (family, file) => {
    expect(model(textOf(family, file))).toEqual(expected);
  });

  it.each(generated)("%s/%s gives the sample's findings", (family, file) => {
    expect(findings(textOf(family, file))).toEqual(expectedFindings);
  });
});

describe("every fixture", () => {
  it.each(all)("%s/%s is read by its family", (family, file) => {
    expect(detectFamily(textOf(family, file)).name).toBe(family);
  });

  it.each(all)("%s/%s: every character is in a cell, every cell in the model or a finding", (family, file) => {
    const text = textOf(family, file);
    const cells = [...textRows([text])].flatMap((row) => row.cells);
    const covered = new Uint8Array(text.length);
    for (const cell of cells) {
      const end = cellEnd(cell);
      expect(end, `cell “${cell.text}” has no source end`).toBeDefined();
      covered.fill(1, cell.offset, end);
    }
    const lost: string[] = [];
    for (let i = 0; i < text.length; i++) if (!covered[i] && text[i].trim() !== "") lost.push(`${i}:${text[i]}`);
    expect(lost).toEqual([]);
    const document = buildDocument(text, { path: file, encoding: "utf-8" });
    expect(document.cellCount).toBe(cells.length);
    expect(document.placedCount + document.unplaced.length).toBe(document.cellCount);
    const unrecognized = check(text).diagnostics.filter((d) => d.ruleId === "layout-unrecognized-cell").length;
    expect(unrecognized).toBe(document.unplaced.length);
  });

  it.each(others)("%s/%s matches its golden model and findings", async (family, file) => {
    const { document, diagnostics } = check(textOf(family, file));
    const golden = { document, findings: diagnostics.map((d) => `${d.line}:${d.column} ${d.severity} ${d.ruleId} ${d.message}`) };
    await expect(JSON.stringify(golden, null, 2) + "\n").toMatchFileSnapshot(`golden/${family}/${file.replace(/\.txt$/, ".json")}`);
  });
});
