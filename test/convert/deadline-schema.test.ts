/** Issue 10: the deadline kind is in the published JSON Schema, which accepts convert's output with deadlines. */
import { describe, expect, it } from "vitest";
import { createRequire } from "node:module";
import { perfgoal } from "../support/cli.js";
import { ConvertOutputSchema } from "../../src/model/schema.js";

const require = createRequire(import.meta.url);
// ajv is CommonJS; its 2020-12 build reads `perfgoal schema`'s dialect.
const Ajv2020 = require("ajv/dist/2020").default;

describe("the deadline kind in the published schema", () => {
  const schema = JSON.parse(perfgoal(["schema"]).stdout);
  const output = JSON.parse(perfgoal(["convert", "fixtures/roundtrip/deadlines.txt"]).stdout);

  it("accepts convert's output with deadlines (JSON Schema and zod)", () => {
    const validate = new Ajv2020({ strict: false }).compile(schema);
    expect(validate(output), JSON.stringify(validate.errors)).toBe(true);
    expect(() => ConvertOutputSchema.parse(output)).not.toThrow();
  });

  it("names the kind and describes its date", () => {
    const text = JSON.stringify(schema);
    expect(text).toContain('"const":"deadline"');
    expect(text).toContain("ISO 8601 date or period");
  });

  it("refuses a deadline without its date", () => {
    const validate = new Ajv2020({ strict: false }).compile(schema);
    const broken = structuredClone(output);
    delete broken.documents[0].projects[0].indicators.find((i: { value: { kind: string } }) => i.value.kind === "deadline").value.date;
    expect(validate(broken)).toBe(false);
  });
});
