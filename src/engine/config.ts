/**
 * Configuration: `perfgoal.config.json` (nearest upward from the working folder, or
 * --config FILE), then --rule ID=LEVEL on top. Unknown rule ids and bad JSON are errors.
 */
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { UsageError } from "../read/errors.js";
import type { Profile } from "../model/taxonomy.js";
import type { Severity } from "../model/schema.js";
import { ruleById } from "../rules/index.js";

export type Level = Severity | "off";

export interface Config {
  profile: Profile;
  /** Severity per rule id, where configured. */
  rules: Record<string, Level>;
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
  if (!path) return { profile: "current", rules: {} };
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (error) {
    throw new UsageError(`config ${path}: cannot be read (${(error as NodeJS.ErrnoException).code ?? "error"})`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\ufeff/, ""));
  } catch (error) {
    throw new UsageError(`config ${path}: not valid JSON (${(error as Error).message})`);
  }
  const { ConfigSchema } = await import("./config-schema.js");
  const parsed = ConfigSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue.path.length > 0 ? issue.path.join(".") : "(top level)";
    throw new UsageError(`config ${path}: ${where}: ${issue.message}`);
  }
  const rules = parsed.data.rules ?? {};
  for (const id of Object.keys(rules)) checkRuleId(id, `config ${path}`);
  return { profile: parsed.data.profile ?? "current", rules, maxWarnings: parsed.data.maxWarnings, lang: parsed.data.lang, path };
}

export function checkRuleId(id: string, where: string): void {
  if (!ruleById(id)) throw new UsageError(`${where}: unknown rule id '${id}' (see 'perfgoal rules')`);
}

/** `--rule ID=LEVEL` → [id, level]. */
export function parseRuleOption(option: string): [string, Level] {
  const match = /^([a-z0-9-]+)=(off|info|warning|error)$/.exec(option.trim());
  if (!match) throw new UsageError(`--rule ${option}: expected ID=off|info|warning|error, e.g. --rule value-unparsed=off`);
  checkRuleId(match[1], "--rule");
  return [match[1], match[2] as Level];
}
