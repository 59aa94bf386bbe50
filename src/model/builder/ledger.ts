/** Keeps account of which cells ended in the model, so none is dropped silently. */
import type { Cell } from "../nodes.js";

export class CellLedger {
  private readonly placed = new Set<Cell>();

  place(cell: Cell): void {
    this.placed.add(cell);
    if (cell.joined) this.placed.add(cell.joined);
  }

  /** Take back a cell placed before the rest of its row showed what it is. */
  unplace(cell: Cell): void {
    this.placed.delete(cell);
  }

  isPlaced(cell: Cell): boolean {
    return this.placed.has(cell);
  }

  get placedCount(): number {
    return this.placed.size;
  }

  /** The cells of `cells` that were never placed. */
  unplaced(cells: Iterable<Cell>): Cell[] {
    const out: Cell[] = [];
    for (const cell of cells) if (!this.placed.has(cell)) out.push(cell);
    return out;
  }
}
