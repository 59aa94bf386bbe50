/** `perfgoal check`: read, check, report; exit 0/1/2. */
import { buildDocument } from "../model/build/index";
import { checkDocument } from "../pipeline";
import { RULES } from "../rules/index";
import { findConfig, loadConfig, parseRuleOption, type Level } from "../engine/config";
import { UsageError } from "../read/errors";
import type { FileResult, ReportContext } from "../report/model";
import { totals } from "../report/model";
import { loadInputs, reportInputError } from "./inputs";
import { resolveEncoding, resolveLang, useColor, type CommonOptions } from "./options";
import { writeOutput } from "./output";

export const CHECK_FORMATS = ["pretty", "json", "sarif", "github", "markdown"] as const;
type CheckFormat = (typeof CHECK_FORMATS)[number];

export interface CheckCommandOptions extends CommonOptions {
  format: string;
  maxWarnings?: string;
  quiet?: boolean;
  rule: string[];
  config?: string;
  profile?: string;
}

export async function runCheck(files: string[], options: CheckCommandOptions): Promise<number> {
  const format = options.format as CheckFormat;
  if (!CHECK_FORMATS.includes(format)) throw new UsageError(`--format ${options.format}: check takes ${CHECK_FORMATS.join(", ")}`);
  const config = await loadConfig(options.config ?? findConfig(process.cwd()));
  const levels: Record<string, Level> = { ...config.rules };
  for (const option of options.rule) {
    const [id, level] = parseRuleOption(option);
    levels[id] = level;
  }
  const profile = options.profile ?? config.profile;
  if (profile !== "current" && profile !== "legacy") throw new UsageError(`--profile ${profile}: expected current or legacy`);
  const maxWarnings = options.maxWarnings === undefined ? config.maxWarnings : parseCount(options.maxWarnings);
  const lang = resolveLang(options.lang, config.lang);
  const encoding = resolveEncoding(options.encoding);

  const results: FileResult[] = [];
  for await (const input of loadInputs(files, encoding)) {
    if (input.error) {
      reportInputError(input.error);
      results.push({ path: input.path, document: null, diagnostics: [], error: input.error.reason });
      continue;
    }
    const document = buildDocument(input.text!, { path: input.path, encoding: input.encoding! });
    let diagnostics = checkDocument(document, { lang, profile, levels });
    if (options.quiet) diagnostics = diagnostics.filter((d) => d.severity === "error");
    results.push({ path: input.path, document, diagnostics });
  }

  const context: ReportContext = { lang, color: useColor(options.color, options.output), rules: RULES, cwd: process.cwd() };
  writeOutput(await render(format, results, context), options.output);

  const t = totals(results);
  if (t.unreadable > 0) return 2;
  if (t.errors > 0) return 1;
  if (maxWarnings !== undefined && t.warnings > maxWarnings) {
    process.stderr.write(lang === "zh"
      ? `perfgoal: 警告数 ${t.warnings} 超过 --max-warnings ${maxWarnings}\n`
      : `perfgoal: ${t.warnings} warnings exceed --max-warnings ${maxWarnings}\n`);
    return 1;
  }
  return 0;
}

/** Report formats are loaded only when asked for. */
async function render(format: CheckFormat, results: FileResult[], context: ReportContext): Promise<string> {
  switch (format) {
    case "pretty": return (await import("../report/pretty")).renderPretty(results, context);
    case "json": return (await import("../report/json")).renderJson(results);
    case "sarif": return (await import("../report/sarif")).renderSarif(results, context);
    case "github": return (await import("../report/github")).renderGithub(results, context);
    case "markdown": return (await import("../report/markdown")).renderMarkdown(results, context);
  }
}

function parseCount(text: string): number {
  if (!/^\d+$/.test(text)) throw new UsageError(`--max-warnings ${text}: expected a whole number`);
  return Number(text);
}
