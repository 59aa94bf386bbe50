/** `perfgoal check`: read, check, report; exit 0/1/2. */
import { checkSteps } from "../pipeline.js";
import { RULES } from "../rules/index.js";
import { findConfig, loadConfig, parseRuleOption, type Level } from "../engine/config.js";
import { InputError, UsageError } from "../read/errors.js";
import type { Source } from "../read/input.js";
import { countBy, type ReportContext } from "../report/model.js";
import { createReporter, type CheckFormat } from "../report/reporter.js";
import { fullProject, type FullProject } from "../report/projects.js";
import { terminalWidth } from "../report/wrap.js";
import { reportInputError, resolveInputs } from "./inputs.js";
import { resolveEncoding, resolveLang, useColor, type CommonOptions } from "./options.js";
import { Output } from "./output.js";
import { runStepsPausing } from "./steps.js";
import { progressFor, sizeOf } from "./progress.js";
import { parseJobs } from "../parallel/jobs.js";
import { cliInputs } from "../parallel/cli.js";
import { checkMode } from "../parallel/modes.js";

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
  if (!CHECK_FORMATS.includes(format)) {
    throw new UsageError({ zh: `--format ${options.format}：check 只接受 ${CHECK_FORMATS.join("、")}`, en: `--format ${options.format}: check takes ${CHECK_FORMATS.join(", ")}` });
  }
  const config = await loadConfig(options.config ?? findConfig(process.cwd()));
  const levels: Record<string, Level> = { ...config.rules };
  for (const option of options.rule) {
    const [id, level] = parseRuleOption(option);
    levels[id] = level;
  }
  const profile = options.profile ?? config.profile;
  if (profile !== "current" && profile !== "legacy") {
    throw new UsageError({ zh: `--profile ${profile}：应为 current 或 legacy`, en: `--profile ${profile}: expected current or legacy` });
  }
  const maxWarnings = options.maxWarnings === undefined ? config.maxWarnings : parseCount(options.maxWarnings);
  const lang = resolveLang(options.lang, config.lang);
  const encoding = resolveEncoding(options.encoding);
  const jobs = parseJobs(options.jobs);

  const context: ReportContext = { lang, color: useColor(options.color, options.output), rules: RULES, cwd: process.cwd(), width: terminalWidth() };
  const entries = await resolveInputs(files, options.ignorePattern);
  const output = new Output(options.output, entries.filter((e) => !(e instanceof InputError)) as Source[]);
  const progress = progressFor(entries, options.quiet === true);
  const write = (text: string) => { progress?.end(); output.write(text); }; // the report never runs into the progress line
  const totals = { errors: 0, warnings: 0, unreadable: 0 };
  try {
    const reporter = await createReporter(format, context, write);
    const setup = { command: "check", lang, profile, levels, encoding, needsText: reporter.needsText, needsProjects: reporter.needsProjects === true } as const;
    for await (const input of cliInputs(entries, jobs, checkMode(setup), lang, progress)) {
      if (input.error) {
        progress?.fileDone(0);
        progress?.end();
        reportInputError(input.error, lang);
        totals.unreadable++;
        reporter.file({ path: input.path, projects: [], diagnostics: [], error: input.error.reasonIn(lang) });
        continue;
      }
      const source = input.source!;
      const full: FullProject[] | undefined = reporter.needsProjects ? input.done?.full ?? [] : undefined;
      const checked = input.done ?? await runStepsPausing(checkSteps(source, { lang, profile, levels }, full && ((project) => full.push(fullProject(project)))));
      // --quiet shows errors only; the warnings still count for --max-warnings.
      totals.errors += countBy(checked.diagnostics, "error");
      totals.warnings += countBy(checked.diagnostics, "warning");
      const diagnostics = options.quiet ? checked.diagnostics.filter((d) => d.severity === "error") : checked.diagnostics;
      reporter.file({
        path: input.path,
        encoding: source.encoding,
        text: reporter.needsText ? source.wholeText() : undefined,
        projects: checked.projects,
        diagnostics,
        full: full && { title: checked.document.title, projects: full },
      });
      progress?.fileDone(sizeOf(input.path, input.path === "<stdin>"));
    }
    reporter.end();
    progress?.end();
    output.close();
  } catch (error) {
    progress?.end();
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
  if (!/^\d+$/.test(text)) throw new UsageError({ zh: `--max-warnings ${text}：应为非负整数`, en: `--max-warnings ${text}: expected a whole number` });
  return Number(text);
}
