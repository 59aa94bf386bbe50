/**
 * Generated flat exports read back into the projects they were written from: random projects
 * and indicators, columns in any order, project cells repeated on every row or left blank after
 * a project's first row (a unit merged over projects), tab, CSV or Markdown, 元 or 万元 in the
 * heading, a 合计 row; and the page-text rendering where blank cells are dropped and cells shift
 * left. Fixed seed; `npm run test:properties` runs it longer (PERFGOAL_FC_RUNS, PERFGOAL_FC_SEED).
 */
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { check } from "../../src/index.js";
import { detectFamily } from "../../src/read/layouts/index.js";
import { indicatorsArb, nameArb, writeAmount, type ExpectedIndicator } from "../property/generate.js";

const runs = Number(process.env.PERFGOAL_FC_RUNS ?? 60);
const seed = Number(process.env.PERFGOAL_FC_SEED ?? 20241129);
const options = { numRuns: runs, seed };

type Column = "unit" | "department" | "name" | "amount" | "goal" | "level1" | "level2" | "level3" | "value";
const HEADINGS: Record<Column, string[]> = {
  unit: ["单位名称", "实施单位"],
  department: ["主管部门", "预算部门"],
  name: ["项目名称", "项目支出名称"],
  amount: ["预算数", "资金总额", "年度资金总额"],
  goal: ["年度目标", "年度绩效目标"],
  level1: ["一级指标"],
  level2: ["二级指标"],
  level3: ["三级指标", "指标名称"],
  value: ["指标值", "年度指标值"],
};
const PROJECT_COLUMNS: Column[] = ["unit", "department", "name", "amount", "goal"];

interface GeneratedProject {
  name: string;
  /** Index into the generated units: consecutive projects may share one. */
  unit: number;
  fen: bigint;
  goal: string;
  indicators: ExpectedIndicator[];
}

const projectArb = fc.record({
  unit: fc.integer({ min: 0, max: 2 }),
  fen: fc.bigInt({ min: 1n, max: 10n ** 11n }),
  goal: fc.tuple(nameArb, fc.integer({ min: 1, max: 999 }), nameArb).map(([a, n, b]) => `完成${a}${n}项，${b}达到要求`),
  indicators: indicatorsArb,
});

const exportArb = fc.record({
  projects: fc.uniqueArray(fc.tuple(nameArb, projectArb), { minLength: 1, maxLength: 4, selector: ([name]) => name })
    .map((list) => list.map(([name, p]): GeneratedProject => ({ name, ...p }))),
  units: fc.uniqueArray(nameArb, { minLength: 3, maxLength: 3 }).map((names) => names.map((n) => `${n}中心`)),
  department: nameArb.map((n) => `${n}局`),
  columns: fc.shuffledSubarray(PROJECT_COLUMNS, { minLength: PROJECT_COLUMNS.length }),
  indicatorColumns: fc.shuffledSubarray<Column>(["level1", "level2", "level3", "value"], { minLength: 4 }),
  headingChoice: fc.integer({ min: 0, max: 5 }),
  interleave: fc.boolean(),
  merged: fc.boolean(),
  syntax: fc.constantFrom<"tsv" | "csv" | "markdown">("tsv", "csv", "markdown"),
  wan: fc.boolean(),
  total: fc.boolean(),
  crlf: fc.boolean(),
});
type Export = typeof exportArb extends fc.Arbitrary<infer T> ? T : never;

/** The columns in order: project and indicator columns shuffled, or mixed together. */
function columnsOf(e: Export): Column[] {
  if (!e.interleave) return [...e.columns, ...e.indicatorColumns];
  const out: Column[] = [];
  e.columns.forEach((c, i) => { out.push(c); if (e.indicatorColumns[i]) out.push(e.indicatorColumns[i]); });
  return out;
}

function cellsOf(e: Export, columns: Column[], p: GeneratedProject, i: ExpectedIndicator | undefined, first: boolean, firstOfUnit: boolean, firstOfAll: boolean): string[] {
  return columns.map((c) => {
    switch (c) {
      case "unit": return e.merged && !firstOfUnit ? "" : e.units[p.unit];
      case "department": return e.merged && !firstOfAll ? "" : e.department;
      case "name": return e.merged && !first ? "" : p.name;
      case "amount": return e.merged && !first ? "" : writeAmount(p.fen, e.wan ? "万元" : "元", true);
      case "goal": return e.merged && !first ? "" : p.goal;
      case "level1": return i?.level1 ?? "";
      case "level2": return i?.level2 ?? "";
      case "level3": return i?.name ?? "";
      case "value": return i?.valueText ?? "";
    }
  });
}

