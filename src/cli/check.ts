/** `perfgoal check`: read, check, report; exit 0/1/2. */
import { checkSteps } from "../pipeline.js";
import { RULES } from "../rules/index.js";
import { findConfig, loadConfig, parseRuleOption, type Level } from "../engine/config.js";
import { InputError, UsageError } from "../read/errors.js";
import { PROFILES, type Profile } from "../model/taxonomy.js";
import type { Source } from "../read/input.js";
import { countBy, type ReportContext } from "../report/model.js";
import { FindingSpool } from "../report/spool.js";
import { pickLines } from "../report/source-lines.js";
import type { Diagnostic } from "../model/schema.js";
import { createReporter, type CheckFormat } from "../report/reporter.js";
import { fullProject, type FullProject } from "../report/projects.js";
import { terminalWidth } from "../report/wrap.js";
import { reportInputError, resolveInputs } from "./inputs.js";
import { resolveEncoding, resolveLang, useColor, type CommonOptions } from "./options.js";
import { Output } from "./output.js";
import { runStepsPausing } from "./steps.js";
import { stdoutTerminal } from "./terminal.js";
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
  const profile = (options.profile ?? config.profile) as Profile;
  if (!PROFILES.includes(profile)) {
    throw new UsageError({ zh: `--profile ${profile}：应为 auto、current 或 legacy`, en: `--profile ${profile}: expected auto, current or legacy` });
  }
  const maxWarnings = options.maxWarnings === undefined ? config.maxWarnings : parseCount(options.maxWarnings);
  const lang = resolveLang(options.lang, config.lang);
  const encoding = resolveEncoding(options.encoding);
  const jobs = parseJobs(options.jobs);

  const context: ReportContext = { lang, color: useColor(options.color, options.output), rules: RULES, cwd: process.cwd(), width: terminalWidth(stdoutTerminal()) };
  const entries = await resolveInputs(files, options.ignorePattern);
  const output = new Output(options.output, entries.filter((e) => !(e instanceof InputError)) as Source[]);
  const progress = progressFor(entries, options.quiet === true);
  const write = (text: string) => { progress?.end(); output.write(text); }; // the report never runs into the progress line
  const totals = { errors: 0, warnings: 0, unreadable: 0 };
  try {
    const reporter = await createReporter(format, context, write);
    const setup = { command: "check", lang, profile, levels, ruleOptions: config.ruleOptions, encoding, needsText: reporter.needsText, needsProjects: reporter.needsProjects === true } as const;
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
      // --quiet shows errors only; the warnings still count for --max-warnings.
      const shown = (list: Diagnostic[]) => (options.quiet ? list.filter((d) => d.severity === "error") : list);
      const count = (list: Diagnostic[]) => {
        totals.errors += countBy(list, "error");
        totals.warnings += countBy(list, "warning");
      };
      // A report written as it goes keeps a file's findings out of memory as its tables are checked.
      // (A file read by worker threads comes back checked, its findings with it.)
      const spool = reporter.streamsFindings && !input.done ? new FindingSpool() : undefined;
      try {
        const sink = spool && { add: (sorted: Diagnostic[]) => { count(sorted); spool.add(shown(sorted)); } };
        const checked = input.done ?? await runStepsPausing(checkSteps(source, { lang, profile, levels, ruleOptions: config.ruleOptions }, full && ((project) => full.push(fullProject(project))), sink));
        if (!spool) count(checked.diagnostics);
        const diagnostics = spool ? [] : shown(checked.diagnostics);
        reporter.file({
          path: input.path,
          encoding: source.encoding,
          // The rows the findings point at, read again (a streamed file is not held whole).
          lines: reporter.needsText ? pickLines(source.pieces(), linesOf(diagnostics)) : undefined,
          projects: checked.projects,
          diagnostics,
          spooled: spool,
          full: full && { title: checked.document.title, projects: full },
        });
      } finally {
        spool?.close();
      }
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

function* linesOf(diagnostics: Diagnostic[]): Generator<number> {
  for (const d of diagnostics) if (d.line !== null) yield d.line;
}

function parseCount(text: string): number {
  if (!/^\d+$/.test(text)) throw new UsageError({ zh: `--max-warnings ${text}：应为非负整数`, en: `--max-warnings ${text}: expected a whole number` });
  return Number(text);
}
