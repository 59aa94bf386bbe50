/**
 * Whether a table says its project runs over more than one year (a 阶段性 or 跨年度 project):
 * its 项目性质, a planned period longer than a year, or a project total above the year's.
 * Only what the table says counts: a sign the other way (an 经常性 or 一次性 project, a period
 * within a year, a project total equal to the year's) makes it undecided, and so does silence.
 */
import type { ProjectNode } from "./nodes.js";

export interface ProjectSpanFacts {
  nature: string | null;
  /** ISO dates (YYYY-MM-DD) as the model holds them. */
  plannedStart: string | null;
  plannedEnd: string | null;
  /** 项目资金总额 and 年度资金申请总额, in fen; null when blank. */
  projectFen: number | null;
  annualFen: number | null;
}

export type MultiYearSign =
  | { kind: "nature"; nature: string }
  | { kind: "period"; start: string; end: string }
  | { kind: "funds"; projectFen: number; annualFen: number };

export interface ProjectSpan {
  /** The first sign of a multi-year project, when the table gives one and nothing says otherwise. */
  multiYear: MultiYearSign | null;
  /** The table says the project is the year's (an 经常性/一次性 project, a period within a year, equal totals). */
  annual: boolean;
}

const MULTI_YEAR_NATURE = /阶段性|跨年|多年/;
const ANNUAL_NATURE = /经常性|一次性/;

/** The same day a year later, as a string to compare ISO dates with (`2025-02-29` sorts where 1 March would). */
function yearAfter(iso: string): string {
  return `${String(Number(iso.slice(0, 4)) + 1).padStart(4, "0")}${iso.slice(4)}`;
}

export function projectSpan(facts: ProjectSpanFacts): ProjectSpan {
  const signs: MultiYearSign[] = [];
  let annual = false;
  const nature = facts.nature?.replace(/\s+/g, "") ?? "";
  if (MULTI_YEAR_NATURE.test(nature)) signs.push({ kind: "nature", nature });
  else if (ANNUAL_NATURE.test(nature)) annual = true;
  const { plannedStart: start, plannedEnd: end } = facts;
  if (start && end && start <= end) {
    if (end >= yearAfter(start)) signs.push({ kind: "period", start, end });
    else annual = true;
  }
  const { projectFen, annualFen } = facts;
  if (projectFen !== null && annualFen !== null && annualFen > 0) {
    if (projectFen > annualFen) signs.push({ kind: "funds", projectFen, annualFen });
    else if (projectFen === annualFen) annual = true;
  }
  return { multiYear: !annual && signs.length > 0 ? signs[0] : null, annual };
}

/** The span of a project as the model holds it. */
export function spanOfProject(project: ProjectNode): ProjectSpan {
  return projectSpan({
    nature: project.nature, plannedStart: project.plannedStart, plannedEnd: project.plannedEnd,
    projectFen: project.funds?.fen.projectTotal ?? null, annualFen: project.funds?.fen.annualTotal ?? null,
  });
}
