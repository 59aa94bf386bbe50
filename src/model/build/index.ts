/** Build the model of one decoded text: rows → cells classified → tables → projects. */
import { parseRows } from "../../../grammar/parser";
import { classifyCell } from "../../../grammar/cell-kinds";
import type { Cell, DocumentNode } from "../nodes";
import { CellLedger } from "./ledger";
import { joinWrappedLabels, type Row } from "./join-labels";
import { segmentTables } from "./tables";
import { buildTable } from "./table";

export interface BuildOptions {
  path: string;
  encoding: string;
}

export function buildDocument(text: string, options: BuildOptions): DocumentNode {
  const ledger = new CellLedger();
  const all: Cell[] = [];
  const rows: Row[] = [];
  for (const raw of parseRows(text)) {
    if (raw.cells.length === 0) continue;
    if (raw.piped && raw.cells.every((c) => /^:?-{3,}:?$/.test(c.text))) continue; // Markdown rule row
    const cells = raw.cells.map((c): Cell => ({ ...c, kind: classifyCell(c.text) }));
    all.push(...cells);
    rows.push({ line: raw.line, cells });
  }
  const segmented = segmentTables(joinWrappedLabels(rows), ledger);
  const projects = segmented.tables
    .filter((table) => table.rows.length > 0 || table.title)
    .map((table) => buildTable(table, ledger, segmented.year));
  return {
    path: options.path,
    encoding: options.encoding,
    title: segmented.title?.text ?? null,
    titlePlace: segmented.title,
    year: segmented.year,
    projects,
    unplaced: ledger.unplaced(all),
    cellCount: all.length,
    placedCount: ledger.placedCount,
    text,
  };
}
