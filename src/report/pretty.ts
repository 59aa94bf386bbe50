/**
 * The report for people, written file by file. Per file: a summary of its projects (project,
 * annual amount, indicators per 一级, errors, warnings — counted per table, never summed over
 * projects of the same name), then the findings grouped under their project, each as
 * `line:col  severity  message  rule-id`, and the row it points at with a caret under each
 * cell (several findings on one row show the row once). Everything fits the terminal width:
 * messages fold with the rule id kept whole, long project names fold in their column.
 * Widths are display widths (a Chinese character takes two columns). Linear in the findings.
 */
import { PLAIN, type Paint, type Palette } from "./palette.js";
import { charWidth, displayWidth } from "./width.js";
import { formatYuan } from "../../grammar/money.js";
import type { Diagnostic, Severity } from "../model/schema.js";
import { LEVEL1 } from "../model/taxonomy.js";
import type { FileResult, ProjectSummary, ReportContext, Totals } from "./model.js";
import { COLUMNS, SEVERITY, totalsLine } from "./labels.js";
import { SourceLines, type LineSource } from "./source-lines.js";
import { sanitize, sanitizeLine } from "./sanitize.js";
import { padEndWidth, padStartWidth, wrap } from "./wrap.js";

const TAB = "  ";
const DEFAULT_WIDTH = 80;

/** The whole report at once (tests; the CLI writes it file by file with prettyReporter), in `style` (palette.ts). */
export function renderPretty(results: FileResult[], context: ReportContext, style: Palette = PLAIN): string {
  let out = "";
  const reporter = prettyReporter(context, (text) => { out += text; }, style);
  for (const result of results) reporter.file(result);
  reporter.end();
  return out;
}

/** Writes each file's part as soon as it is checked, and the totals at the end. */
export function prettyReporter(context: ReportContext, write: (text: string) => void, style: Palette): { file(result: FileResult): void; end(): void } {
  const t: Totals = { errors: 0, warnings: 0, infos: 0, files: 0, unreadable: 0 };
  return {
    file(result) {
      t.files++;
      if (result.error) t.unreadable++;
      for (const d of result.diagnostics) {
        if (d.severity === "error") t.errors++;
        else if (d.severity === "warning") t.warnings++;
        else t.infos++;
      }
      prettyFile(result, context, style, (lines) => { if (lines.length > 0) write(`${lines.join("\n")}\n`); });
    },
    end() {
      const line = totalsLine(t, context.lang);
      write(`${t.errors > 0 || t.unreadable > 0 ? style.redBold(line) : t.warnings > 0 ? style.yellowBold(line) : style.green(line)}\n`);
    },
  };
}

/** One file's part, handed to `emit` table by table (a file of 12,000 tables is not one string). */
function prettyFile(result: FileResult, context: ReportContext, style: Palette, emit: (lines: string[]) => void): void {
  const width = context.width ?? DEFAULT_WIDTH;
  let out = [style.underline(sanitizeLine(result.path)) + (result.encoding ? style.dim(`  (${result.encoding})`) : "")];
  if (result.error) {
    out.push(`  ${style.red(SEVERITY[context.lang].error)}  ${sanitizeLine(result.error)}`, "");
    emit(out);
    return;
  }
  const groups = groupByProject(result.diagnostics, result.projects);
  if (result.projects.length > 0) out.push(...summaryTable(result.projects, groups.counts, context, style, width), "");
  const source = result.lines ?? (result.text === undefined ? undefined : new SourceLines(result.text));
  for (const group of groups.list) {
    emit(out);
    out = [];
    for (const title of wrap(groupTitle(group.project, context), width - 2)) out.push(`  ${style.bold(title)}`);
    for (let i = 0; i < group.findings.length;) {
      // Findings on the same row: each head, then the row once.
      let j = i + 1;
      while (j < group.findings.length && group.findings[j].line !== null && group.findings[j].line === group.findings[i].line) j++;
      const same = group.findings.slice(i, j);
      for (const d of same) out.push(...head(d, style, context, width));
      out.push(...row(same, source, style, width));
      i = j;
    }
    out.push("");
  }
  emit(out);
}

interface Group {
  project: ProjectSummary | null;
  findings: Diagnostic[];
}

/**
 * Each finding under the table it lies in (by the table's lines, and its name when the
 * finding names a project); findings outside every table under the document. One pass:
 * findings are sorted by line and tables follow each other.
 */
function groupByProject(diagnostics: readonly Diagnostic[], projects: readonly ProjectSummary[]): { list: Group[]; counts: Array<Record<Severity, number>> } {
  const counts = projects.map(() => ({ error: 0, warning: 0, info: 0 }));
  const list: Group[] = [];
  const byIndex = new Map<number, Group>();
  let p = 0;
  let names: Map<string | null, number> | undefined;
  const firstOfName = () => {
    if (!names) {
      names = new Map();
      projects.forEach((x, i) => { if (!names!.has(x.name)) names!.set(x.name, i); });
    }
    return names;
  };
  for (const d of diagnostics) {
    let index = -1;
    if (d.line !== null) {
      while (p < projects.length && projects[p].lines && projects[p].lines!.end < d.line) p++;
      const candidate = projects[p];
      if (candidate?.lines && candidate.lines.start <= d.line && (d.project === null || d.project === candidate.name)) index = p;
    }
    // A finding of a table outside its lines (the title above it): the next table of that name.
    if (index === -1 && d.project !== null) index = projects[p]?.name === d.project ? p : firstOfName().get(d.project) ?? -1;
    if (index >= 0) counts[index][d.severity]++;
    let group = byIndex.get(index);
    if (!group) {
      group = { project: index >= 0 ? projects[index] : null, findings: [] };
      byIndex.set(index, group);
      list.push(group);
    }
    group.findings.push(d);
  }
  return { list, counts };
}

