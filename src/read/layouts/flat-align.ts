/**
 * Which column each cell of a flat export's row stands in. A row whose cells sit under
 * headings that fit them is read by position. Text taken from web pages and PDFs often drops
 * the empty cells of merged columns, so a row's cells shift left (`产出指标 | 时效指标 | …`
 * under 单位名称, 项目名称, …); such a row is aligned by content: the cells, in order, go to
 * columns in order, each column scoring how well a cell's content fits it (dynamic
 * programming over cells × columns, a row at a time: linear in the text).
 */
import { classifyCell } from "../../../grammar/cell-kinds.js";
import { labelKey } from "../../../grammar/normalize.js";
import { remembered } from "../../../grammar/remembered.js";
import type { RawCell } from "../../../grammar/parser.js";
import { NATURE_VALUES } from "../../../grammar/vocabulary.js";
import type { Column, Heading } from "./flat-heading.js";

const SHAPES = [
  "level1", "level2", "category", "operator", "number", "amount", "percent", "unitWord",
  "nature", "date", "value", "qualitative", "text", "long", "label", "total", "nonData",
] as const;
/** What a cell looks like, as far as choosing its column goes. */
export type Shape = (typeof SHAPES)[number];
const SHAPE_INDEX = new Map<Shape, number>(SHAPES.map((s, i) => [s, i]));

const OPERATOR = /^(?:[≥≤=<>≧≦]|>=|<=|≥=|≤=)$/;
const NUMBER = /^[+-]?\d+(?:\.\d+)?$/;
const PERCENT = /^[%‰]$/;
const UNIT_WORD = /^[\u4e00-\u9fff]{1,3}(?:\/[\u4e00-\u9fff]{1,3})?$|^[a-zA-Z²³/]{1,6}$/;
/** `≥95%`, `12000(次)`, `230个`, `≥**(人)`: an operator, or a number with at most a short unit. */
const VALUE_FORM = /^[≥≤=<>≧≦*]|^[+-]?\d[\d,.]*\s*(?:\([^()]{0,8}\)|[%‰]|[\u4e00-\u9fffA-Za-z/]{1,4})?$|^X+$/i;
const LONG = 30;

/** A text's shape (short texts remembered: an export repeats its categories and values on every row). */
export const shapeOf: (text: string) => Shape = remembered(shapeUncached);

function shapeUncached(text: string): Shape {
  const key = labelKey(text);
  if (OPERATOR.test(key)) return "operator";
  if (NATURE_VALUES[key]) return "nature";
  if (PERCENT.test(key)) return "percent";
  if (NUMBER.test(key)) return "number";
  const kind = classifyCell(text);
  switch (kind.kind) {
    case "level1": return "level1";
    case "level2": return kind.known ? "level2" : "category";
    case "amount": return "amount";
    case "date": return "date";
    case "nature": return "nature";
    case "nonData": return kind.what === "total" ? "total" : "nonData";
    // `≥95%` is a value; `明显改善`, `达标` read as values too but are words (as is `820-马踏镇部门`).
    case "value": return VALUE_FORM.test(key) ? "value" : "qualitative";
    case "text": if (UNIT_WORD.test(key)) return "unitWord"; break;
    default: return "label";
  }
  return text.length > LONG ? "long" : "text";
}

type Scores = Partial<Record<Shape, number>>;

/** A project's name, unit or department: text, never a number or a category. */
const TEXT_FIELD: Scores = { text: 1, long: 0.5, unitWord: 0.5, qualitative: 0.5, value: 0, nature: -1, date: -2, category: -2 };
const AMOUNT: Scores = { amount: 3, number: 3, value: 1 };
const DATE: Scores = { date: 3, number: 0, text: -1 };
const GOAL: Scores = { long: 2, text: 1, qualitative: 0.5, value: 0, unitWord: 0, nature: -1, date: -1 };
const FREE: Scores = { text: 0.5, long: 0.5 };
const VALUE: Scores = { value: 2, number: 2, qualitative: 1.5, amount: 1, text: 0, unitWord: 0, nature: 0, date: 0, long: -1, operator: -1, percent: -2, category: -2 };
const INDICATOR: Readonly<Record<string, Scores>> = {
  level1: { level1: 3, category: 1, level2: 0 },
  level2: { level2: 3, category: 2, level1: 1 },
  level3: { text: 1, long: 1, unitWord: 0.5, category: 0, qualitative: 0, value: -1, date: -1, level2: -1, nature: -2, amount: -2, number: -2, level1: -2 },
  value: VALUE,
  longTermValue: VALUE,
  number: { number: 3, amount: 2, value: 0 },
  operator: { operator: 3, nature: 1 },
  unit: { percent: 3, unitWord: 2, text: -1 },
  weight: { number: 3, amount: 2, value: 1 },
  nature: { nature: 3, operator: 2, category: 1 },
  direction: { nature: 3, category: 1 },
  standard: FREE, explanation: FREE, remark: FREE,
};

