/**
 * Whether a table was read with confidence. A misread must be one finding, never a flood: when
 * too few of a table's cells ended in the model, or a part of the form is missing while cells
 * that could be it lie unplaced, the table is marked unreadable, says what is missing, and the
 * rules that need the missing part are held back for it (layout-unreadable reports it once).
 */
import type { Cell, LayoutNode, ProjectNode } from "../nodes.js";
import type { RuleCategory } from "../../engine/rule.js";

/** Below this share of placed cells a table is not read with confidence. */
const MIN_SHARE = 0.5;
/** A table this small is judged by its parts alone (a stub table is a finding of its own). */
const MIN_CELLS = 8;
/** Unplaced cells that may be a missing part. */
const MIN_STRAY = 4;

const ALL: RuleCategory[] = ["header", "funds", "goals", "categories", "indicators", "values"];
/** Indicators that are only a name or only a value: this share of them means the rows were split apart. */
const MAX_HALVES = 0.4;
const MIN_INDICATORS = 4;

/** Indicators that have a name without a value, or a value without a name. */
function halves(project: ProjectNode): number {
  let n = 0;
  for (const i of project.indicators) if (i.name === null || i.value.kind === "missing") n++;
  return n;
}

export function judgeTable(project: ProjectNode, layout: LayoutNode, unplaced: Cell[]): LayoutNode {
  const missing: string[] = [];
  const heldBack = new Set<RuleCategory>();
  const stray = unplaced.length;
  if (layout.cells >= MIN_CELLS && layout.placed / layout.cells < MIN_SHARE) {
    missing.push("structure");
    for (const category of ALL) heldBack.add(category);
  } else if (project.indicators.length >= MIN_INDICATORS && halves(project) / project.indicators.length >= MAX_HALVES) {
    // Names and values on rows of their own: the indicator rows were not read as rows.
    missing.push("indicatorRows");
    for (const category of ["categories", "indicators", "values"] as const) heldBack.add(category);
  } else if (stray >= MIN_STRAY) {
    if (project.indicators.length === 0) {
      missing.push("indicators");
      for (const category of ["categories", "indicators", "values"] as const) heldBack.add(category);
    }
    if (!project.funds && unplaced.some((c) => c.kind.kind === "amount")) {
      missing.push("funds");
      heldBack.add("funds");
    }
    if (project.header.values.name === undefined) {
      missing.push("name");
      heldBack.add("header");
    }
  }
  // Labels printed with no value beside any of them: the values stand elsewhere (one cell a line).
  const labels = Object.keys(project.header.labels).length;
  if (labels >= 3 && Object.keys(project.header.values).length <= labels / 3) {
    missing.push("headerValues");
    heldBack.add("header");
  }
  const funds = project.funds;
  if (funds && Object.keys(funds.labels).length >= 2 && Object.keys(funds.amounts).length === 0) {
    missing.push("fundAmounts");
    heldBack.add("funds");
  }
  // Two parts of the form missing: the table as a whole was not read; no rule can judge it.
  if (missing.length >= 2) for (const category of ALL) heldBack.add(category);
  return missing.length === 0 ? layout : { ...layout, unreadable: { missing, heldBack: [...heldBack] } };
}
