/**
 * Split a document's rows into declaration tables. A table starts at a form title
 * (`财政项目支出绩效目标申报表`) or at a `项目名称` row when the open table already has a name;
 * a heading before the first table is the document's title (the 汇总表 line).
 */
import type { Cell, Place } from "../nodes";
import { placeOf } from "../nodes";
import type { Row } from "./join-labels";
import type { CellLedger } from "./ledger";

export interface TableRows {
  title: Place | null;
  rows: Row[];
}

export interface Segmented {
  title: Place | null;
  year: number | null;
  tables: TableRows[];
}

const YEAR_IN_TITLE = /(\d{4})\s*年/;

export function segmentTables(rows: Row[], ledger: CellLedger): Segmented {
  const out: Segmented = { title: null, year: null, tables: [] };
  let open: TableRows | null = null;
  let openHasName = false;

  const start = (title: Place | null): TableRows => {
    open = { title, rows: [] };
    openHasName = false;
    out.tables.push(open);
    return open;
  };

  for (const row of rows) {
    const formTitle = row.cells.find((c) => c.kind.kind === "formTitle");
    const heading = row.cells.find((c) => c.kind.kind === "heading");
    const nameField = row.cells.find((c) => c.kind.kind === "field" && c.kind.field === "name");
    if (formTitle && formTitle.kind.kind === "formTitle") {
      ledger.place(formTitle);
      const table = start({ ...placeOf(formTitle), text: formTitle.kind.title });
      const rest = row.cells.filter((c) => c !== formTitle);
      if (rest.length > 0) table.rows.push({ line: row.line, cells: rest });
      continue;
    }
    if (heading && heading.kind.kind === "heading" && open === null && out.title === null) {
      ledger.place(heading);
      out.title = { ...placeOf(heading), text: heading.kind.title };
      const year = YEAR_IN_TITLE.exec(heading.kind.title);
      if (year) out.year = Number(year[1]);
      continue;
    }
    if (nameField && (open === null || openHasName)) start(null);
    if (nameField) openHasName = true;
    if (open === null) continue; // cells before any table stay unplaced and are reported
    (open as TableRows).rows.push(row);
  }
  return out;
}

export function firstCell(row: Row): Cell {
  return row.cells[0];
}
