/** `perfgoal schema`: the JSON Schema of convert's output, generated from the zod schemas. */
import { z } from "zod";
import { ConvertOutputSchema } from "../model/schema.js";
import { writeStdout } from "./terminal.js";

export function runSchema(): number {
  const schema = z.toJSONSchema(ConvertOutputSchema, { target: "draft-2020-12" });
  writeStdout(`${JSON.stringify({ title: "perfgoal convert output (schemaVersion 1)", ...schema }, null, 2)}\n`);
  return 0;
}
