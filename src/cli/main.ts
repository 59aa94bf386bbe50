/**
 * The command line. Commands load their modules only when run, so `perfgoal rules` does
 * not pay for the parser and `check` does not pay for report formats it does not print.
 */
import { Command, CommanderError, Option } from "commander";
import { VERSION } from "../version.js";

const EXAMPLES_CHECK = `
Examples:
  $ perfgoal check declaration.txt                 检查一个文件 / check one file
  $ perfgoal check 'exports/*.txt' --format sarif -o perfgoal.sarif
  $ cat declaration.txt | perfgoal check -         read stdin
  $ perfgoal check a.txt --rule value-not-measurable=off --max-warnings 0

Exit codes: 0 no errors (and warnings within --max-warnings), 1 findings at error
severity or too many warnings, 2 perfgoal could not do its job (usage, unreadable input).`;

const EXAMPLES_CONVERT = `
Examples:
  $ perfgoal convert declaration.txt > declaration.json
  $ perfgoal convert declaration.txt --format tsv -o table.tsv
  $ perfgoal convert table.tsv                     a flat table reads back into JSON`;

export function buildProgram(exit: (code: number) => void): Command {
  const program = new Command("perfgoal")
    .description("读取、检查和转换财政项目支出绩效目标申报表\nRead, check and convert project performance-target declarations (财政项目支出绩效目标申报表)")
    .version(VERSION, "-V, --version")
    .showHelpAfterError("(perfgoal --help 查看用法 / for usage)")
    .addHelpText("after", `
Examples:
  $ perfgoal check declaration.txt                  检查申报表 / check a declaration
  $ perfgoal check 'exports/*.txt' --format json    a folder of exports, for programs
  $ perfgoal convert declaration.txt > out.json     the model as JSON (perfgoal schema)
  $ perfgoal explain value-rate-unit                why a rule fires

Exit codes: 0 no errors, 1 errors (or too many warnings), 2 perfgoal could not do its job.
perfgoal COMMAND --help shows a command's options.`)
    .exitOverride();

  const common = (command: Command) => command
    .addOption(new Option("--lang <lang>", "message language: zh or en (default zh; LANG=en* selects en)"))
    .option("--encoding <name>", "input encoding: auto, utf-8 or gb18030", "auto")
    .option("-o, --output <file>", "write to FILE (atomically) instead of stdout")
    .option("--no-color", "no colours (also NO_COLOR=1, and whenever stdout is not a terminal)")
    .option("--debug", "show the stack trace of an internal error");

  common(program.command("check")
    .description("validate declarations and report findings; exit 0/1/2")
    .argument("[files...]", "files or globs; '-' or piped input reads stdin")
    .addOption(new Option("-f, --format <format>", "pretty, json, sarif, github, markdown or html").default("pretty"))
    .option("--max-warnings <n>", "exit 1 when there are more than N warnings")
    .option("-q, --quiet", "report errors only")
    .option("-r, --rule <id=level>", "set a rule's severity: off, info, warning or error (repeatable)", (v: string, all: string[]) => [...all, v], [] as string[])
    .option("-c, --config <file>", "config file (default: nearest perfgoal.config.json upward)")
    .option("--profile <profile>", "taxonomy: current (财预〔2021〕101号) or legacy (财预〔2015〕88号)")
    .addHelpText("after", EXAMPLES_CHECK))
    .action(async (files: string[], options) => {
      const { runCheck } = await import("./check.js");
      exit(await runCheck(files, options));
    });

  common(program.command("convert")
    .description("declaration text -> JSON (also tsv, csv, markdown)")
    .argument("[files...]", "files or globs; '-' or piped input reads stdin")
    .addOption(new Option("-f, --format <format>", "json, tsv, csv or markdown").default("json"))
    .addHelpText("after", EXAMPLES_CONVERT))
    .action(async (files: string[], options) => {
      const { runConvert } = await import("./convert.js");
      exit(await runConvert(files, options));
    });

  program.command("rules")
    .description("list the rule catalogue (id, severity, category, description)")
    .addOption(new Option("-f, --format <format>", "table or json").default("table"))
    .addOption(new Option("--lang <lang>", "zh or en"))
    .action(async (options) => {
      const { runRules } = await import("./catalogue.js");
      exit(runRules(options));
    });

  program.command("explain")
    .description("explain one rule: why, a failing and a passing row, the guidance it encodes")
    .argument("<rule-id>", "a rule id, e.g. value-rate-unit")
    .addOption(new Option("--lang <lang>", "zh or en"))
    .action(async (id: string, options) => {
      const { runExplain } = await import("./catalogue.js");
      exit(runExplain(id, options));
    });

  program.command("schema")
    .description("print the JSON Schema of convert's output")
    .action(async () => {
      const { runSchema } = await import("./schema-command.js");
      exit(runSchema());
    });

  return program;
}

export async function main(argv: string[]): Promise<number> {
  let code = 0;
  const program = buildProgram((c) => { code = c; });
  const debug = argv.includes("--debug");
  try {
    if (argv.length <= 2) {
      program.outputHelp();
      return 2;
    }
    await program.parseAsync(argv);
    return code;
  } catch (error) {
    if (error instanceof CommanderError) {
      return error.code === "commander.helpDisplayed" || error.code === "commander.version" || error.code === "commander.help" ? 0 : 2;
    }
    const e = error as Error;
    if (e.name === "UsageError" || e.name === "InputError") {
      process.stderr.write(`perfgoal: ${e.message}\n`);
      return 2;
    }
    process.stderr.write(`perfgoal: internal error: ${e?.message ?? String(error)}${debug ? `\n${e?.stack ?? ""}` : " (run with --debug for details)"}\n`);
    return 2;
  }
}
