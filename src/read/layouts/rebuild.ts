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
 * text while its lines are full (or inside "quotes"), a 三级 name as indicator-rows.ts says.
 * This module reads each cell by what it is and keeps the header; the funds, goals and
 * indicator rows are made in funds-rows.ts, goal-rows.ts and indicator-rows.ts.
 */
import type { RawRow } from "../../../grammar/parser.js";
import { classifyCell, type CellKind } from "../../../grammar/cell-kinds.js";
import { FundsRows } from "./funds-rows.js";
import { GoalRows } from "./goal-rows.js";
import { IndicatorRows } from "./indicator-rows.js";
import { isFormLabel } from "./lexicon.js";
import { OpenCell as Open, type Slot } from "./open-cell.js";
import type { Piece } from "./pieces.js";

export type Section = "pre" | "header" | "funds" | "goals" | "indicators";

const VALUE_KINDS = new Set(["value", "amount"]);
/** Cells that stand alone and interrupt nothing (a page footer inside a wrapped text). */
const ASIDE_KINDS = new Set(["nonData", "unitNote"]);
/** Labels that end a goal text even when its last line was full. */
const ENDS_GOAL = new Set([
  "formTitle", "heading", "year", "field", "fundsSection", "fundLabel", "goalSection", "goalHeading", "indicatorSection", "indicatorHeading",
]);
/** Labels the model builder reads as words of an indicator inside the indicator table (builder/indicators.ts). */
const WORDS_IN_INDICATOR_ROWS = new Set(["field", "fundLabel", "goalHeading", "goalSection", "year"]);

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

  private readonly funds = new FundsRows((slots) => this.emit(slots));
  private readonly goals = new GoalRows((slots) => this.emit(slots));
  /** The goal text being read, while it may run on (one cell per line). */
  private goalOpen: Open | null = null;

  private readonly indicators: IndicatorRows;

  constructor(private readonly options: RebuildOptions) {
    this.indicators = new IndicatorRows((slots) => this.emit(slots), options.wrap);
  }

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
    this.funds.close();
    this.indicators.close();
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
        this.funds.startBlock(open);
        return;
      case "fundLabel":
        this.enter("funds");
        this.funds.label(open, kind.field);
        return;
      case "goalSection":
      case "goalHeading":
        this.enter("goals");
        if (kind.kind === "goalSection") this.goals.section(open);
        else this.goals.heading(open);
        this.goalOpen = null;
        return;
      case "indicatorSection":
        this.enter("indicators");
        this.indicators.close();
        this.single(open);
        return;
      case "indicatorHeading":
        this.enter("indicators");
        this.indicators.heading(open);
        return;
      case "level1":
      case "level2":
        this.enter("indicators");
        this.indicators.category(open, kind);
        return;
      default:
        this.content(open, kind);
    }
  }

  /** Close what belongs to other sections when a label of `section` comes. */
  private enter(section: Section): void {
    if (section !== "header") this.closeHeader();
    if (section !== "funds") this.funds.close();
    if (section !== "goals") { this.goals.close(); this.goalOpen = null; }
    if (section !== "indicators") this.indicators.leave();
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
      case "funds":
        this.funds.content(open);
        return;
      case "goals":
        this.goals.text(open);
        this.goalOpen = this.options.wrap ? open : null;
        return;
      case "indicators":
        if (VALUE_KINDS.has(kind.kind)) this.indicators.value(open);
        else this.indicators.nameOrHeld(open);
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

  // ——— indicators ———

  // ——— output ———

  private closeAll(): void {
    this.closeHeader();
    this.funds.close();
    this.goals.close();
    this.goalOpen = null;
    this.indicators.close();
  }

  private single(open: Open): void {
    this.emit([[open, 0]]);
  }

  private emit(slots: Slot[]): void {
    const first = slots[0][0].parts[0];
    this.rows.push({ line: first.line, offset: first.lineStart, cells: slots.map(([open, index]) => open.cell(index)), piped: false });
  }
}
