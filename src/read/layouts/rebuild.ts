/**
 * Logical rows from a stream of cells, for the layout families that lose the table's rows
 * (one cell per line or paragraph) or keep them only as lines of text (cells between spaces,
 * cells run together). The rows are those the model builder reads from a tab-separated
 * table, rebuilt from what the cells are (classifyCell), never from positions:
 *
 *   header     [label, value, label, value …]          (a label repeated starts a new row)
 *   funds      [section?, label, amount, label, amount] (project group at 1–2, year's at 3–4)
 *   goals      [section?, 项目总目标, 年度总体目标] then each text in its heading's column
 *   headings   [一级指标, 二级指标, 三级指标, 指标值]
 *   indicator  [一级?, 二级?, 三级 name, value]            (a row ends at its value)
 *   other      [title], [year], [page mark] … one cell a row
 *
 * With `wrap` (one cell per line, as PDF text comes), a cell wrapped over several lines is
 * joined into one placed at its first part: a header value runs to the next label, a goal
 * text while its lines are full (or inside "quotes"), a 三级 name when its line is as wide as
 * the widest name and the next part is no wider. A text after a name is held until the next
 * cell says what it is: the name's value (`合理`, `可控`), the name's wrapped end, or the next
 * indicator's name.
 */
import type { RawCell, RawRow } from "../../../grammar/parser.js";
import { classifyCell, type CellKind } from "../../../grammar/cell-kinds.js";
import type { FundField } from "../../../grammar/vocabulary.js";
import { LEGACY_LEVEL2, parentOf, type Level1 } from "../../model/taxonomy.js";
import { TrailingColumns } from "./columns.js";
import { isFormLabel } from "./lexicon.js";
import { cellOf, separator, widthOf, type Piece } from "./pieces.js";

export type Section = "pre" | "header" | "funds" | "goals" | "indicators";

/** A cell being read: its parts (wrapped lines) and what the first part was classified as. */
class Open {
  readonly parts: Piece[];
  private readonly texts: string[];
  lastWidth: number;
  maxWidth: number;
  private quotes: number;

  constructor(piece: Piece, readonly kind: CellKind) {
    this.parts = [piece];
    this.texts = [piece.text];
    this.lastWidth = this.maxWidth = lineWidth(piece.text);
    this.quotes = countQuotes(piece.text);
  }

  append(piece: Piece): void {
    this.texts.push(separator(this.texts[this.texts.length - 1], piece.text), piece.text);
    this.parts.push(piece);
    this.lastWidth = lineWidth(piece.text);
    this.maxWidth = Math.max(this.maxWidth, this.lastWidth);
    this.quotes += countQuotes(piece.text);
  }

  /** Inside a "quoted" multi-line cell (a PDF extractor marks one so). */
  get quoted(): boolean {
    return this.quotes % 2 === 1;
  }

  /** The last part is as wide as the widest: the text may run on to the next line. */
  get full(): boolean {
    return this.parts.length > 0 && this.lastWidth >= this.maxWidth - 2;
  }

  get text(): string {
    return this.texts.join("");
  }

  cell(index: number): RawCell {
    return cellOf(this.parts, this.text, index);
  }
}

/** No wrapped line is this long: a longer part is measured by its length alone. */
const LONG_LINE = 256;

function lineWidth(text: string): number {
  return text.length > LONG_LINE ? 2 * text.length : widthOf(text);
}

function countQuotes(text: string): number {
  let n = 0;
  for (let i = text.indexOf('"'); i !== -1; i = text.indexOf('"', i + 1)) n++;
  return n;
}

type Slot = [Open, number];

