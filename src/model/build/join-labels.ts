/**
 * Labels wrapped over two lines (`绩效  ` then `指标`, `可持续影` then `响指标`): when a cell
 * and the cell in the same position on the next row only make a known label together,
 * they are read as one cell standing on the first line.
 */
import { labelKey } from "../../../grammar/normalize";
import { classifyCell, isKnownLabelKey } from "../../../grammar/cell-kinds";
import type { Cell } from "../nodes";

export interface Row {
  line: number;
  cells: Cell[];
}

export function joinWrappedLabels(rows: Row[]): Row[] {
  for (let r = 0; r + 1 < rows.length; r++) {
    const upper = rows[r], lower = rows[r + 1];
    if (lower.line !== upper.line + 1) continue;
    for (const top of upper.cells) {
      if (top.kind.kind !== "text") continue;
      const bottom = lower.cells.find((c) => c.index === top.index && c.kind.kind === "text")
        ?? (lower.cells.length === 1 && lower.cells[0].kind.kind === "text" ? lower.cells[0] : undefined);
      if (!bottom) continue;
      const joined = labelKey(top.text) + labelKey(bottom.text);
      if (!isKnownLabelKey(joined)) continue;
      top.text = top.text + bottom.text;
      top.kind = classifyCell(joined);
      top.joined = bottom;
      lower.cells = lower.cells.filter((c) => c !== bottom);
    }
  }
  return rows.filter((row) => row.cells.length > 0);
}
