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

export function judgeTable(project: ProjectNode, layout: LayoutNode, unplaced: Cell[]): LayoutNode {
  const missing: string[] = [];
  const heldBack = new Set<RuleCategory>();
  const stray = unplaced.length;
  if (layout.cells >= MIN_CELLS && layout.placed / layout.cells < MIN_SHARE) {
    missing.push("structure");
    for (const category of ALL) heldBack.add(category);
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
  return missing.length === 0 ? layout : { ...layout, unreadable: { missing, heldBack: [...heldBack] } };
}
