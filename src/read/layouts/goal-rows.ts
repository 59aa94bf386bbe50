/**
 * The goals block rebuilt as the form prints it: its labels on one row (`项目 绩效 目标` in
 * column 0, `项目总目标` in 1, `年度总体目标` in 2), then each goal text in its heading's column
 * (builder/goals.ts reads them by column). A text goes to the heading before it; when headings
 * were printed one under the other and their texts after both, the texts go to the headings
 * that have none, in order, the last keeping at least one. The block is held until it ends.
 */
import type { OpenCell, Slot } from "./open-cell.js";

/** A note after a goal heading (`(2024 年-2026 年)`): not a goal of its own. */
export const NOTE = /^[(（][^()（）]{0,28}[)）]$/;

interface Item {
  heading?: OpenCell;
  texts: OpenCell[];
}

export class GoalRows {
  private sections: OpenCell[] = [];
  private items: Item[] = [];

  constructor(private readonly emit: (slots: Slot[]) => void) {}

  section(open: OpenCell): void {
    this.sections.push(open);
  }

  heading(open: OpenCell): void {
    this.items.push({ heading: open, texts: [] });
  }

  text(open: OpenCell): void {
    if (this.items.length === 0) this.items.push({ texts: [] });
    this.items[this.items.length - 1].texts.push(open);
  }

  close(): void {
    if (this.sections.length === 0 && this.items.length === 0) return;
    const headed = this.items.filter((g) => g.heading);
    const last = headed[headed.length - 1];
    if (last) {
      for (const item of headed) {
        if (item === last || last.texts.length < 2) continue;
        if (item.texts.every((t) => NOTE.test(t.text))) item.texts.push(last.texts.shift()!);
      }
    }
    const columnOf = (item: Item) => {
      const kind = item.heading?.kind;
      return kind?.kind === "goalHeading" ? (kind.which === "overall" ? 1 : 2) : 0;
    };
    const labels: Slot[] = this.sections.map((open) => [open, 0]);
    for (const item of headed) labels.push([item.heading!, columnOf(item)]);
    if (labels.length > 0) this.emit(labels);
    for (const item of this.items) for (const text of item.texts) this.emit([[text, columnOf(item)]]);
    this.sections = [];
    this.items = [];
  }
}
