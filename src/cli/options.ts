/** Options shared by the commands, and how they resolve against config and environment. */
import { UsageError } from "../read/errors.js";
import { ENCODINGS, type EncodingChoice } from "../read/decode.js";
import type { Lang } from "../engine/rule.js";
import { isTerminal } from "./terminal.js";

export interface CommonOptions {
  lang?: string;
  encoding: string;
  output?: string;
  color?: boolean;
  debug?: boolean;
  ignorePattern?: string[];
  /** `--jobs N` (src/parallel/jobs.ts). */
  jobs?: string;
}

/** The run's language once resolved (messages printed after that use it). */
let resolved: Lang | undefined;

/** The language of the environment: `en` when LC_ALL, LC_MESSAGES or LANG starts with en. */
export function envLang(): Lang {
  const env = process.env.LC_ALL || process.env.LC_MESSAGES || process.env.LANG || "";
  return /^en/i.test(env) ? "en" : "zh";
}

/**
 * The language to speak before options are parsed (help, usage errors): a valid `--lang`
 * on the command line, else the run's resolved language, else the environment's.
 */
export function messageLang(argv: readonly string[] = process.argv): Lang {
  if (resolved) return resolved;
  for (let i = 0; i < argv.length; i++) {
    const value = argv[i] === "--lang" ? argv[i + 1] : argv[i].startsWith("--lang=") ? argv[i].slice(7) : undefined;
    if (value === "zh" || value === "en") return value;
  }
  return envLang();
}

export function resolveLang(option: string | undefined, configured: Lang | undefined): Lang {
  if (option !== undefined && option !== "zh" && option !== "en") {
    throw new UsageError({ zh: `--lang ${option}：应为 zh 或 en`, en: `--lang ${option}: expected zh or en` });
  }
  resolved = (option as Lang | undefined) ?? configured ?? envLang();
  return resolved;
}

export function resolveEncoding(option: string): EncodingChoice {
  const normalised = option.toLowerCase().replace(/^utf8$/, "utf-8").replace(/^(gbk|gb2312)$/, "gb18030");
  if (!(ENCODINGS as readonly string[]).includes(normalised)) {
    throw new UsageError({ zh: `--encoding ${option}：应为 auto、utf-8 或 gb18030`, en: `--encoding ${option}: expected auto, utf-8 or gb18030` });
  }
  return normalised as EncodingChoice;
}

/** Colour only on a terminal, and never under --no-color or NO_COLOR. */
export function useColor(option: boolean | undefined, output: string | undefined): boolean {
  if (option === false || (process.env.NO_COLOR ?? "") !== "") return false;
  if (output && output !== "-") return false;
  if (process.env.FORCE_COLOR && process.env.FORCE_COLOR !== "0") return true;
  return isTerminal(1);
}
