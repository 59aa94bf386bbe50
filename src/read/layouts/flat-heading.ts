/**
 * The heading row of a flat export and what each column under it holds. A flat export names
 * its columns once (`单位名称 项目名称 预算数(万元) 年度目标 一级指标 … 权重`, or perfgoal's own
 * `document path … indicator value line`); a column is a project's (header field, funds
 * amount, goal — said once per project, often repeated on each row) or an indicator's (one
 * value per row). Headings are matched through the label vocabulary (grammar/vocabulary.ts);
 * a money unit in a heading (`资金总额(万元)`) is the unit of that column.
 */
import { classifyCell } from "../../../grammar/cell-kinds.js";
import { labelKey } from "../../../grammar/normalize.js";
import type { MoneyUnit } from "../../../grammar/money.js";
import type { RawCell } from "../../../grammar/parser.js";
import { COLUMN_HEADINGS, HEADER_FIELDS, type ColumnRole, type FundField, type HeaderField } from "../../../grammar/vocabulary.js";
import { FLAT_COLUMNS } from "../../convert/flat.js";
import type { FundKey } from "../../model/nodes.js";

/** Columns of perfgoal's own flat format that are not declaration fields: keys, provenance, derived values. */
export type OwnColumn =
  | "document" | "path" | "encoding" | "documentTitle" | "title" | "year" | "fundsUnit"
  | "startLine" | "endLine" | "line" | "valueKind"
  | "finding" | "projectExtra" | "indicatorExtra";

export type Role =
  | { kind: "field"; field: HeaderField }
  | { kind: "fund"; key: FundKey }
  | { kind: "goal"; which: "overall" | "annual" }
  | { kind: "indicator"; role: ColumnRole }
  | { kind: "own"; column: OwnColumn }
  | { kind: "unknown" };

/** Whose the cells of a column are: the document's, a project's, or one indicator's. */
export type Scope = "document" | "project" | "indicator";

export interface Column {
  /** The heading cell. */
  cell: RawCell;
  /** The column's index among the row's fields. */
  index: number;
  role: Role;
  scope: Scope;
  /** The money unit the heading names (`预算数(万元)`). */
  unit: MoneyUnit | null;
  /** The label a front-end row gives the column's values (`项目名称`, `年度资金申请总额`, `三级指标`). */
  label: string;
}

export interface Heading {
  columns: Column[];
  /** perfgoal's own format (`convert --format tsv|csv|markdown`). */
  own: boolean;
  byIndex: Map<number, Column>;
  /** Indicator columns in the order a front-end row lists them (unknown columns last). */
  slots: Column[];
}

type FlatColumnName = (typeof FLAT_COLUMNS)[number];

/** perfgoal's own columns (a column added to the format must be given a role here). */
const OWN_ROLES: Readonly<Record<FlatColumnName, Role>> = {
  document: { kind: "own", column: "document" },
  path: { kind: "own", column: "path" },
  encoding: { kind: "own", column: "encoding" },
  document_title: { kind: "own", column: "documentTitle" },
  project_title: { kind: "own", column: "title" },
  year: { kind: "own", column: "year" },
  name: { kind: "field", field: "name" },
  nature: { kind: "field", field: "nature" },
  category: { kind: "field", field: "category" },
  department: { kind: "field", field: "department" },
  implementer: { kind: "field", field: "implementer" },
  planned_start: { kind: "field", field: "plannedStart" },
  planned_end: { kind: "field", field: "plannedEnd" },
  funds_unit: { kind: "own", column: "fundsUnit" },
  project_total: { kind: "fund", key: "projectTotal" },
  project_fiscal: { kind: "fund", key: "projectFiscal" },
  project_other: { kind: "fund", key: "projectOther" },
  annual_total: { kind: "fund", key: "annualTotal" },
  annual_appropriation: { kind: "fund", key: "annualAppropriation" },
  annual_carry_over: { kind: "fund", key: "annualCarryOver" },
  annual_other: { kind: "fund", key: "annualOther" },
  goal_overall: { kind: "goal", which: "overall" },
  goal_annual: { kind: "goal", which: "annual" },
  start_line: { kind: "own", column: "startLine" },
  end_line: { kind: "own", column: "endLine" },
  level1: { kind: "indicator", role: "level1" },
  level2: { kind: "indicator", role: "level2" },
  indicator: { kind: "indicator", role: "level3" },
  value_kind: { kind: "own", column: "valueKind" },
  value: { kind: "indicator", role: "value" },
  line: { kind: "own", column: "line" },
  // A finding of the convert run that wrote the table (check finds its own), and the JSON extras.
  rule_id: { kind: "own", column: "finding" },
  severity: { kind: "own", column: "finding" },
  message: { kind: "own", column: "finding" },
  column: { kind: "own", column: "finding" },
  finding_project: { kind: "own", column: "finding" },
  place: { kind: "own", column: "finding" },
  project_extra: { kind: "own", column: "projectExtra" },
  indicator_extra: { kind: "own", column: "indicatorExtra" },
};
const OWN_NAMES = new Set<string>(FLAT_COLUMNS);

const OWN_SCOPE: Readonly<Record<OwnColumn, Scope>> = {
  document: "document", path: "document", encoding: "document", documentTitle: "document",
  title: "project", year: "project", fundsUnit: "project", startLine: "project", endLine: "project",
  line: "indicator", valueKind: "indicator",
  finding: "document", projectExtra: "project", indicatorExtra: "indicator",
};

/**
 * Headings only flat exports use, beyond the form's label vocabulary. A flat export lists one
 * year's budget, so a bare 资金总额 is the year's total.
 */