function groupTitle(project: ProjectSummary | null, context: ReportContext): string {
  const zh = context.lang === "zh";
  if (!project) return zh ? "文档（不属于任何一张表）" : "document (outside the tables)";
  const name = sanitizeLine(project.name ?? "?");
  if (!project.lines) return name;
  return zh ? `${name}（第 ${project.lines.start}–${project.lines.end} 行）` : `${name} (lines ${project.lines.start}-${project.lines.end})`;
}

/** The summary: aligned columns; the project column takes the room left and folds long names. */
function summaryTable(projects: readonly ProjectSummary[], counts: Array<Record<Severity, number>>, context: ReportContext, style: Palette, width: number): string[] {
  const head = COLUMNS[context.lang];
  const rows = projects.map((project, i) => [
    sanitizeLine(project.name ?? "?"),
    project.annualFen === null ? "-" : formatYuan(project.annualFen),
    ...LEVEL1.map((level1) => String(project.counts[level1])),
    String(counts[i].error),
    String(counts[i].warning),
  ]);
  const widths = head.map((h, c) => Math.max(displayWidth(h), ...rows.map((r) => displayWidth(r[c]))));
  const rest = widths.slice(1).reduce((sum, w) => sum + w + 2, 0);
  widths[0] = Math.max(8, Math.min(widths[0], width - 2 - rest));
  const line = (cells: string[]) => {
    const name = wrap(cells[0], widths[0]);
    const first = `  ${padEndWidth(name[0], widths[0])}${cells.slice(1).map((c, i) => `  ${padStartWidth(c, widths[i + 1])}`).join("")}`;
    return [first, ...name.slice(1).map((more) => `  ${more}`)];
  };
  const total = widths.reduce((sum, w) => sum + w, 0) + 2 * (widths.length - 1);
  return [...line(head).map((l) => style.dim(l)), style.dim(`  ${"─".repeat(total)}`), ...rows.flatMap(line)];
}

/** `line:col  severity  message  rule-id`, the message folded to the width, the rule id whole. */
function head(d: Diagnostic, style: Palette, context: ReportContext, width: number): string[] {
  const colour = colourOf(d.severity, style);
  // A workbook, Word, PDF or HTML file: the cell as the file names it (`申报表!C34`, `第2页 表1 第3行 第2格`).
  const where = d.place ?? (d.line === null ? "-" : `${d.line}:${d.column ?? 1}`);
  const severity = SEVERITY[context.lang][d.severity];
  const severityWidth = context.lang === "zh" ? 4 : 7;
  const lead = `    ${padEndWidth(where, 7)} `;
  const indent = displayWidth(lead) + severityWidth + 2;
  const room = Math.max(20, width - indent);
  const message = wrap(sanitizeLine(d.message), room);
  const last = message.length - 1;
  const fits = displayWidth(message[last]) + 2 + d.ruleId.length <= room;
  const lines = message.map((text, i) => {
    const start = i === 0 ? `${style.dim(lead)}${colour(padEndWidth(severity, severityWidth))}  ` : " ".repeat(indent);
    return start + text + (i === last && fits ? `  ${style.dim(d.ruleId)}` : "");
  });
  if (!fits) lines.push(" ".repeat(indent) + style.dim(d.ruleId));
  return lines;
}

/** The row the findings point at, once, with a caret under each of their cells. */
function row(findings: readonly Diagnostic[], source: LineSource | undefined, style: Palette, width: number): string[] {
  const first = findings[0];
  if (!source || first.line === null) return [];
  const raw = source.line(first.line);
  if (raw.trim() === "") return [];
  const shown = display(raw);
  const gutter = `${String(first.line).padStart(8)} │ `;
  const room = Math.max(20, width - displayWidth(gutter));
  const carets = new Map<number, Severity>();
  for (const d of findings) {
    const at = displayWidth(display(raw.slice(0, Math.max(1, d.column ?? 1) - 1)));
    if (!carets.has(at) || d.severity === "error") carets.set(at, d.severity);
  }
  const positions = [...carets.keys()].sort((a, b) => a - b);
  const clipped = clip(shown, positions[0], room);
  let marks = "", at = 0;
  for (const position of positions) {
    const column = position - clipped.shift;
    if (column < at || column >= room) continue;
    marks += " ".repeat(column - at) + colourOf(carets.get(position)!, style)("^");
    at = column + 1;
  }
  return [style.dim(gutter) + clipped.text, style.dim(`${" ".repeat(8)} │ `) + marks];
}

function colourOf(severity: Severity, style: Palette): Paint {
  return severity === "error" ? style.red : severity === "warning" ? style.yellow : style.blue;
}

/** Tabs as spaces, unsafe characters escaped: what the terminal shows of a row. */
function display(text: string): string {
  return sanitize(text).replace(/\t/g, TAB);
}

/** A long row cut to `room` columns around the first caret; `shift` is how far it moved left. */
function clip(text: string, caret: number, room: number): { text: string; shift: number } {
  if (displayWidth(text) <= room) return { text, shift: 0 };
  const chars = Array.from(text);
  let start = 0, skipped = 0;
  while (caret - skipped > room / 2 && start < chars.length) skipped += charWidth(chars[start++]);
  let out = start > 0 ? "…" : "", used = start > 0 ? 1 : 0;
  for (let i = start; i < chars.length; i++) {
    const w = charWidth(chars[i]);
    if (used + w > room - 1) { out += "…"; break; }
    out += chars[i];
    used += w;
  }
  return { text: out, shift: start > 0 ? skipped - 1 : 0 };
}
