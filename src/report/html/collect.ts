/**
 * The batch as the HTML report needs it, gathered file by file: each finding matched to its
 * project (by the table's lines) and to the cell it points at (by line and column), counts per
 * project, rule and severity, and the projects themselves kept as the compact JSON strings the
 * reader produced (a batch of thousands of tables is held as text, not as model objects).
 */
import type { Diagnostic, Project, Severity } from "../../model/schema.js";
import type { Rule } from "../../engine/rule.js";
import type { FileResult } from "../model.js";
import type { PlacesJson } from "../projects.js";

export const SEVERITIES: readonly Severity[] = ["error", "warning", "info"];

export interface FileEntry {
  path: string;
  encoding: string | null;
  /** The document's title (a 汇总表 heading), when it has one. */
  title: string | null;
  /** Why the file could not be read. */
  error: string | null;
  /** Index of its first project, and how many. */
  firstProject: number;
  projectCount: number;
}

export interface ProjectRow {
  file: number;
  name: string | null;
  implementer: string | null;
  /** 年度资金申请总额 in fen. */
  annualFen: number | null;
  lines: [number, number];
  /** Findings at error, warning, info severity. */
  counts: [number, number, number];
}

/**
 * One finding as the page script reads it:
 * `[severity (0 error, 1 warning, 2 info), rule index, file, project (-1: the file's), line, column, cell key ("" for the table), message, where]`.
 */
export type FindingTuple = [number, number, number, number, number | null, number | null, string, string, string | null];

export class Batch {
  readonly files: FileEntry[] = [];
  readonly projects: ProjectRow[] = [];
  /** Each project as the page draws it (`PageProjectData`, JSON), in the order of `projects`. */
  readonly projectJson: string[] = [];
  /** Each file's findings as a JSON array of FindingTuple (without brackets), in file order. */
  readonly findingJson: string[] = [];
  findingCount = 0;
  readonly severityCounts: [number, number, number] = [0, 0, 0];
  /** Per rule (index into `rules`): counts per severity. */
  readonly ruleCounts: Array<[number, number, number]>;
  private readonly ruleIndex: Map<string, number>;

  constructor(readonly rules: readonly Rule[]) {
    this.ruleCounts = rules.map(() => [0, 0, 0]);
    this.ruleIndex = new Map(rules.map((rule, i) => [rule.id, i]));
  }

  add(result: FileResult): void {
    const fileIndex = this.files.length;
    const first = this.projects.length;
    const full = result.full?.projects ?? [];
    const places: PlacesJson[] = [];
    for (const record of full) {
      const project = JSON.parse(record.json) as Project;
      const place = JSON.parse(record.places) as PlacesJson;
      this.projectJson.push(JSON.stringify(pageProject(project)));
      places.push(place);
      this.projects.push({
        file: fileIndex,
        name: project.name,
        implementer: project.implementer,
        annualFen: project.funds?.annualTotal == null ? null : Math.round(project.funds.annualTotal * 100),
        lines: place.lines,
        counts: [0, 0, 0],
      });
    }
    this.files.push({
      path: result.path,
      encoding: result.encoding ?? null,
      title: result.full?.title ?? null,
      error: result.error ?? null,
      firstProject: first,
      projectCount: full.length,
    });

    const match = new FindingMatcher(places);
    const tuples: string[] = [];
    for (const d of result.diagnostics) {
      const severity = SEVERITIES.indexOf(d.severity);
      const rule = this.ruleIndex.get(d.ruleId) ?? -1;
      const { project, cell } = match.place(d);
      const global = project < 0 ? -1 : first + project;
      if (global >= 0) this.projects[global].counts[severity] += 1;
      this.severityCounts[severity] += 1;
      if (rule >= 0) this.ruleCounts[rule][severity] += 1;
      const tuple: FindingTuple = [severity, rule, fileIndex, global, d.line, d.column, cell, d.message, d.place ?? null];
      tuples.push(JSON.stringify(tuple));
    }
    this.findingCount += tuples.length;
    if (tuples.length > 0) this.findingJson.push(tuples.join(","));
  }
}

/**
 * What the page needs of a project to draw its form: `convert`'s JSON with each indicator as
 * a short array, which makes the embedded data of a large batch about half as big.
 */
export interface PageProjectData extends Omit<Project, "indicators" | "lines"> {
  /** `[一级, 二级, 三级, value kind (0 quantitative, 1 qualitative or a deadline, 2 missing), value as written, line]`. */
  ind: Array<[string | null, string | null, string | null, 0 | 1 | 2, string | null, number]>;
  lines: [number, number];
}

export function pageProject(project: Project): PageProjectData {
  const { indicators, lines, ...rest } = project;
  return {
    ...rest,
    ind: indicators.map((i) => [i.level1, i.level2, i.name,
      i.value.kind === "quantitative" ? 0 : i.value.kind === "missing" ? 2 : 1,
      i.value.kind === "missing" ? null : i.value.text, i.line]),
    lines: [lines.start, lines.end],
  };
}

/**
 * Which project and cell a finding is about. A finding with a project belongs to the table
 * whose lines hold it (names can repeat in a document, lines cannot); its cell is the one at
 * exactly its line and column. Findings that point at the table as a whole (a missing 一级,
 * too few indicators) and findings that match no drawn cell are the table's own (cell "").
 */
export class FindingMatcher {
  private readonly cells = new Map<number, Map<string, string>>();

  constructor(private readonly places: PlacesJson[]) {}

  place(d: Pick<Diagnostic, "line" | "column" | "project">): { project: number; cell: string } {
    if (d.project === null) return { project: -1, cell: "" };
    const project = d.line === null ? -1 : this.projectAt(d.line);
    if (project < 0) return { project: -1, cell: "" };
    return { project, cell: d.line === null || d.column === null ? "" : this.cellAt(project, d.line, d.column) };
  }

  /** The table whose lines hold `line` (tables come in order and do not overlap). */
  private projectAt(line: number): number {
    let lo = 0, hi = this.places.length - 1, found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (this.places[mid].lines[0] <= line) { found = mid; lo = mid + 1; } else hi = mid - 1;
    }
    return found >= 0 && line <= this.places[found].lines[1] ? found : -1;
  }

  private cellAt(project: number, line: number, column: number): string {
    let byPlace = this.cells.get(project);
    if (!byPlace) {
      byPlace = new Map();
      // The most specific cell first: the first key for a place wins; `table` never names a cell.
      for (const [l, c, key] of this.places[project].cells) {
        const at = `${l}:${c}`;
        if (key !== "table" && !byPlace.has(at)) byPlace.set(at, key);
      }
      this.cells.set(project, byPlace);
    }
    return byPlace.get(`${line}:${column}`) ?? "";
  }
}
