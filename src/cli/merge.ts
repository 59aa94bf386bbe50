/** `perfgoal merge`: the reports of a batch's shards as the one report of a single run; exit 0/1/2 as that run. */
import { readFileSync } from "node:fs";
import { InputError, UsageError } from "../read/errors.js";
import { readStdin, reasonFor } from "../read/input.js";
import { mergeReports, type Report } from "../parallel/merge.js";
import { resolveLang } from "./options.js";
import { Output } from "./output.js";

export interface MergeCommandOptions {
  lang?: string;
  output?: string;
  maxWarnings?: string;
}

async function readReport(path: string): Promise<Report> {
  if (path === "-") {
    const stdin = await readStdin();
    return { path: "<stdin>", text: ("bytes" in stdin ? stdin.bytes : stdin.file.all()).toString("utf8") };
  }
  try {
    return { path, text: readFileSync(path, "utf8") };
  } catch (error) {
    throw new InputError(path, reasonFor((error as NodeJS.ErrnoException).code ?? ""));
  }
}

export async function runMerge(files: string[], options: MergeCommandOptions): Promise<number> {
  const lang = resolveLang(options.lang, undefined);
  const maxWarnings = options.maxWarnings;
  if (maxWarnings !== undefined && !/^\d+$/.test(maxWarnings)) {
    throw new UsageError({ zh: `--max-warnings ${maxWarnings}：应为非负整数`, en: `--max-warnings ${maxWarnings}: expected a whole number` });
  }
  const reports: Report[] = [];
  for (const file of files) reports.push(await readReport(file));
  const output = new Output(options.output, files.filter((f) => f !== "-").map((path) => ({ path, stdin: false })));
  let merged;
  try {
    merged = await mergeReports(reports, (text) => output.write(text));
    output.close();
  } catch (error) {
    output.abort();
    throw error;
  }
  const counts = merged.counts;
  if (!counts) return 0;
  if (counts.unreadable > 0) return 2;
  if (counts.errors > 0) return 1;
  if (maxWarnings !== undefined && counts.warnings > Number(maxWarnings)) {
    process.stderr.write(lang === "zh"
      ? `perfgoal: 警告数 ${counts.warnings} 超过 --max-warnings ${maxWarnings}\n`
      : `perfgoal: ${counts.warnings} warnings exceed --max-warnings ${maxWarnings}\n`);
    return 1;
  }
  return 0;
}
