/**
 * Helpers for the flat-export tests: an independent split of a flat export into its non-empty
 * cells (the accounting oracle: written apart from src/read/layouts/flat-records.ts), the rows
 * the front end hands on, and compact summaries of projects for golden expectations.
 */
import type { RawCell, RawRow } from "../../grammar/parser.js";
import { flat } from "../../src/read/layouts/flat.js";
import type { Indicator, Project } from "../../src/model/schema.js";

export type Syntax = "tsv" | "csv" | "markdown";

/** Offsets of the trimmed text of every non-empty cell, split without the reader under test. */
export function inputCellOffsets(text: string, syntax: Syntax): number[] {
  const out: number[] = [];
  const push = (raw: string, start: number) => {
    const lead = raw.length - raw.trimStart().length;
    if (raw.trim().length > 0) out.push(start + lead);
  };
  if (syntax === "csv") {
    const separator = (k: number) => k >= text.length || text[k] === "," || text[k] === "\n" || text[k] === "\r";
    let i = 0;
    while (i < text.length) {
      let j = i;
      while (text[j] === " " || text[j] === "\ufeff") j++;
      let k: number;
      if (text[j] === '"') {
        k = j + 1;
        while (k < text.length && !(text[k] === '"' && text[k + 1] !== '"')) k += text[k] === '"' ? 2 : 1;
        push(text.slice(j + 1, k), j + 1);
        while (!separator(k)) k++;
      } else {
        k = j;
        while (!separator(k)) k++;
        push(text.slice(i, k), i);
      }
      i = text[k] === "\r" && text[k + 1] === "\n" ? k + 2 : k + 1;
    }
    return out;
  }
  let offset = 0;
  for (const line of text.split(/(?<=\r\n|\n|\r(?!\n))/)) {
    const body = line.replace(/\r?\n$|\r$/, "");
    if (syntax === "markdown" && body.trimStart().startsWith("|")) {
      const cells: Array<[string, number]> = [];
      let from = body.indexOf("|") + 1;
      for (let k = from; k <= body.length; k++) {
        if (body[k] === "\\") { k++; continue; }
        if (k < body.length && body[k] !== "|") continue;
        cells.push([body.slice(from, k), offset + from]);
        from = k + 1;
      }
      const filled = cells.filter(([c]) => c.trim().length > 0);
      const rule = filled.length > 0 && filled.every(([c]) => /^:?-{3,}:?$/.test(c.trim()));
      if (!rule) for (const [c, at] of filled) push(c, at);
    } else if (syntax === "tsv") {
      let from = 0;
      for (const field of body.split("\t")) { push(field, offset + from); from += field.length + 1; }
    } else push(body, offset);
    offset += line.length;
  }
  return out;
}

/** The rows the flat front end hands on for a text given in pieces. */
export function flatRows(pieces: string[]): RawRow[] {
  return [...flat.rows(pieces, 0)];
}

/** Real cells handed on in rows, and cells accounted for by the front end. */
export function handedOn(rows: RawRow[]): { real: RawCell[]; accounted: RawCell[]; synthetic: RawCell[] } {
  const real: RawCell[] = [], accounted: RawCell[] = [], synthetic: RawCell[] = [];
  for (const row of rows) {
    for (const cell of row.cells) (cell.synthetic ? synthetic : real).push(cell);
    accounted.push(...(row.accounted ?? []));
  }
  return { real, accounted, synthetic };
}

/** A value as operator, number and unit (or `~text` for a qualitative one, `@date` for a deadline, `—` when missing). */
export function valueOf(value: Indicator["value"]): string {
  if (value.kind === "missing") return "—";
  if (value.kind === "qualitative") return `~${value.text}`;
  if (value.kind === "deadline") return `${value.operator ?? ""}@${value.date}`;
  return `${value.operator ?? ""}${value.number}${value.unit ? `(${value.unit})` : ""}`;
}

/** A project in a line or two: what a golden expectation pins down. */
export function summary(p: Project) {
  return {
    title: p.title, name: p.name, implementer: p.implementer, department: p.department,
    funds: p.funds && [p.funds.unit, p.funds.annualTotal, p.funds.annualAppropriation],
    goals: [p.goals.overall, p.goals.annual],
    indicators: p.indicators.map((i) => `${i.level1}/${i.level2}/${i.name}`),
  };
}

export const values = (p: Project) => p.indicators.map((i) => valueOf(i.value));
