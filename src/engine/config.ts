/**
 * Configuration: `perfgoal.config.json` (nearest upward from the working folder, or
 * --config FILE), then --rule ID=LEVEL on top. A rule's entry is its level, or its level and
 * its options (`["warning", { "floor": 85 }]`), checked against the rule's own schema.
 * Unknown rule ids, unknown options, wrong values and bad JSON are errors.
 */
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { UsageError } from "../read/errors.js";
import type { Profile } from "../model/taxonomy.js";
import type { Severity } from "../model/schema.js";
import type { OptionValues } from "./rule.js";
import { didYouMean, findRule } from "./suggest.js";

export type Level = Severity | "off";

export interface Config {
  profile: Profile;
  /** Severity per rule id, where configured. */
  rules: Record<string, Level>;
  /** Options per rule id, where configured (checked against the rule's schema). */
  ruleOptions: Record<string, OptionValues>;
  maxWarnings?: number;
  lang?: "zh" | "en";
  /** Where the file came from, if one was read. */
  path?: string;
}

export const CONFIG_NAME = "perfgoal.config.json";

/** The nearest perfgoal.config.json at or above `from`. */
export function findConfig(from: string): string | undefined {
  let dir = resolve(from);
  for (;;) {
    const candidate = join(dir, CONFIG_NAME);
    if (existsSync(candidate)) return candidate;
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

/** Read and validate a config file (zod is loaded only when there is one to validate). */
export async function loadConfig(path: string | undefined): Promise<Config> {
  if (!path) return { profile: "auto", rules: {}, ruleOptions: {} };
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? "error";
    throw new UsageError({ zh: `配置文件 ${path}：无法读取（${code}）`, en: `config ${path}: cannot be read (${code})` });
  }
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\ufeff/, ""));
  } catch (error) {
    const why = (error as Error).message;
    const at = /position (\d+)/.exec(why);
    throw new UsageError({
      zh: `配置文件 ${path}：不是有效的 JSON${at ? `（第 ${Number(at[1]) + 1} 个字符处）` : ""}`,
      en: `config ${path}: not valid JSON (${why})`,
    });
  }
  const { ConfigSchema, checkRuleOptions } = await import("./config-schema.js");
  const parsed = ConfigSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue.path.length > 0 ? issue.path.join(".") : "(top level)";
    if (issue.path[0] === "rules" && issue.path.length >= 2) {
      throw new UsageError({
        zh: `配置文件 ${path}：rules.${String(issue.path[1])}：应为 "off"、"info"、"warning"、"error"，或 [级别, { 选项 }]`,
        en: `config ${path}: rules.${String(issue.path[1])}: expected "off", "info", "warning" or "error", or [level, { options }]`,
      });
    }
    throw new UsageError({ zh: `配置文件 ${path}：${where}：${issue.message}`, en: `config ${path}: ${where}: ${issue.message}` });
  }
  const rules: Record<string, Level> = {};
  const ruleOptions: Record<string, OptionValues> = {};
  for (const [id, entry] of Object.entries(parsed.data.rules ?? {})) {
    const canonical = checkRuleId(id, { zh: `配置文件 ${path}`, en: `config ${path}` });
    const [level, options] = typeof entry === "string" ? [entry] : entry;
    rules[canonical] = level;
    if (options === undefined) continue;
    const checked = checkRuleOptions(findRule(canonical)!, options);
    if (!checked.ok) {
      const where = `rules.${canonical}${checked.path ? `.${checked.path}` : ""}`;
      throw new UsageError({ zh: `配置文件 ${path}：${where}：${checked.problem.zh}`, en: `config ${path}: ${where}: ${checked.problem.en}` });
    }
    ruleOptions[canonical] = checked.options;
  }
  return { profile: parsed.data.profile ?? "auto", rules, ruleOptions, maxWarnings: parsed.data.maxWarnings, lang: parsed.data.lang, path };
}

/** The rule's id as the catalogue spells it (ids are case-insensitive); unknown ids are a usage error. */
export function checkRuleId(id: string, where: { zh: string; en: string }): string {
  const rule = findRule(id);
  if (rule) return rule.id;
  const hint = didYouMean(id);
  throw new UsageError({
    zh: `${where.zh}：未知的规则 '${id}'${hint.zh}；'perfgoal rules' 列出全部规则`,
    en: `${where.en}: unknown rule id '${id}'${hint.en}; 'perfgoal rules' lists them`,
  });
}

/** `--rule ID=LEVEL` → [id, level]. */
export function parseRuleOption(option: string): [string, Level] {
  const match = /^([\w-]+)=(off|info|warning|error)$/i.exec(option.trim());
  if (!match) {
    throw new UsageError({
      zh: `--rule ${option}：应为 规则=off|info|warning|error，例如 --rule value-unparsed=off`,
      en: `--rule ${option}: expected ID=off|info|warning|error, e.g. --rule value-unparsed=off`,
    });
  }
  return [checkRuleId(match[1], { zh: "--rule", en: "--rule" }), match[2].toLowerCase() as Level];
}
