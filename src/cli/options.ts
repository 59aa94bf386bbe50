/** Options shared by check and convert, and how they resolve against config and environment. */
import { UsageError } from "../read/errors.js";
import { ENCODINGS, type EncodingChoice } from "../read/decode.js";
import type { Lang } from "../engine/rule.js";

export interface CommonOptions {
  lang?: string;
  encoding: string;
  output?: string;
  color: boolean;
  debug?: boolean;
}

export function resolveLang(option: string | undefined, configured: Lang | undefined): Lang {
  if (option !== undefined) {
    if (option !== "zh" && option !== "en") throw new UsageError(`--lang ${option}: expected zh or en`);
    return option;
  }
  if (configured) return configured;
  const env = process.env.LC_ALL || process.env.LC_MESSAGES || process.env.LANG || "";
  return /^en/i.test(env) ? "en" : "zh";
}

export function resolveEncoding(option: string): EncodingChoice {
  const normalised = option.toLowerCase().replace(/^utf8$/, "utf-8").replace(/^(gbk|gb2312)$/, "gb18030");
  if (!(ENCODINGS as readonly string[]).includes(normalised)) {
    throw new UsageError(`--encoding ${option}: expected auto, utf-8 or gb18030`);
  }
  return normalised as EncodingChoice;
}

/** Colour only on a terminal, and never under --no-color or NO_COLOR. */
export function useColor(option: boolean, output: string | undefined): boolean {
  if (!option || (process.env.NO_COLOR ?? "") !== "") return false;
  if (output && output !== "-") return false;
  if (process.env.FORCE_COLOR && process.env.FORCE_COLOR !== "0") return true;
  return process.stdout.isTTY === true;
}
