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
  return { level1: node.level1, level2: node.level2, name: node.name, value: node.value, line: node.line };
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
  };
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
