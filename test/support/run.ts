/** Read and check text the way the CLI does, for tests. */
import { buildDocument } from "../../src/model/builder/index.js";
import { runRules } from "../../src/engine/run.js";
import type { Diagnostic } from "../../src/model/schema.js";
import type { Profile } from "../../src/model/taxonomy.js";
import type { DocumentNode } from "../../src/model/nodes.js";
import type { OptionValues } from "../../src/engine/rule.js";

export function model(text: string, path = "test.txt"): DocumentNode {
  return buildDocument(text, { path, encoding: "utf-8" });
}

export function findings(
  text: string,
  options: { rule?: string; profile?: Profile; lang?: "zh" | "en"; ruleOptions?: Record<string, OptionValues> } = {},
): Diagnostic[] {
  const all = runRules(model(text), { lang: options.lang ?? "zh", profile: options.profile ?? "auto", ruleOptions: options.ruleOptions });
  return options.rule ? all.filter((d) => d.ruleId === options.rule) : all;
}
