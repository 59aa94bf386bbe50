/** Header rows: `项目名称 | 党建经费 | 项目性质 | …` — a label cell, then its value cell. */
import { isLabel } from "../../../grammar/cell-kinds.js";
import type { ConflictNode, HeaderNode } from "../nodes.js";
import { isDateText } from "../../../grammar/date.js";

const DATE_FIELDS = new Set(["plannedStart", "plannedEnd"]);
import { placeOf } from "../nodes.js";
import type { Row } from "./join-labels.js";
import type { CellLedger } from "./ledger.js";

/** A second value for a field is kept as a conflict, never written over the first. */
export function readHeaderRow(row: Row, header: HeaderNode, ledger: CellLedger, conflicts: ConflictNode[]): void {
  row.cells.forEach((cell, i) => {
    if (cell.kind.kind !== "field") return;
    const field = cell.kind.field;
    ledger.place(cell);
    header.labels[field] ??= placeOf(cell);
    const next = row.cells[i + 1];
    if (next && !isLabel(next.kind) && !ledger.isPlaced(next)) {
      ledger.place(next);
      const kept = header.values[field];
      const label = cell.text.replace(/[:：]$/, "");
      if (!kept) header.values[field] = placeOf(next);
      else if (kept.text === next.text) return;
      else if (DATE_FIELDS.has(field) && !isDateText(kept.text) && isDateText(next.text)) {
        // Of two values for a date, the one that reads as a date is the field's (the other is kept and reported).
        header.values[field] = placeOf(next);
        conflicts.push({ label, kept: next, other: kept });
      } else conflicts.push({ label, kept, other: placeOf(next) });
    }
  });
}
