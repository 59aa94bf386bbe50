/** A Markdown report for pull-request comments and job summaries. */
import type { FileResult, ReportContext } from "./model.js";
import { countBy, totals } from "./model.js";
import { SEVERITY, totalsLine } from "./labels.js";
import { sanitize } from "./sanitize.js";

/** Text safe inside a Markdown table cell. */
export function cell(text: string): string {
  return sanitize(text)
    .replace(/\\/g, "\\\\")
    .replace(/\|/g, "\\|")
    .replace(/[<>&`*_[\]]/g, (c) => `&#${c.charCodeAt(0)};`)
    .replace(/\r\n|[\r\n]/g, "<br>")
    .replace(/\t/g, " ");
}

const HEAD = {
  zh: "| 行:列 | 级别 | 说明 | 规则 | 项目 |\n|---|---|---|---|---|",
  en: "| line:col | severity | message | rule | project |\n|---|---|---|---|---|",
};

export function renderMarkdown(results: FileResult[], context: ReportContext): string {
  const out: string[] = [`## perfgoal`, "", totalsLine(totals(results), context.lang), ""];
  for (const r of results) {
    out.push(`### ${cell(r.path)}`, "");
    if (r.error) { out.push(`**${SEVERITY[context.lang].error}**: ${cell(r.error)}`, ""); continue; }
    if (r.diagnostics.length === 0) { out.push(context.lang === "zh" ? "没有发现问题。" : "No problems.", ""); continue; }
    const counts = `${SEVERITY[context.lang].error} ${countBy(r.diagnostics, "error")} · ${SEVERITY[context.lang].warning} ${countBy(r.diagnostics, "warning")} · ${SEVERITY[context.lang].info} ${countBy(r.diagnostics, "info")}`;
    out.push(counts, "", HEAD[context.lang]);
    for (const d of r.diagnostics) {
      const where = d.place ?? (d.line === null ? "-" : `${d.line}:${d.column ?? 1}`);
      out.push(`| ${where} | ${SEVERITY[context.lang][d.severity]} | ${cell(d.message)} | \`${d.ruleId}\` | ${cell(d.project ?? "")} |`);
    }
    out.push("");
  }
  return `${out.join("\n")}\n`;
}