const VALUE_KINDS = new Set(["value", "amount"]);
/** Cells that stand alone and interrupt nothing (a page footer inside a wrapped text). */
const ASIDE_KINDS = new Set(["nonData", "unitNote"]);
/** Labels that end a goal text even when its last line was full. */
const ENDS_GOAL = new Set([
  "formTitle", "heading", "year", "field", "fundsSection", "fundLabel", "goalSection", "goalHeading", "indicatorSection", "indicatorHeading",
]);
/** A wrapped part that cannot start a cell, or a part that cannot end one. */
const CONTINUATION = /^[)）、，,。.：:；;%％”’」』》\]]/;
const OPENING = /[(（“‘「『《\[\-—/]$/;
/** A note after a goal heading (`(2024 年-2026 年)`): not a goal of its own. */
const NOTE = /^[(（][^()（）]{0,28}[)）]$/;

/** Labels the model builder reads as words of an indicator inside the indicator table (build/indicators.ts). */
const WORDS_IN_INDICATOR_ROWS = new Set(["field", "fundLabel", "goalHeading", "goalSection", "year"]);

const PROJECT_FUNDS = new Set<FundField>(["projectTotal", "projectFiscal"]);

interface FundEntry {
  label: Open;
  group: "project" | "annual" | "other";
  amount?: Open;
}

interface GoalItem {
  heading?: Open;
  texts: Open[];
}

export interface RebuildOptions {
  /** Join cells wrapped over lines (one cell per line). */
  wrap: boolean;
}

export class RowBuilder {
  private readonly rows: RawRow[] = [];
  private section: Section = "pre";

  private header: Slot[] = [];
  private headerFields = new Set<string>();
  private headerAwaits = false;
  private headerOpen: Open | null = null;

  private fundsSection: Open | null = null;
  private funds: FundEntry[] = [];
  private fundsExtra: Open[] = [];
  private annualOtherSeen = false;

  private goalSections: Open[] = [];
  private goals: GoalItem[] = [];
  private goalOpen: Open | null = null;

  private headings: Open[] = [];

  private l1?: Open;
  private l2?: Open;
  private name?: Open;
  private held?: Open;
  /** Columns after the name in a table that has more than the classic four (else undefined). */
  private columns?: TrailingColumns;
  /** Cells of the open row in those columns, and the position of the next column. */
  private extra: Slot[] = [];
  private nextColumn = 0;
  /** The 一级 of the rows read last (a label above them, or their 二级's). */
  private openLevel1?: Level1;
  /** The widest line of a 三级 name seen: a name part as wide may run on. */
  private nameWidth = 0;

  constructor(private readonly options: RebuildOptions) {}

  /** The part of the table the last label opened (split-line.ts cuts lines by it). */
  get currentSection(): Section {
    return this.section;
  }

  /** Rows completed so far (taken out). */
  take(): RawRow[] {
    return this.rows.splice(0, this.rows.length);
  }

  push(piece: Piece): void {
    const kind = classifyCell(piece.text);
    if (this.options.wrap && this.continues(piece, kind)) return;
    this.read(piece, kind);
  }

  /** The end of a visual row (a line of cells between spaces or run together). */
  endRow(): void {
    this.closeHeader();
    this.closeFunds();
    this.closeHeadings();
    this.closeIndicator();
    this.goalOpen = null;
    this.headerOpen = null;
  }

  finish(): void {
    this.closeAll();
  }

  // ——— continuation of wrapped cells ———

  private continues(piece: Piece, kind: CellKind): boolean {
    const label = isFormLabel(kind);
    const stop = label || ASIDE_KINDS.has(kind.kind) || kind.kind === "formTitle" || kind.kind === "heading" || kind.kind === "year";
    if (this.headerOpen && !stop) {
      this.headerOpen.append(piece);
      return true;
    }
    const goal = this.goalOpen;
    if (goal && !ENDS_GOAL.has(kind.kind) && !ASIDE_KINDS.has(kind.kind)) {
      if (goal.quoted || (goal.full && !piece.text.startsWith('"'))) {
        goal.append(piece);
        return true;
      }
    }
    return false;
  }

  // ——— reading a cell by what it is ———

  private read(piece: Piece, kind: CellKind): void {
    const open = new Open(piece, kind);
    // Inside the indicator table, other parts' labels are an indicator's own words (an indicator
    // named `完成日期`, `财政资金到位率`'s `财政资金`, `绩效目标`), as the model builder reads them —
    // but for 项目名称, which starts the next table.
    if (this.section === "indicators" && WORDS_IN_INDICATOR_ROWS.has(kind.kind) && !(kind.kind === "field" && kind.field === "name")) {
      this.content(open, kind);
      return;
    }
    switch (kind.kind) {
      case "formTitle":
        this.closeAll();
        this.section = "pre";
        this.single(open);
        return;
      case "heading":
      case "year":
        this.closeAll();
        this.single(open);
        return;
      case "nonData":
      case "unitNote":
        this.single(open);
        return;
      case "field":
        this.enter("header");
        this.field(open, kind.field);
        return;
      case "fundsSection":
        this.enter("funds");
        this.closeFunds();
        this.annualOtherSeen = false;
        this.fundsSection = open;
        return;
      case "fundLabel":
        this.enter("funds");
        this.fundLabel(open, kind.field);
        return;
      case "goalSection":
      case "goalHeading":
        this.enter("goals");
        if (kind.kind === "goalSection") this.goalSections.push(open);
        else this.goals.push({ heading: open, texts: [] });
        this.goalOpen = null;
        return;
      case "indicatorSection":
        this.enter("indicators");
        this.closeHeadings();
        this.closeIndicator();
        this.single(open);
        return;
      case "indicatorHeading":
        this.enter("indicators");
        this.closeIndicator();
        this.headings.push(open);
        return;
      case "level1":
      case "level2":
        this.enter("indicators");
        this.closeHeadings();
        this.category(open, kind);
        return;
      default:
        this.content(open, kind);
    }
  }

  /** Close what belongs to other sections when a label of `section` comes. */
  private enter(section: Section): void {
    if (section !== "header") this.closeHeader();
    if (section !== "funds") this.closeFunds();
    if (section !== "goals") this.closeGoals();
    if (section !== "indicators") { this.closeHeadings(); this.closeIndicator(); this.openLevel1 = undefined; }
    this.section = section;
  }

  private content(open: Open, kind: CellKind): void {
    switch (this.section) {
      case "header":
        if (this.headerAwaits) {
          this.headerAwaits = false;
          this.header.push([open, this.header.length]);
          if (this.options.wrap && kind.kind !== "date" && kind.kind !== "amount") this.headerOpen = open;
        } else {
          this.header.push([open, this.header.length]);
        }
        return;
      case "funds": {
        const last = this.funds[this.funds.length - 1];
        if (last && !last.amount) last.amount = open;
        else this.fundsExtra.push(open);
        return;
      }
      case "goals": {
        if (this.goals.length === 0) this.goals.push({ texts: [] });
        this.goals[this.goals.length - 1].texts.push(open);
        this.goalOpen = this.options.wrap ? open : null;
        return;
      }
      case "indicators":
        if (VALUE_KINDS.has(kind.kind)) this.value(open);
        else this.nameOrHeld(open);
        return;
      default:
        this.single(open);
    }
  }

  // ——— header ———

  private field(open: Open, field: string): void {
    if (this.headerFields.has(field) || this.headerFields.size >= 3) this.closeHeader();
    this.headerOpen = null;
    this.header.push([open, this.header.length]);
    this.headerFields.add(field);
    this.headerAwaits = true;
  }

  private closeHeader(): void {
    if (this.header.length > 0) this.emit(this.header);
    this.header = [];
    this.headerFields = new Set();
    this.headerAwaits = false;
    this.headerOpen = null;
  }

  // ——— funds ———

  private fundLabel(open: Open, field: FundField): void {
    const group = field === "other" ? "other" : PROJECT_FUNDS.has(field) ? "project" : "annual";
    const has = (g: FundEntry["group"]) => this.funds.some((e) => e.group === g);
    const others = this.funds.filter((e) => e.group === "other").length;
    const fresh = group === "project" ? has("project") || has("annual") || others > 0
      : group === "annual" ? has("annual") || others > 0
        : others >= 2 || has("project") || has("annual");
    if (fresh) this.closeFunds();
    this.funds.push({ label: open, group });
  }

  private closeFunds(): void {
    if (this.funds.length === 0 && !this.fundsSection && this.fundsExtra.length === 0) return;
    const slots: Slot[] = [];
    if (this.fundsSection) slots.push([this.fundsSection, 0]);
    const others = this.funds.filter((e) => e.group === "other");
    for (const entry of this.funds) {
      let column = entry.group === "project" ? 1 : 3;
      if (entry.group === "other") {
        // Two on a row: the project's, then the year's; one alone: the year's, unless that was said.
        column = others.length === 2 ? (others[0] === entry ? 1 : 3) : this.annualOtherSeen ? 1 : 3;
        if (column === 3) this.annualOtherSeen = true;
      }
      slots.push([entry.label, column]);
      if (entry.amount) slots.push([entry.amount, column + 1]);
    }
    this.fundsExtra.forEach((open, i) => slots.push([open, 5 + i]));
    this.emit(slots);
    this.fundsSection = null;
    this.funds = [];
    this.fundsExtra = [];
  }

  // ——— goals ———

  private closeGoals(): void {
    if (this.goalSections.length === 0 && this.goals.length === 0) return;
    const headed = this.goals.filter((g) => g.heading);
    // Headings printed one under the other, their texts after both: the texts go to the
    // headings that have none, in order, the last heading keeping at least one.
    const last = headed[headed.length - 1];
    if (last) {
      for (const item of headed) {
        if (item === last || last.texts.length < 2) continue;
        if (item.texts.every((t) => NOTE.test(t.text))) item.texts.push(last.texts.shift()!);
      }
    }
    const columnOf = (item: GoalItem) => {
      const kind = item.heading?.kind;
      return kind?.kind === "goalHeading" ? (kind.which === "overall" ? 1 : 2) : 0;
    };
    const labels: Slot[] = this.goalSections.map((open) => [open, 0]);
    for (const item of headed) labels.push([item.heading!, columnOf(item)]);
    if (labels.length > 0) this.emit(labels);
    for (const item of this.goals) for (const text of item.texts) this.emit([[text, columnOf(item)]]);
    this.goalSections = [];
    this.goals = [];
    this.goalOpen = null;
  }

  // ——— indicators ———

  private closeHeadings(): void {
    if (this.headings.length === 0) return;
    this.emit(this.headings.map((open, i) => [open, i]));
    const columns = new TrailingColumns(this.headings.map((h) => (h.kind.kind === "indicatorHeading" ? h.kind.role : undefined)));
    this.columns = columns.extended ? columns : undefined;
    this.headings = [];
  }

  /**
   * A cell after a name in a table with more columns: taken into the row when it fits a column
   * left (a value, unit, weight, 定量 …), the row closed when no column is left.
   */
  private trailing(open: Open): boolean {
    const columns = this.columns;
    if (!columns || !this.name || this.held) return false;
    const placed = columns.place(open.text, open.kind, this.nextColumn);
    if (!placed) return false;
    this.extra.push([open, placed.index]);
    this.nextColumn = placed.next;
    if (columns.done(this.nextColumn)) this.closeIndicator();
    return true;
  }

  private category(open: Open, kind: CellKind): void {
    this.settleHeld("label");
    if (kind.kind === "level1") {
      const above = this.l1?.kind;
      const legacy = above?.kind === "level1" && LEGACY_LEVEL2[kind.level1] === above.level1;
      if (legacy && !this.l2 && !this.name) { this.l2 = open; return; }
      this.closeIndicator();
      this.l1 = open;
      return;
    }
    // A 二级 name after the row's 二级 is its 三级 name (`服务对象满意度指标 | 群众满意度`).
    if (this.l2 && !this.name) { this.nameOrHeld(open); return; }
    if (this.l2 || this.name) this.closeIndicator();
    this.l2 = open;
  }

  private value(open: Open): void {
    if (this.trailing(open)) return;
    this.settleHeld("value");
    if (this.columns && this.name && this.extra.length === 0 && this.trailing(open)) return;
    // In a table with more columns, a value after the row's columns are taken belongs to a row of its own.
    if (this.columns && this.extra.length > 0) this.closeIndicator();
    this.closeIndicator(open);
  }

  private nameOrHeld(open: Open): void {
    if (this.trailing(open)) return;
    if (this.columns && this.name && this.extra.length > 0) this.closeIndicator();
    if (this.held) this.settleHeld("text", open);
    if (this.name) { this.held = open; return; }
    this.name = open;
    this.nameWidth = Math.max(this.nameWidth, open.lastWidth);
  }

  /**
   * A text held after a name, now that the next cell is known: before a value it is the
   * name's wrapped end or the next indicator's name; before a text or a label, the value.
   */
  private settleHeld(next: "value" | "text" | "label", nextOpen?: Open): void {
    const held = this.held;
    if (!held || !this.name) return;
    this.held = undefined;
    const wraps = this.options.wrap && this.wraps(this.name, held);
    if (next === "value") {
      if (wraps) { this.name.append(held.parts[0]); return; }
      this.closeIndicator();
      this.name = held;
      this.nameWidth = Math.max(this.nameWidth, held.lastWidth);
      return;
    }
    // A name wrapped over three or more lines: the middle part is as wide as the first.
    if (next === "text" && wraps && nextOpen && held.lastWidth >= this.name.lastWidth - 1) {
      this.name.append(held.parts[0]);
      this.nameWidth = Math.max(this.nameWidth, held.lastWidth);
      return;
    }
    this.closeIndicator(held);
  }

  /** Whether `after` is the wrapped end of the name `name` rather than a cell of its own. */
  private wraps(name: Open, after: Open): boolean {
    const text = after.text;
    if (CONTINUATION.test(text) || OPENING.test(name.parts[name.parts.length - 1].text)) return true;
    return name.lastWidth >= this.nameWidth - 2 && after.lastWidth <= name.lastWidth + 1;
  }

  /** Emit the indicator row read so far, with `value` as its value. */
  private closeIndicator(value?: Open): void {
    if (this.held && !value) { value = this.held; }
    this.held = undefined;
    const slots: Slot[] = [];
    // Labels and name stand where the heading row has them (the classic 0, 1, 2, 3 by default).
    const name = this.columns?.nameIndex ?? 2;
    if (this.l1) slots.push([this.l1, Math.max(0, name - (this.legacyColumn(this.l1) ? 1 : 2))]);
    if (this.l2) slots.push([this.l2, Math.max(0, name - 1)]);
    if (this.name) slots.push([this.name, name]);
    if (value) slots.push([value, this.columns?.valueIndex ?? name + 1]);
    for (const slot of this.extra) slots.push(slot);
    this.extra = [];
    this.nextColumn = 0;
    if (slots.length > 0) this.emit(slots);
    const l1 = this.l1?.kind, l2 = this.l2?.kind;
    if (l1?.kind === "level1" && !this.legacyColumn(this.l1!)) this.openLevel1 = l1.level1;
    else if (l2?.kind === "level2") this.openLevel1 = parentOf(l2.level2) ?? this.openLevel1;
    this.l1 = this.l2 = this.name = undefined;
  }

  /**
   * 88号 tables file 成本指标 as a 二级 under 产出: printed right after 产出's rows and followed by
   * a name rather than by a 二级 of its own, it stands in the 二级 column (placement.ts reads it so).
   */
  private legacyColumn(l1: Open): boolean {
    const kind = l1.kind;
    return kind.kind === "level1" && kind.level1 === "成本指标" && !this.l2 && this.name !== undefined
      && this.openLevel1 !== undefined && LEGACY_LEVEL2[kind.level1] === this.openLevel1;
  }

  // ——— output ———

  private closeAll(): void {
    this.closeHeader();
    this.closeFunds();
    this.closeGoals();
    this.closeHeadings();
    this.closeIndicator();
  }

  private single(open: Open): void {
    this.emit([[open, 0]]);
  }

  private emit(slots: Slot[]): void {
    const first = slots[0][0].parts[0];
    this.rows.push({ line: first.line, offset: first.lineStart, cells: slots.map(([open, index]) => open.cell(index)), piped: false });
  }
}
