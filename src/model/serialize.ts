/** The model as the public JSON of cli.md (amounts in 元, no source positions). */
import { fenToYuan } from "../../grammar/money.js";
import type { DocumentNode, FundsNode, IndicatorNode, ProjectNode } from "./nodes.js";
import type { DeclarationDocument, Diagnostic, Funds, Indicator, Project } from "./schema.js";

export function fundsToJson(funds: FundsNode | null): Funds | null {
  if (!funds) return null;
  const yuan = (fen: number | null) => (fen === null ? null : fenToYuan(fen));
  return {
    unit: funds.unit,
    projectTotal: yuan(funds.fen.projectTotal),
    projectFiscal: yuan(funds.fen.projectFiscal),
    projectOther: yuan(funds.fen.projectOther),
    annualTotal: yuan(funds.fen.annualTotal),
    annualAppropriation: yuan(funds.fen.annualAppropriation),
    annualCarryOver: yuan(funds.fen.annualCarryOver),
    annualOther: yuan(funds.fen.annualOther),
  };
}

export function indicatorToJson(node: IndicatorNode): Indicator {
  const out: Omit<Indicator, "line"> & { line?: number } = { level1: node.level1, level2: node.level2, name: node.name, value: node.value };
  if (node.longTermValue) out.longTermValue = node.longTermValue;
  if (node.weight !== undefined) out.weight = node.weight;
  if (node.nature !== undefined) out.nature = node.nature;
  if (node.direction !== undefined) out.direction = node.direction;
  if (node.other) out.other = node.other;
  out.line = node.line; // last, after the optional fields (the JSON's key order)
  return out as Indicator;
}

export function projectToJson(node: ProjectNode): Project {
  return {
    title: node.title,
    year: node.year,
    name: node.name,
    nature: node.nature,
    category: node.category,
    department: node.department,
    implementer: node.implementer,
    plannedStart: node.plannedStart,
    plannedEnd: node.plannedEnd,
    funds: fundsToJson(node.funds),
    goals: { overall: node.goals.overall, annual: node.goals.annual },
    indicators: node.indicators.map(indicatorToJson),
    lines: node.lines,
    ...(node.contact ? { contact: node.contact } : {}),
    ...asWritten(node),
    ...(node.notes && node.notes.length > 0 ? { notes: node.notes.map((n) => ({ kind: n.kind, text: n.text, line: n.place.line })) } : {}),
    ...(node.layout ? { layout: { family: node.layout.family, cells: node.layout.cells, placed: share(node.layout) } } : {}),
  };
}

/** Amounts and dates that are there but could not be read, as written. */
function asWritten(node: ProjectNode): { asWritten?: Record<string, string> } {
  const out: Record<string, string> = {};
  for (const { key, place } of node.funds?.unparsed ?? []) out[key] = place.text;
  for (const field of ["plannedStart", "plannedEnd"] as const) {
    const place = node.header.values[field];
    if (place && node[field] === null) out[field] = place.text;
  }
  return Object.keys(out).length > 0 ? { asWritten: out } : {};
}

/** The share of a table's cells that were placed, to three decimals (1 for a table of no cells). */
function share(layout: { cells: number; placed: number }): number {
  return layout.cells === 0 ? 1 : Math.round((layout.placed / layout.cells) * 1000) / 1000;
}

export function documentToJson(node: DocumentNode, diagnostics: Diagnostic[]): DeclarationDocument {
  return {
    path: node.path,
    encoding: node.encoding,
    title: node.title,
    projects: node.projects.map(projectToJson),
    diagnostics,
  };
}
