/**
 * GitHub Actions workflow commands: `::error file=F,line=L,col=C,title=RULE::message`.
 * Data escapes %, CR and LF; properties also : and , (so `完成率≥95%` survives).
 */
import { relative, sep } from "node:path";
import type { FileResult, ReportContext } from "./model.js";
import { sanitize } from "./sanitize.js";

const LEVEL = { error: "error", warning: "warning", info: "notice" } as const;

export function escapeData(text: string): string {
  return text.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}

export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, "%3A").replace(/,/g, "%2C");
}

export function renderGithub(results: FileResult[], context: ReportContext): string {
  return results.map((result) => [...githubFile(result, context)].join("")).join("");
}

/** Findings a file's commands take at a time (a file with 100,000 findings is not one string). */
const BATCH = 500;

/** One file's commands, a batch of lines at a time, each line ending in a line feed. */
export function* githubFile(result: FileResult, context: ReportContext): Generator<string> {
  const file = result.path === "<stdin>" ? result.path : relative(context.cwd, result.path).split(sep).join("/");
  let lines: string[] = [];
  if (result.error) lines.push(`::error file=${escapeProperty(file)},title=perfgoal::${escapeData(sanitize(result.error))}`);
  for (const d of result.spooled ? result.spooled.findings() : result.diagnostics) {
    const props = [`file=${escapeProperty(file)}`];
    // Lines of a workbook's or PDF's grid are no lines of the file: its place goes in the message.
    if (d.line !== null && !d.place) props.push(`line=${d.line}`);
    if (d.column !== null && !d.place) props.push(`col=${d.column}`);
    props.push(`title=${escapeProperty(d.ruleId)}`);
    const message = d.place ? `${d.place}: ${d.message}` : d.message;
    lines.push(`::${LEVEL[d.severity]} ${props.join(",")}::${escapeData(sanitize(message))}`);
    if (lines.length >= BATCH) {
      yield `${lines.join("\n")}\n`;
      lines = [];
    }
  }
  if (lines.length > 0) yield `${lines.join("\n")}\n`;
}