/** How well a cell of a shape fits a column; a row with indicator content favours the name column for its first text. */
function fit(column: Column, shape: Shape, indicatorRow: boolean): number {
  const role = column.role;
  let scores: Scores, otherwise = -3;
  switch (role.kind) {
    case "field":
      if (role.field === "plannedStart" || role.field === "plannedEnd") { scores = DATE; break; }
      // A row with indicators starts a project (its name); a row without is a unit's or department's.
      if (role.field === "name" && TEXT_FIELD[shape]! > 0) return TEXT_FIELD[shape]! + (indicatorRow ? 0.5 : -0.5);
      scores = TEXT_FIELD;
      break;
    case "fund": scores = AMOUNT; break;
    case "goal": scores = GOAL; break;
    case "indicator":
      scores = INDICATOR[role.role];
      otherwise = role.role === "standard" || role.role === "explanation" || role.role === "remark" ? 0 : -2;
      if (role.role === "level1" || role.role === "operator" || role.role === "unit") otherwise = -3;
      break;
    default: return 0; // perfgoal's own provenance columns and unknown columns take anything
  }
  return scores[shape] ?? otherwise;
}

/** A cell that fits no column is left out of every column (and reported). */
const STRAY = -4;
/** A cell standing under its own heading: a tie-breaker, never more than content. */
const IN_PLACE = 0.25;

const INDICATOR_SHAPES = new Set<Shape>(["level1", "level2", "operator", "percent", "value"]);

/** fit() of every column, shape and kind of row, worked out once per heading. */
const tables = new WeakMap<Heading, { at: Map<Column, number>; scores: Float64Array }>();

function fitTable(heading: Heading) {
  let table = tables.get(heading);
  if (!table) {
    const scores = new Float64Array(heading.columns.length * SHAPES.length * 2);
    heading.columns.forEach((column, c) => SHAPES.forEach((shape, s) => {
      scores[(c * SHAPES.length + s) * 2] = fit(column, shape, false);
      scores[(c * SHAPES.length + s) * 2 + 1] = fit(column, shape, true);
    }));
    table = { at: new Map(heading.columns.map((c, i) => [c, i])), scores };
    tables.set(heading, table);
  }
  return table;
}

/** The column of each cell (undefined: a stray cell). */
export function align(cells: readonly RawCell[], heading: Heading): Array<Column | undefined> {
  const positional = cells.map((c) => heading.byIndex.get(c.index));
  if (heading.own) return positional; // perfgoal writes every field: positions are exact
  const shapes = cells.map((c) => SHAPE_INDEX.get(shapeOf(c.text))!);
  const indicatorRow = cells.some((_, i) => INDICATOR_SHAPES.has(SHAPES[shapes[i]])) ? 1 : 0;
  const { at, scores } = fitTable(heading);
  const score = (column: number, cell: number) => scores[(column * SHAPES.length + shapes[cell]) * 2 + indicatorRow];
  if (positional.every((column, i) => column !== undefined && score(at.get(column)!, i) >= -1)) return positional;
  return bestAlignment(cells, heading.columns, score);
}

function bestAlignment(cells: readonly RawCell[], columns: Column[], score: (column: number, cell: number) => number): Array<Column | undefined> {
  const n = cells.length, m = columns.length, width = m + 1;
  // best[i][j]: the best score of cells 0..i-1 in columns 0..j-1; step: 0 assign, 1 skip the column, 2 leave the cell out.
  const best = new Float64Array((n + 1) * width);
  const step = new Uint8Array((n + 1) * width);
  for (let i = 1; i <= n; i++) { best[i * width] = best[(i - 1) * width] + STRAY; step[i * width] = 2; }
  for (let j = 1; j <= m; j++) step[j] = 1;
  for (let i = 1; i <= n; i++) {
    for (let j = 1; j <= m; j++) {
      const column = columns[j - 1];
      const assign = best[(i - 1) * width + j - 1] + score(j - 1, i - 1) + (cells[i - 1].index === column.index ? IN_PLACE : 0);
      const skip = best[i * width + j - 1];
      const stray = best[(i - 1) * width + j] + STRAY;
      // Ties go to assigning: cells keep to the right, where a shifted row's cells belong.
      let top = assign, how = 0;
      if (skip > top) { top = skip; how = 1; }
      if (stray > top) { top = stray; how = 2; }
      best[i * width + j] = top;
      step[i * width + j] = how;
    }
  }
  const out = new Array<Column | undefined>(n).fill(undefined);
  let i = n, j = m;
  while (i > 0) {
    const how = j === 0 ? 2 : step[i * width + j];
    if (how === 0) { out[i - 1] = columns[j - 1]; i--; j--; }
    else if (how === 1) j--;
    else i--;
  }
  return out;
}
