/**
 * The command line. Commands load their modules only when run, so `perfgoal rules` does
 * not pay for the parser and `check` does not pay for report formats it does not print.
 * Help and errors speak the run's language (`--lang`, else LANG/LC_ALL; Chinese by default).
 */
import { Command, CommanderError, Option } from "commander";
import { VERSION } from "../version.js";
import type { Lang } from "../engine/rule.js";
import { messageLang } from "./options.js";
import { HELP, translateCommanderError } from "./help-text.js";
import { writeStdout } from "./terminal.js";

export function buildProgram(exit: (code: number) => void, lang: Lang = "zh"): Command {
  const t = HELP[lang];
  const program = new Command("perfgoal")
    .description(t.program)
    .version(VERSION, "-V, --version", t.version)
    .helpOption("-h, --help", t.help)
    .helpCommand("help [command]", t.helpCommand)
    .showHelpAfterError(t.afterError)
    .configureHelp({
      styleTitle: (title: string) => t.titles[title] ?? title,
      // Defaults in the run's language, and only the ones worth saying (not [] or true).
      optionDescription: (option) => option.description
        + (typeof option.defaultValue === "string" ? (lang === "zh" ? `（默认：${option.defaultValue}）` : ` (default: ${option.defaultValue})`) : ""),
    })
    .configureOutput({
      writeOut: writeStdout,
      outputError: (text, write) => write(lang === "zh" ? translateCommanderError(text) : text),
    })
    .addHelpText("after", t.programAfter)
    .exitOverride();

  const common = (command: Command) => command
    .addOption(new Option("--lang <lang>", t.lang))
    .option("--encoding <name>", t.encoding, "auto")
    .option("-o, --output <file>", t.output)
    .option("--ignore-pattern <glob>", t.ignorePattern, (v: string, all: string[]) => [...all, v], [] as string[])
    .option("--debug", t.debug)
    .option("-j, --jobs <n>", t.jobs);

  common(program.command("check")
    .description(t.check)
    .argument("[files...]", t.files)
    .addOption(new Option("-f, --format <format>", t.checkFormat).default("pretty"))
    .option("--max-warnings <n>", t.maxWarnings)
    .option("-q, --quiet", t.quiet)
    .option("-r, --rule <id=level>", t.rule, (v: string, all: string[]) => [...all, v], [] as string[])
    .option("-c, --config <file>", t.config)
    .option("--profile <profile>", t.profile)
    .option("--no-color", t.noColor)
    .addHelpText("after", t.checkAfter))
    .action(async (files: string[], options) => {
      const { runCheck } = await import("./check.js");
      exit(await runCheck(files, options));
    });

  common(program.command("convert")
    .description(t.convert)
    .argument("[files...]", t.files)
    .addOption(new Option("-f, --format <format>", t.convertFormat).default("json"))
    .option("--no-bom", t.noBom)
    .addHelpText("after", t.convertAfter))
    .action(async (files: string[], options) => {
      const { runConvert } = await import("./convert.js");
      exit(await runConvert(files, options));
    });

  program.command("merge")
    .description(t.merge)
    .argument("<reports...>", t.reports)
    .addOption(new Option("--lang <lang>", t.lang))
    .option("-o, --output <file>", t.output)
    .option("--max-warnings <n>", t.maxWarnings)
    .addHelpText("after", t.mergeAfter)
    .action(async (files: string[], options) => {
      const { runMerge } = await import("./merge.js");
      exit(await runMerge(files, options));
    });

  program.command("rules")
    .description(t.rules)
    .addOption(new Option("-f, --format <format>", t.rulesFormat).default("table"))
    .addOption(new Option("--lang <lang>", t.lang))
    .action(async (options) => {
      const { runRules } = await import("./catalogue.js");
      exit(runRules(options));
    });

  program.command("explain")
    .description(t.explain)
    .argument("<rule-id>", t.ruleId)
    .addOption(new Option("--lang <lang>", t.lang))
    .action(async (id: string, options) => {
      const { runExplain } = await import("./catalogue.js");
      exit(runExplain(id, options));
    });

  program.command("schema")
    .description(t.schema)
    .action(async () => {
      const { runSchema } = await import("./schema-command.js");
      exit(runSchema());
    });

  return program;
}

export async function main(argv: string[]): Promise<number> {
  let code = 0;
  const program = buildProgram((c) => { code = c; }, messageLang(argv));
  const debug = argv.includes("--debug");
  try {
    if (argv.length <= 2) {
      program.outputHelp({ error: true });
      return 2;
    }
    await program.parseAsync(argv);
    return code;
  } catch (error) {
    if (error instanceof CommanderError) {
      return error.code === "commander.helpDisplayed" || error.code === "commander.version" || error.code === "commander.help" ? 0 : 2;
    }
    const e = error as Error & { messageIn?: (lang: Lang) => string; reasonIn?: (lang: Lang) => string; path?: string };
    const lang = messageLang(argv);
    if (e.name === "UsageError") {
      process.stderr.write(`perfgoal: ${e.messageIn ? e.messageIn(lang) : e.message}\n`);
      return 2;
    }
    if (e.name === "InputError") {
      process.stderr.write(`perfgoal: ${e.reasonIn ? `${e.path}: ${e.reasonIn(lang)}` : e.message}\n`);
      return 2;
    }
    const internal = lang === "zh" ? "内部错误：" : "internal error: ";
    const hint = lang === "zh" ? "（加 --debug 查看详情）" : " (run with --debug for details)";
    process.stderr.write(`perfgoal: ${internal}${e?.message ?? String(error)}${debug ? `\n${e?.stack ?? ""}` : hint}\n`);
    return 2;
  }
}
