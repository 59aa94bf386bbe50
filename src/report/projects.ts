/**
 * Full projects, for the report formats that draw each declaration (html): the project as
 * `convert` prints it, and where each of its cells stands, so a finding's line and column can
 * be matched to the cell it is about. Both are kept as compact JSON strings: a batch of
 * thousands of tables is held as text until the report is written, not as model objects.
 */
import type { FundKey, Place, ProjectNode } from "../model/nodes.js";
import { FUND_KEYS } from "../model/nodes.js";
import { projectToJson } from "../model/serialize.js";

export interface FullProject {
  /** `projectToJson(project)`, compact. */
  json: string;
  /** `PlacesJson`, compact. */
  places: string;
}

/**
 * A cell of the form, named by what it holds:
 * `table` (where the table starts), `year`,
 * `h.<field>` / `hl.<field>` (a header value / its label),
 * `f.<key>` / `fl.<key>` (a funds amount / its label), `f` (the 项目资金 label),
 * `g.overall` / `g.annual` (goal texts), `g` (the 项目绩效目标 label),
 * `i.<n>.name` / `i.<n>.value` / `i.<n>.l1` / `i.<n>.l2` (indicator n's cells).
 */
export type CellKey = string;

export interface PlacesJson {
  /** First and last line of the table. */
  lines: [number, number];
  /** `[line, column, key]`, the most specific cells first; `table` last. */
  cells: Array<[number, number, CellKey]>;
}

export function fullProject(node: ProjectNode): FullProject {
  return { json: JSON.stringify(projectToJson(node)), places: JSON.stringify(placesOf(node)) };
}

export function placesOf(node: ProjectNode): PlacesJson {
  const cells: Array<[number, number, CellKey]> = [];
  const add = (place: Place | null | undefined, key: CellKey) => {
    if (place) cells.push([place.line, place.column, key]);
  };
  node.indicators.forEach((indicator, n) => {
    add(indicator.nameCell, `i.${n}.name`);
    add(indicator.valueCell, `i.${n}.value`);
    add(indicator.level2Cell, `i.${n}.l2`);
    add(indicator.level1Cell, `i.${n}.l1`);
    add(indicator.place, indicator.nameCell ? `i.${n}.name` : `i.${n}.value`);
  });
  for (const [field, place] of Object.entries(node.header.values)) add(place, `h.${field}`);
  for (const [field, place] of Object.entries(node.header.labels)) add(place, `hl.${field}`);
  const funds = node.funds;
  if (funds) {
    for (const key of FUND_KEYS) add(funds.amounts[key], `f.${key}`);
    for (const { key, place } of funds.unparsed) add(place, `f.${key satisfies FundKey}`);
    for (const key of FUND_KEYS) add(funds.labels[key], `fl.${key}`);
    add(funds.section, "f");
  }
  add(node.goals.annualPlace, "g.annual");
  add(node.goals.overallPlace, "g.overall");
  add(node.goals.section, "g");
  add(node.yearPlace, "year");
  add(node.place, "table");
  return { lines: [node.lines.start, node.lines.end], cells };
}
