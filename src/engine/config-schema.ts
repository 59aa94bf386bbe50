/** The shape of perfgoal.config.json. */
import { z } from "zod";

export const ConfigSchema = z.strictObject({
  $schema: z.string().optional(),
  profile: z.enum(["auto", "current", "legacy"]).optional(),
  rules: z.record(z.string(), z.enum(["off", "info", "warning", "error"])).optional(),
  maxWarnings: z.number().int().min(0).optional(),
  lang: z.enum(["zh", "en"]).optional(),
});

export type ConfigFile = z.infer<typeof ConfigSchema>;
