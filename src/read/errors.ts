/**
 * The errors perfgoal reports itself, each said in Chinese and English (one language per
 * run: the CLI prints the run's language, `message` is the English text).
 * - InputError: a file perfgoal could not read; one line naming the file, exit 2.
 * - UsageError: wrong use of the command line or configuration; one line, exit 2.
 * - OptionsError: a library call with an option it cannot take; names the option.
 */
import type { Lang } from "../engine/rule.js";

/** A text in both languages, or one that reads the same in both (a file name, a number). */
export type Said = string | Readonly<Record<Lang, string>>;

export function sayIn(said: Said, lang: Lang): string {
  return typeof said === "string" ? said : said[lang];
}

export class InputError extends Error {
  constructor(readonly path: string, readonly said: Said) {
    super(`${path}: ${sayIn(said, "en")}`);
    this.name = "InputError";
  }

  /** Why, in English (kept for callers of 0.1). */
  get reason(): string {
    return sayIn(this.said, "en");
  }

  reasonIn(lang: Lang): string {
    return sayIn(this.said, lang);
  }
}

export class UsageError extends Error {
  constructor(readonly said: Said) {
    super(sayIn(said, "en"));
    this.name = "UsageError";
  }

  messageIn(lang: Lang): string {
    return sayIn(this.said, lang);
  }
}

/** A library option perfgoal cannot take (`options.lang`, `options.levels["goal-vague"]` …). */
export class OptionsError extends TypeError {
  constructor(readonly option: string, message: string) {
    super(`perfgoal: ${option}: ${message}`);
    this.name = "OptionsError";
  }
}