/** One line in the syntax (blank cells kept, or dropped as page text drops them). */
function line(cells: string[], syntax: Export["syntax"], dropBlanks = false): string {
  if (syntax === "tsv") return cells.join("\t");
  if (syntax === "csv") return cells.map((c) => (/[",\r\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(",");
  const shown = dropBlanks ? cells.filter((c) => c !== "") : cells;
  const pad = dropBlanks ? "|".repeat(cells.length - shown.length) : "";
  return `| ${shown.map((c) => c.replace(/\|/g, "\\|")).join(" | ")} |${pad}`;
}

function render(e: Export, columns: Column[], dropBlanks = false): string {
  const headings = columns.map((c) => {
    const names = HEADINGS[c];
    const name = names[e.headingChoice % names.length];
    return c === "amount" && e.wan ? `${name}(万元)` : name;
  });
  const lines = [line(headings, e.syntax)];
  if (e.syntax === "markdown") lines.push(`|${columns.map(() => "---").join("|")}|`);
  if (e.total) {
    const sum = e.projects.reduce((s, p) => s + p.fen, 0n);
    lines.push(line(columns.map((c) => (c === "name" ? "合计" : c === "amount" ? writeAmount(sum, e.wan ? "万元" : "元", true) : "")), e.syntax, dropBlanks));
  }
  let previousUnit = -1;
  e.projects.forEach((p, n) => {
    const firstOfUnit = p.unit !== previousUnit;
    previousUnit = p.unit;
    p.indicators.forEach((i, k) => lines.push(line(cellsOf(e, columns, p, i, k === 0, firstOfUnit && k === 0, n === 0 && k === 0), e.syntax, dropBlanks)));
  });
  return lines.join(e.crlf ? "\r\n" : "\n") + (e.crlf ? "\r\n" : "\n");
}

function readsBack(e: Export, text: string): void {
  expect(detectFamily(text).name).toBe("flat");
  const { document, diagnostics } = check(text, { path: "generated" });
  const toYuan = (fen: bigint) => Number(fen) / 100;
  expect(document.projects.map((p) => ({
    name: p.name, implementer: p.implementer, department: p.department, annual: p.funds?.annualTotal, goal: p.goals.annual,
    indicators: p.indicators.map((i) => ({ level1: i.level1, level2: i.level2, name: i.name, value: i.value.kind === "quantitative" ? { kind: i.value.kind, operator: i.value.operator, number: i.value.number, unit: i.value.unit } : i.value })),
  }))).toEqual(e.projects.map((p) => ({
    name: p.name, implementer: e.units[p.unit], department: e.department, annual: toYuan(p.fen), goal: p.goal,
    indicators: p.indicators.map((i) => ({ level1: i.level1, level2: i.level2, name: i.name, value: i.value })),
  })));
  // Nothing is left over; the 合计 row is a note of the first project.
  expect(diagnostics.filter((d) => d.ruleId.startsWith("layout-"))).toEqual([]);
  expect(document.projects[0].notes?.map((n) => n.kind) ?? []).toEqual(e.total ? ["total"] : []);
}

describe("generated flat exports", () => {
  it("read back into the projects written, whatever the columns, repetition and syntax", () => {
    fc.assert(fc.property(exportArb, (e) => readsBack(e, render(e, columnsOf(e)))), options);
  });

  it("read back when blank cells are dropped and the cells of a row shift left (page text)", () => {
    const shifted = exportArb.map((e) => ({ ...e, syntax: "markdown" as const, interleave: false, merged: true, columns: ["unit", "name", "amount", "goal"] as Column[] }));
    fc.assert(fc.property(shifted, (e) => {
      const columns: Column[] = ["unit", "name", "amount", "goal", "level1", "level2", "level3", "value"];
      readsBack({ ...e, department: null as unknown as string }, render(e, columns, true));
    }), options);
  });
});
