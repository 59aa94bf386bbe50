/** `perfgoal check`: read, check, report; exit 0/1/2. */
import { checkSource } from "../pipeline.js";
import { RULES } from "../rules/index.js";
import { findConfig, loadConfig, parseRuleOption, type Level } from "../engine/config.js";
import { UsageError } from "../read/errors.js";
import { countBy, type ReportContext } from "../report/model.js";
import { createReporter, type CheckFormat } from "../report/reporter.js";
import { fullProject, type FullProject } from "../report/projects.js";
import { loadInputs, reportInputError } from "./inputs.js";
import { resolveEncoding, resolveLang, useColor, type CommonOptions } from "./options.js";
import { Output } from "./output.js";

export const CHECK_FORMATS: readonly CheckFormat[] = ["pretty", "json", "sarif", "github", "markdown", "html"];

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

  const context: ReportContext = { lang, color: useColor(options.color, options.output), rules: RULES, cwd: process.cwd() };
  const output = new Output(options.output);
  const totals = { errors: 0, warnings: 0, unreadable: 0 };
  try {
    const reporter = await createReporter(format, context, (text) => output.write(text));
    for await (const input of loadInputs(files, encoding)) {
      if (input.error) {
        reportInputError(input.error);
        totals.unreadable++;
        reporter.file({ path: input.path, projects: [], diagnostics: [], error: input.error.reason });
        continue;
      }
      const source = input.source!;
      const full: FullProject[] | undefined = reporter.needsProjects ? [] : undefined;
      const checked = checkSource(source, { lang, profile, levels }, full && ((project) => full.push(fullProject(project))));
      const diagnostics = options.quiet ? checked.diagnostics.filter((d) => d.severity === "error") : checked.diagnostics;
      totals.errors += countBy(diagnostics, "error");
      totals.warnings += countBy(diagnostics, "warning");
      reporter.file({
        path: input.path,
        encoding: source.encoding,
        text: reporter.needsText ? source.wholeText() : undefined,
        projects: checked.projects,
        diagnostics,
        full: full && { title: checked.document.title, projects: full },
      });
    }
    reporter.end();
    output.close();
  } catch (error) {
    output.abort();
    throw error;
  }

  if (totals.unreadable > 0) return 2;
  if (totals.errors > 0) return 1;
  if (maxWarnings !== undefined && totals.warnings > maxWarnings) {
    process.stderr.write(lang === "zh"
      ? `perfgoal: 警告数 ${totals.warnings} 超过 --max-warnings ${maxWarnings}\n`
      : `perfgoal: ${totals.warnings} warnings exceed --max-warnings ${maxWarnings}\n`);
    return 1;
  }
  return 0;
}

function parseCount(text: string): number {
  if (!/^\d+$/.test(text)) throw new UsageError(`--max-warnings ${text}: expected a whole number`);
  return Number(text);
}
