/** Walking the model from a rule. */
import type { DocumentNode, IndicatorNode, ProjectNode } from "../../model/nodes.js";

export function eachIndicator(document: DocumentNode, visit: (indicator: IndicatorNode, project: ProjectNode) => void): void {
  for (const project of document.projects) for (const indicator of project.indicators) visit(indicator, project);
}

/** The project whose table holds the line, if any. */
export function projectAt(document: DocumentNode, line: number): ProjectNode | null {
  return document.projects.find((p) => p.lines.start <= line && line <= p.lines.end) ?? null;
}
