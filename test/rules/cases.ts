/**
 * Every rule's RuleTester-style cases, loaded from cases/<rule-id>.ts (one file a rule, so
 * a new rule brings its own file and never edits a shared list).
 */
import { readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { RuleCases } from "./case-types.js";

export type { Expected, InvalidCase, RuleCases, ValidCase } from "./case-types.js";

const folder = fileURLToPath(new URL("./cases/", import.meta.url));

export const CASES: Record<string, RuleCases> = Object.fromEntries(
  await Promise.all(
    readdirSync(folder)
      .filter((file) => file.endsWith(".ts"))
      .sort()
      .map(async (file) => [file.replace(/\.ts$/, ""), ((await import(`./cases/${file}`)) as { default: RuleCases }).default] as const),
  ),
);
