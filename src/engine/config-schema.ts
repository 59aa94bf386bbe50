/** The shape of perfgoal.config.json. */
import { z } from "zod";

export { checkRuleOptions } from "./rule-options.js";

const Level = z.enum(["off", "info", "warning", "error"]);

/** A rule's entry: its level, or (as in ESLint) its level and its options: `["warning", { "floor": 85 }]`. */
export const RuleEntrySchema = z.union([
  Level,
  z.tuple([Level]),
  z.tuple([Level, z.record(z.string(), z.unknown())]),
]);

export const ConfigSchema = z.strictObject({
  $schema: z.string().optional(),
  profile: z.enum(["auto", "current", "legacy"]).optional(),
  rules: z.record(z.string(), RuleEntrySchema).optional(),
  maxWarnings: z.number().int().min(0).optional(),
  lang: z.enum(["zh", "en"]).optional(),
});

export type ConfigFile = z.infer<typeof ConfigSchema>;
export type RuleEntry = z.infer<typeof RuleEntrySchema>;
