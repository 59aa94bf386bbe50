/**
 * The report for people: per file a summary table of its projects, then each finding as
 * `line:col  severity  message  rule-id` with the row it points at and a caret under the
 * cell — aligned by display width, so a Chinese character counts two columns.
 */
import { Chalk, type ChalkInstance } from "chalk";
import Table from "cli-table3";
import { charWidth, displayWidth } from "./width.js";
import { formatYuan } from "../../grammar/money.js";
import type { Diagnostic } from "../model/schema.js";
import { LEVEL1 } from "../model/taxonomy.js";
import { countBy, totals, type FileResult, type ReportContext } from "./model.js";
import { COLUMNS, SEVERITY, totalsLine } from "./labels.js";
import { SourceLines } from "./source-lines.js";
import { sanitize, sanitizeLine } from "./sanitize.js";

const TAB = "  ";
const MAX_ROW = 100;

export function renderPretty(results: FileResult[], context: ReportContext): string {
  const chalk = new Chalk({ level: context.color ? 1 : 0 });
  const out: string[] = [];
  for (const result of results) {
    out.push(chalk.underline(sanitizeLine(result.path)) + (result.encoding ? chalk.dim(`  (${result.encoding})`) : ""));
    if (result.error) {
      out.push(`  ${chalk.red(SEVERITY[context.lang].error)}  ${sanitizeLine(result.error)}`, "");
      continue;
    }
    if (result.projects.length > 0) out.push(summaryTable(result, context));
    const source = result.text === undefined ? undefined : new SourceLines(result.text);
    for (const d of result.diagnostics) out.push(...finding(d, source, chalk, context));
    out.push("");
  }
  const t = totals(results);
  const line = totalsLine(t, context.lang);
  out.push(t.errors > 0 || t.unreadable > 0 ? chalk.red.bold(line) : t.warnings > 0 ? chalk.yellow.bold(line) : chalk.green(line));
  return `${out.join("\n")}\n`;
}

function summaryTable(result: FileResult, context: ReportContext): string {
  const table = new Table({ head: COLUMNS[context.lang], style: { head: [], border: [] } });
  const byProject = new Map<string | null, Diagnostic[]>();
  for (const d of result.diagnostics) {
    const list = byProject.get(d.project);
    if (list) list.push(d);
    else byProject.set(d.project, [d]);
  }
  for (const project of result.projects) {
    const mine = project.name === null ? [] : byProject.get(project.name) ?? [];
    const fen = project.annualFen;
    table.push([
      sanitizeLine(project.name ?? "?"),
      { content: fen === null ? "-" : formatYuan(fen), hAlign: "right" },
      ...LEVEL1.map((level1) => ({ content: String(project.counts[level1]), hAlign: "right" as const })),
      { content: String(countBy(mine, "error")), hAlign: "right" },
      { content: String(countBy(mine, "warning")), hAlign: "right" },
    ]);
  }
  return table.toString();
}

function finding(d: Diagnostic, source: SourceLines | undefined, chalk: ChalkInstance, context: ReportContext): string[] {
  const colour = d.severity === "error" ? chalk.red : d.severity === "warning" ? chalk.yellow : chalk.blue;
  const where = d.line === null ? "-" : `${d.line}:${d.column ?? 1}`;
  const head = `  ${chalk.dim(where.padEnd(7))} ${colour(SEVERITY[context.lang][d.severity].padEnd(context.lang === "zh" ? 2 : 7))}  ${sanitizeLine(d.message)}  ${chalk.dim(d.ruleId)}`;
  if (!source || d.line === null) return [head];
  const raw = source.line(d.line);
  if (raw.trim() === "") return [head];
  const column = Math.max(1, d.column ?? 1);
  const shown = display(raw);
  const caretAt = displayWidth(display(raw.slice(0, column - 1)));
  const gutter = `${String(d.line).padStart(6)} │ `;
  const clipped = clip(shown, caretAt);
  return [
    head,
    chalk.dim(gutter) + clipped.text,
    chalk.dim(`${" ".repeat(6)} │ `) + " ".repeat(clipped.caret) + colour("^"),
  ];
}

/** Tabs as spaces, unsafe characters escaped: what the terminal shows of a row. */
function display(text: string): string {
  return sanitize(text).replace(/\t/g, TAB);
}

/** Keep long rows readable: cut around the caret by display width. */
function clip(text: string, caret: number): { text: string; caret: number } {
  if (displayWidth(text) <= MAX_ROW) return { text, caret };
  let start = 0, skipped = 0;
  const chars = Array.from(text);
  while (caret - skipped > MAX_ROW / 2 && start < chars.length) skipped += charWidth(chars[start++]);
  let out = "", width = 0;
  for (let i = start; i < chars.length; i++) {
    const w = charWidth(chars[i]);
    if (width + w > MAX_ROW) { out += "…"; break; }
    out += chars[i];
    width += w;
  }
  return start > 0 ? { text: `…${out}`, caret: caret - skipped + 1 } : { text: out, caret };
}