const FLAT_HEADINGS: ReadonlyMap<string, Role> = new Map<string, Role>([
  ["资金总额", { kind: "fund", key: "annualTotal" }],
  ["资金总额合计", { kind: "fund", key: "annualTotal" }],
  ["年度", { kind: "own", column: "year" }],
  ["预算年度", { kind: "own", column: "year" }],
  ["年份", { kind: "own", column: "year" }],
]);

/** `预算数(万元)`, `资金总额（单位：万元）`. */
const UNIT_SUFFIX = /\((?:单位:|金额单位:)?(万元|元)\)$/;

const FUND_KEY: Readonly<Record<FundField, FundKey>> = {
  projectTotal: "projectTotal", projectFiscal: "projectFiscal", other: "annualOther",
  annualTotal: "annualTotal", annualAppropriation: "annualAppropriation", annualCarryOver: "annualCarryOver",
};

/** The form's own words for the funds labels, one per key. */
export const FUND_LABEL: Readonly<Record<FundKey, string>> = {
  projectTotal: "项目资金总额", projectFiscal: "财政资金", projectOther: "其他资金",
  annualTotal: "年度资金申请总额", annualAppropriation: "当年财政拨款", annualCarryOver: "上年结转资金", annualOther: "其他资金",
};
const GOAL_LABEL = { overall: "项目总目标", annual: "年度总体目标" } as const;

/** The order of indicator columns on a front-end row: 一级, 二级, 三级, then the value and its parts, then the rest. */
const SLOT_ORDER: readonly ColumnRole[] = [
  "level1", "level2", "level3", "value", "number", "unit", "longTermValue", "operator",
  "nature", "direction", "weight", "standard", "explanation", "remark",
];

/** The role of a Chinese heading, and the money unit it names. */
function roleOfHeading(text: string): { role: Role; unit: MoneyUnit | null; base: string } {
  const key = labelKey(text);
  const suffix = UNIT_SUFFIX.exec(key);
  const base = suffix ? key.slice(0, suffix.index) : key;
  const unit = suffix ? (suffix[1] as MoneyUnit) : null;
  const kind = classifyCell(base);
  switch (kind.kind) {
    case "field": return { role: { kind: "field", field: kind.field }, unit, base };
    case "fundLabel": return { role: { kind: "fund", key: FUND_KEY[kind.field] }, unit, base };
    // `项目资金(万元)` over a column of amounts: the project's money this year.
    case "fundsSection": return { role: { kind: "fund", key: "annualTotal" }, unit: unit ?? kind.unit, base };
    case "goalHeading": return { role: { kind: "goal", which: kind.which }, unit, base };
    case "indicatorHeading": return { role: { kind: "indicator", role: kind.role }, unit, base };
    default: return { role: FLAT_HEADINGS.get(base) ?? { kind: "unknown" }, unit, base };
  }
}

function scopeOf(role: Role): Scope {
  switch (role.kind) {
    case "field": case "fund": case "goal": return "project";
    case "own": return OWN_SCOPE[role.column];
    default: return "indicator";
  }
}

/** The label a front-end row gives a column: the heading itself when the form's vocabulary reads it so, else the form's word. */
function labelOf(role: Role, base: string): string {
  const kind = classifyCell(base);
  switch (role.kind) {
    case "field":
      return kind.kind === "field" && kind.field === role.field ? base : HEADER_FIELDS[role.field][0];
    case "fund":
      return kind.kind === "fundLabel" && kind.field !== "other" && FUND_KEY[kind.field] === role.key ? base : FUND_LABEL[role.key];
    case "goal":
      return kind.kind === "goalHeading" && kind.which === role.which ? base : GOAL_LABEL[role.which];
    case "indicator":
      return COLUMN_HEADINGS[role.role][0];
    default:
      return base;
  }
}

const sameRole = (a: Role, b: Role) => JSON.stringify(a) === JSON.stringify(b);

/**
 * The heading a row is, if it is one: a project-name column and indicator columns (三级, or
 * 一级 and 二级). A second column with a role already taken is read as unknown (its cells are
 * reported, not merged into the first).
 */
export function headingOf(cells: readonly RawCell[]): Heading | undefined {
  if (cells.length < 3) return undefined;
  const own = cells.every((c) => OWN_NAMES.has(c.text)) && cells.some((c) => c.text === "name") && cells.some((c) => c.text === "indicator");
  const columns: Column[] = [];
  for (const cell of cells) {
    const { role: found, unit, base } = own
      ? { role: OWN_ROLES[cell.text as FlatColumnName], unit: null, base: cell.text }
      : roleOfHeading(cell.text);
    const role = found.kind !== "unknown" && found.kind !== "own" && columns.some((c) => sameRole(c.role, found)) ? { kind: "unknown" as const } : found;
    columns.push({ cell, index: cell.index, role, scope: scopeOf(role), unit, label: labelOf(role, base) });
  }
  const has = (test: (r: Role) => boolean) => columns.some((c) => test(c.role));
  const indicator = (role: ColumnRole) => has((r) => r.kind === "indicator" && r.role === role);
  if (!has((r) => r.kind === "field" && r.field === "name")) return undefined;
  if (!indicator("level3") && !(indicator("level1") && indicator("level2"))) return undefined;
  const byIndex = new Map(columns.map((c) => [c.index, c]));
  const rank = (c: Column) => (c.role.kind === "indicator" ? SLOT_ORDER.indexOf(c.role.role) : SLOT_ORDER.length);
  const slots = columns
    .filter((c) => c.role.kind === "indicator" || (c.role.kind === "unknown"))
    .sort((a, b) => rank(a) - rank(b) || a.index - b.index);
  return { columns, own, byIndex, slots };
}
