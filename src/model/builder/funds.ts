/**
 * The funds block (format.md §2): two groups of label/amount pairs. `其他资金` stands in
 * both groups; the first on a row is the project's, the second the year's — and when a
 * row holds only one, the column of the group labels above decides.
 */
import { isLabel, type FundField } from "../../../grammar/cell-kinds.js";
import { parseAmount, type MoneyUnit } from "../../../grammar/money.js";
import type { Cell, ConflictNode, FundKey, FundsNode, Place } from "../nodes.js";
import { placeOf } from "../nodes.js";
import type { Row } from "./join-labels.js";
import type { CellLedger } from "./ledger.js";

export function emptyFunds(): FundsNode {
  return {
    unit: null,
    fen: {
      projectTotal: null, projectFiscal: null, projectOther: null,
      annualTotal: null, annualAppropriation: null, annualCarryOver: null, annualOther: null,
    },
    labels: {},
    amounts: {},
    unparsed: [],
    section: null,
  };
}

const FIXED: Partial<Record<FundField, FundKey>> = {
  projectTotal: "projectTotal",
  projectFiscal: "projectFiscal",
  annualTotal: "annualTotal",
  annualAppropriation: "annualAppropriation",
  annualCarryOver: "annualCarryOver",
};

/** Columns of the two groups, learnt from the labels seen so far. */
export interface GroupColumns {
  project: Set<number>;
  annual: Set<number>;
}

/** The project-group twin of a year-group field, for a row that names the year's field twice. */
const PROJECT_TWIN: Partial<Record<FundKey, FundKey>> = {
  annualTotal: "projectTotal",
  annualAppropriation: "projectFiscal",
};

/** A second amount for a fund is kept as a conflict, never written over the first. */
export function readFundsRow(row: Row, funds: FundsNode, groups: GroupColumns, ledger: CellLedger, conflicts: ConflictNode[]): void {
  const others = row.cells.filter((c) => c.kind.kind === "fundLabel" && c.kind.field === "other");
  const seen = new Set<FundKey>();
  row.cells.forEach((cell, i) => {
    if (cell.kind.kind === "fundsSection") {
      ledger.place(cell);
      funds.section ??= placeOf(cell);
      funds.unit ??= cell.kind.unit;
      return;
    }
    if (cell.kind.kind !== "fundLabel") return;
    let key = FIXED[cell.kind.field] ?? otherKey(cell, others, groups);
    // `其中：财政拨款 | … | 其中：当年财政拨款 | …`: the first of two is the project's.
    const later = row.cells.slice(i + 1).some((c) => c.kind.kind === "fundLabel" && FIXED[c.kind.field] === key);
    if (later && !seen.has(key) && PROJECT_TWIN[key]) key = PROJECT_TWIN[key]!;
    seen.add(key);
    (key.startsWith("project") ? groups.project : groups.annual).add(cell.index);
    ledger.place(cell);
    funds.labels[key] ??= placeOf(cell);
    const next = row.cells[i + 1];
    if (!next || isLabel(next.kind) || ledger.isPlaced(next)) return;
    ledger.place(next);
    const kept = funds.amounts[key];
    if (!kept) funds.amounts[key] = placeOf(next);
    else if (kept.text !== next.text) conflicts.push({ label: cell.text.replace(/^其中[:：]/, ""), kept, other: placeOf(next) });
  });
}

/**
 * Amounts are read once the table's unit is known: the `项目资金（万元）` label, or a
 * `单位：万元` note anywhere in the table or before the first table (元 when nothing says).
 */
export function readAmounts(funds: FundsNode, unit: MoneyUnit | null): void {
  funds.unit = unit;
  for (const [key, place] of Object.entries(funds.amounts) as Array<[FundKey, Place]>) {
    const amount = parseAmount(place.text, unit ?? "元");
    if (amount) funds.fen[key] = amount.fen;
    else funds.unparsed.push({ key, place });
  }
}

function otherKey(cell: Cell, others: Cell[], groups: GroupColumns): FundKey {
  if (others.length >= 2) return others.indexOf(cell) === 0 ? "projectOther" : "annualOther";
  const distance = (columns: Set<number>) => {
    let nearest = Infinity;
    for (const c of columns) nearest = Math.min(nearest, Math.abs(c - cell.index));
    return nearest;
  };
  return distance(groups.project) < distance(groups.annual) ? "projectOther" : "annualOther";
}
