/** Header rows: `项目名称 | 党建经费 | 项目性质 | …` — a label cell, then its value cell. */
import { isLabel } from "../../../grammar/cell-kinds";
import type { HeaderNode } from "../nodes";
import { placeOf } from "../nodes";
import type { Row } from "./join-labels";
import type { CellLedger } from "./ledger";

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
