/**
 * The funds block rebuilt as the form prints it: the project's group in columns 1–2, the
 * year's in 3–4, the `项目资金（万元）` label in column 0. A label of a group already on the row
 * (or a project label after the year's) starts the next row. `其他资金` stands in both groups:
 * two on a row are the project's then the year's, one alone the year's unless the year's was
 * said (model builder: builder/funds.ts reads the columns).
 */
import type { FundField } from "../../../grammar/vocabulary.js";
import type { OpenCell, Slot } from "./open-cell.js";

const PROJECT_FUNDS = new Set<FundField>(["projectTotal", "projectFiscal"]);

interface Entry {
  label: OpenCell;
  group: "project" | "annual" | "other";
  amount?: OpenCell;
}

export class FundsRows {
  private section: OpenCell | null = null;
  private entries: Entry[] = [];
  private extra: OpenCell[] = [];
  private annualOtherSeen = false;

  constructor(private readonly emit: (slots: Slot[]) => void) {}

  /** `项目资金（万元）`: a new funds block. */
  startBlock(section: OpenCell): void {
    this.close();
    this.annualOtherSeen = false;
    this.section = section;
  }

  label(open: OpenCell, field: FundField): void {
    const group = field === "other" ? "other" : PROJECT_FUNDS.has(field) ? "project" : "annual";
    const has = (g: Entry["group"]) => this.entries.some((e) => e.group === g);
    const others = this.entries.filter((e) => e.group === "other").length;
    const fresh = group === "project" ? has("project") || has("annual") || others > 0
      : group === "annual" ? has("annual") || others > 0
        : others >= 2 || has("project") || has("annual");
    if (fresh) this.close();
    this.entries.push({ label: open, group });
  }

  /** An amount (or anything else) after a label: the label's amount, else a stray cell of the row. */
  content(open: OpenCell): void {
    const last = this.entries[this.entries.length - 1];
    if (last && !last.amount) last.amount = open;
    else this.extra.push(open);
  }

  close(): void {
    if (this.entries.length === 0 && !this.section && this.extra.length === 0) return;
    const slots: Slot[] = [];
    if (this.section) slots.push([this.section, 0]);
    const others = this.entries.filter((e) => e.group === "other");
    for (const entry of this.entries) {
      let column = entry.group === "project" ? 1 : 3;
      if (entry.group === "other") {
        column = others.length === 2 ? (others[0] === entry ? 1 : 3) : this.annualOtherSeen ? 1 : 3;
        if (column === 3) this.annualOtherSeen = true;
      }
      slots.push([entry.label, column]);
      if (entry.amount) slots.push([entry.amount, column + 1]);
    }
    this.extra.forEach((open, i) => slots.push([open, 5 + i]));
    this.emit(slots);
    this.section = null;
    this.entries = [];
    this.extra = [];
  }
}
