/** Walking the model from a rule. */
import type { DocumentNode, IndicatorNode, ProjectNode } from "../../model/nodes.js";

export function eachIndicator(document: DocumentNode, visit: (indicator: IndicatorNode, project: ProjectNode) => void): void {
  for (const project of document.projects) for (const indicator of project.indicators) visit(indicator, project);
}

/** The project whose table holds the line, if any (the first, should tables overlap). */
export function projectAt(document: DocumentNode, line: number): ProjectNode | null {
  const projects = document.projects;
  if (!inOrder(projects)) return projects.find((p) => p.lines.start <= line && line <= p.lines.end) ?? null;
  // Tables one after the other: the last starting at or before the line (10,000 cells × 12,000 tables is no scan).
  let low = 0, high = projects.length - 1, at = -1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if (projects[middle].lines.start <= line) { at = middle; low = middle + 1; } else high = middle - 1;
  }
  return at >= 0 && line <= projects[at].lines.end ? projects[at] : null;
}

const ordered = new WeakMap<readonly ProjectNode[], { length: number; inOrder: boolean }>();

/** Whether each table ends before the next starts (as a document's tables do). */
function inOrder(projects: readonly ProjectNode[]): boolean {
  let known = ordered.get(projects);
  if (known?.length !== projects.length) {
    known = { length: projects.length, inOrder: projects.every((p, i) => p.lines.start <= p.lines.end && (i === 0 || projects[i - 1].lines.end < p.lines.start)) };
    ordered.set(projects, known);
  }
  return known.inOrder;
}
