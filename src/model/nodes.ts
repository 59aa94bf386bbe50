/**
 * The model as the reader builds it: the public data (schema.ts) plus where each part
 * came from, so rules can point at the line and column of what they find. Amounts are
 * kept in integer fen here; serialize.ts turns them into 元 for JSON.
 */
import type { CellKind, FundField, HeaderField, NonDataKind } from "../../grammar/cell-kinds.js";
import type { MoneyUnit } from "../../grammar/money.js";
import type { IndicatorValue } from "../../grammar/value.js";
import type { RawCell } from "../../grammar/parser.js";
import type { Level1 } from "./taxonomy.js";

/** A cell with the kind its content was classified as. */
export interface Cell extends RawCell {
  kind: CellKind;
  /** The lower half of a label wrapped over two lines, read as part of this cell. */
  joined?: Cell;
}

/** Where something stands in the input. */
export interface Place {
  line: number;
  column: number;
  text: string;
  /** The place in a workbook, Word, PDF or HTML file (`Sheet1!C12`); absent for text. */
  where?: string;
}

export type FundKey =
  | "projectTotal" | "projectFiscal" | "projectOther"
  | "annualTotal" | "annualAppropriation" | "annualCarryOver" | "annualOther";

export const FUND_KEYS: readonly FundKey[] = [
  "projectTotal", "projectFiscal", "projectOther",
  "annualTotal", "annualAppropriation", "annualCarryOver", "annualOther",
];

export interface FundsNode {
  /** The unit the `项目资金` label declares; null when it declares none. */
  unit: MoneyUnit | null;
  /** Amounts in fen; null when blank. */
  fen: Record<FundKey, number | null>;
  /** Where each label and amount stands. */
  labels: Partial<Record<FundKey, Place>>;
  amounts: Partial<Record<FundKey, Place>>;
  /** Amount cells that did not parse as a whole number of fen. */
  unparsed: Array<{ key: FundKey; place: Place }>;
  section: Place | null;
}

/** How an indicator's 一级/二级 were decided (format.md §5). */
export type Placement =
  | "row" // labels on the indicator's own row
  | "above" // a label on an earlier row (the usual merged cell)
  | "below" // a label printed further down, mid-block: decided by the row's content
  | "content"; // no label applies: decided by content alone

/** What an indicator row says besides its name and value, from the columns its form has. */
export interface IndicatorExtras {
  /** 中期/长期/实施期 value when the form has one beside the year's. */
  longTermValue?: IndicatorValue;
  /** 权重/分值. */
  weight?: number;
  /** 指标性质 (正向/反向/定性/定量) as normalised. */
  nature?: string;
  /** 指标方向性. */
  direction?: string;
  /** Other columns (备注, 绩效标准, 指标值说明 …) under their heading as printed. */
  other?: Record<string, string>;
}

export interface IndicatorNode extends IndicatorExtras {
  level1: Level1 | null;
  level2: string | null;
  name: string | null;
  value: IndicatorValue;
  line: number;
  /** The first cell of the indicator (its name, or its value when the name is missing). */
  place: Place;
  nameCell: Place | null;
  valueCell: Place | null;
  /** Labels as written on the indicator's own row. */
  level1Cell: Place | null;
  level2Cell: Place | null;
  /** Where the 权重/分值 stands, when the row has one (the weight as written, for exact sums). */
  weightCell?: Place;
  placement: Placement;
}

export interface HeaderNode {
  /** The value as written, per field; absent when the field or its value is missing. */
  values: Partial<Record<HeaderField, Place>>;
  labels: Partial<Record<HeaderField, Place>>;
}

export interface GoalsNode {
  overall: string | null;
  annual: string | null;
  overallPlace: Place | null;
  annualPlace: Place | null;
  section: Place | null;
  /** Where the 项目总目标 and 年度总体目标 headings stand, when printed. */
  headings?: Partial<Record<"overall" | "annual", Place>>;
}

/** A row that is not data (a footnote, a signature, an approval): kept as written. */
export interface NoteNode {
  kind: NonDataKind;
  text: string;
  place: Place;
}

/** Two values for one field: the first is read, the other kept here and reported. */
export interface ConflictNode {
  /** The field's label as printed (`实施单位`, `年度资金申请总额`). */
  label: string;
  kept: Place;
  other: Place;
}

/** How a table was read. */
export interface LayoutNode {
  /** The layout family of its rows (`tabular`, `lines`, `spaces`, `flat` …, or a file format). */
  family: string;
  /** Non-empty cells of the table, and how many of them ended in the model. */
  cells: number;
  placed: number;
  /** Set when the table could not be read with confidence: what is missing, and the rule categories held back. */
  unreadable?: { missing: string[]; heldBack: string[] };
}

export interface ProjectNode {
  title: string | null;
  year: number | null;
  yearPlace: Place | null;
  name: string | null;
  nature: string | null;
  category: string | null;
  department: string | null;
  implementer: string | null;
  plannedStart: string | null;
  plannedEnd: string | null;
  header: HeaderNode;
  funds: FundsNode | null;
  goals: GoalsNode;
  indicators: IndicatorNode[];
  lines: { start: number; end: number };
  /** Where the table starts (its title, or its first row). */
  place: Place;
  contact?: string | null;
  notes?: NoteNode[];
  conflicts?: ConflictNode[];
  layout?: LayoutNode;
}

export interface DocumentNode {
  path: string;
  encoding: string;
  title: string | null;
  titlePlace: Place | null;
  /** The year named in the document title, when it names one. */
  year: number | null;
  projects: ProjectNode[];
  /**
   * Non-empty cells the reader could not place anywhere (nothing is dropped silently). A
   * document checked as it is read lists the first 10,000, their texts cut to 256 characters.
   */
  unplaced: Cell[];
  /** Unplaced cells beyond those listed (a run keeps at most MAX_UNPLACED_LISTED of them). */
  unplacedOmitted?: number;
  /** Count of non-empty cells read, and of those placed in the model. */
  labelCount?: number;
  cellCount: number;
  placedCount: number;
  /** The decoded text's line starts, for line/column look-ups and for showing a row. */
  text: string;
}

export type { FundField, HeaderField };

/** A cell is a place: the model points at the cell itself rather than at a copy. */
export function placeOf(cell: RawCell): Place {
  return cell;
}
