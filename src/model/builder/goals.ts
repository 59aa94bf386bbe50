/**
 * Goal text (format.md §1): under the `项目总目标` and `年度总体目标` headings. A text goes to
 * the heading in its own column; failing that, one text is the annual goal and two are
 * (overall, annual) in order. A heading sharing its cell with a note (`项目总体目标\n(2024 年-2026
 * 年)`, as a workbook holds it) is a heading, its note the goal's first words. HTML is stripped
 * and entities decoded.
 */
import { classifyCell, isLabel } from "../../../grammar/cell-kinds.js";
import { NOTE } from "../../read/layouts/goal-rows.js";
import type { Cell, GoalsNode } from "../nodes.js";
import { placeOf } from "../nodes.js";
import type { Row } from "./join-labels.js";
import type { CellLedger } from "./ledger.js";

export function emptyGoals(): GoalsNode {
  return { overall: null, annual: null, overallPlace: null, annualPlace: null, section: null };
}

export class GoalReader {
  private readonly columns: { overall?: number; annual?: number } = {};
  private readonly texts: Cell[] = [];
  /** Texts written right after their heading on the same row (`年度总体目标 | 全年…`). */
  private readonly inline = new Map<Cell, "overall" | "annual">();
  /** The note of a cell that holds a heading and its note: the text it gives the goal. */
  private readonly noteOf = new Map<Cell, string>();

  constructor(private readonly goals: GoalsNode, private readonly ledger: CellLedger) {}

  /** Take the labels and texts of a goal row. */
  read(row: Row): void {
    let heading: "overall" | "annual" | undefined;
    for (const cell of row.cells) {
      if (cell.kind.kind === "goalSection") {
        this.ledger.place(cell);
        this.goals.section ??= placeOf(cell);
        heading = undefined;
      } else if (cell.kind.kind === "goalHeading") {
        this.ledger.place(cell);
        this.heading(cell, cell.kind.which);
        heading = cell.kind.which;
      } else if (!isLabel(cell.kind) && headingWithNote(cell.text)) {
        const { which, note } = headingWithNote(cell.text)!;
        this.ledger.place(cell);
        this.heading(cell, which);
        heading = which;
        if (note) {
          this.texts.push(cell);
          this.inline.set(cell, which);
          this.noteOf.set(cell, note);
          heading = undefined;
        }
      } else if (!isLabel(cell.kind)) {
        this.ledger.place(cell);
        this.texts.push(cell);
        if (heading) this.inline.set(cell, heading);
        heading = undefined;
      }
    }
  }

  private heading(cell: Cell, which: "overall" | "annual"): void {
    this.columns[which] ??= cell.index;
    this.goals.headings ??= {};
    this.goals.headings[which] ??= placeOf(cell);
  }

  /**
   * Assign the texts read to the two goals. `annualProject`: the table says the project is
   * the year's (or leaves the whole project's money blank and says nothing of more years), so
   * a lone goal text is the year's even where a row lost an empty cell and shifted it under
   * 项目总目标. A project the table says runs over years keeps a lone text where its column
   * puts it: under 项目总目标 it is the overall goal.
   */
  finish(context: { annualProject?: boolean } = {}): void {
    const overall: Cell[] = [], annual: Cell[] = [];
    const { overall: oc, annual: ac } = this.columns;
    const unaligned: Cell[] = [];
    const lone = this.texts.length === 1 && ac !== undefined && context.annualProject === true;
    for (const cell of this.texts) {
      const inline = this.inline.get(cell);
      if (inline) (inline === "annual" ? annual : overall).push(cell);
      else if (cell.index === ac || lone) annual.push(cell);
      else if (cell.index === oc) overall.push(cell);
      else unaligned.push(cell);
    }
    if (unaligned.length > 0) {
      if (oc !== undefined && ac !== undefined) {
        for (const cell of unaligned) {
          (Math.abs(cell.index - oc) < Math.abs(cell.index - ac) ? overall : annual).push(cell);
        }
      } else if (unaligned.length >= 2 && overall.length === 0 && annual.length === 0) {
        overall.push(unaligned[0]);
        annual.push(...unaligned.slice(1));
      } else {
        annual.push(...unaligned);
      }
    }
    this.goals.overall = this.joinText(overall);
    this.goals.annual = this.joinText(annual);
    this.goals.overallPlace = overall[0] ? placeOf(overall[0]) : null;
    this.goals.annualPlace = annual[0] ? placeOf(annual[0]) : null;
  }

  private joinText(cells: Cell[]): string | null {
    const text = cells.map((c) => stripHtml(this.noteOf.get(c) ?? c.text)).filter((t) => t.length > 0).join("\n");
    return text.length > 0 ? text : null;
  }
}

/** Longer than this, a cell is text, not a heading and its note. */
const MAX_HEADING_WITH_NOTE = 60;

/** `项目总体目标\n(2024 年-2026 年)`: the heading and the note after it, when the cell holds just that. */
function headingWithNote(text: string): { which: "overall" | "annual"; note: string } | undefined {
  if (text.length > MAX_HEADING_WITH_NOTE || !text.includes("\n")) return undefined;
  const lines = text.split("\n").map((line) => line.trim()).filter((line) => line.length > 0);
  if (lines.length < 2) return undefined;
  const kind = classifyCell(lines[0]);
  const note = lines.slice(1).join("");
  if (kind.kind !== "goalHeading" || !NOTE.test(note.replace(/\s+/g, ""))) return undefined;
  return { which: kind.which, note };
}

/** Tags of the few HTML elements goal text carries; `A<B且C>D` is text, not a tag. */
const HTML_TAG = /<\/?(?:p|br|div|span|font|strong|b|i|em|u|s|sub|sup|ul|ol|li|table|tbody|thead|tr|td|th|h[1-6]|a|img|hr|pre|code|blockquote|section|article|center|o:p)(?:\s[^<>]{0,200})?\s*\/?>/gi;

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " " };

/** `<p>a</p><p>b</p>` → `a\nb`; `&amp;` → `&`. */
export function stripHtml(text: string): string {
  return text
    .replace(/<\s*br\s*\/?>|<\/\s*p\s*>\s*<\s*p[^>]*>/gi, "\n")
    .replace(HTML_TAG, "")
    .replace(/&(#x[0-9a-fA-F]{1,6}|#\d{1,7}|[a-zA-Z]{2,6});/g, (whole, entity: string) => {
      if (entity[0] !== "#") return ENTITIES[entity.toLowerCase()] ?? whole;
      const code = entity[1] === "x" || entity[1] === "X" ? parseInt(entity.slice(2), 16) : parseInt(entity.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    })
    .trim();
}
