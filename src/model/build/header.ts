/** Header rows: `项目名称 | 党建经费 | 项目性质 | …` — a label cell, then its value cell. */
import { isLabel } from "../../../grammar/cell-kinds.js";
import type { HeaderNode } from "../nodes.js";
import { placeOf } from "../nodes.js";
import type { Row } from "./join-labels.js";
import type { CellLedger } from "./ledger.js";

export function readHeaderRow(row: Row, header: HeaderNode, ledger: CellLedger): void {
  row.cells.forEach((cell, i) => {
    if (cell.kind.kind !== "field") return;
    const field = cell.kind.field;
    ledger.place(cell);
    header.labels[field] ??= placeOf(cell);
    const next = row.cells[i + 1];
    if (next && !isLabel(next.kind) && !ledger.isPlaced(next)) {
      ledger.place(next);
      header.values[field] ??= placeOf(next);
    }
  });
}
