/**
 * Issue 11, defect 2: SARIF valid against the official SARIF 2.1.0 schema, whatever the file
 * names. The schema is vendored beside this test (no download at test time):
 * test/report/sarif-schema-2.1.0.json is sarif-2.1/schema/sarif-schema-2.1.0.json of
 * https://github.com/oasis-tcs/sarif-spec (commit e058381; its `id` is
 * https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json).
 */
import { describe, expect, it } from "vitest";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { createRequire } from "node:module";
import { perfgoal } from "../support/cli.js";
import { SEED } from "../support/fixtures.js";
import { tempDir } from "../support/temp.js";
import { artifactLocation } from "../../src/report/sarif.js";

// ajv-draft-04 and ajv-formats are CommonJS.
const require = createRequire(import.meta.url);
const Ajv = require("ajv-draft-04");
const addFormats = require("ajv-formats");

const schema = JSON.parse(readFileSync(new URL("./sarif-schema-2.1.0.json", import.meta.url), "utf8"));
const ajv = new Ajv({ allErrors: true, strict: false });
addFormats(ajv);
const validate = ajv.compile(schema);

function expectValid(log: unknown): void {
  const ok = validate(log);
  expect(ok ? [] : validate.errors.map((e: { instancePath: string; message: string }) => `${e.instancePath} ${e.message}`)).toEqual([]);
}

describe("SARIF against the official 2.1.0 schema", () => {
  it("the vendored schema is the official one, and rejects a raw Chinese file name", () => {
    expect(schema.id).toBe("https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json");
    const bad = { version: "2.1.0", runs: [{ tool: { driver: { name: "x" } }, results: [{ message: { text: "m" }, locations: [{ physicalLocation: { artifactLocation: { uri: "党建 经费.txt" } } }] }] }] };
    expect(validate(bad)).toBe(false);
  });

  it("file names with Chinese, spaces, #, %, and files outside the working folder, stdin and unreadable files", () => {
    const dir = tempDir();
    const names = ["党建经费申报表.txt", "a b.txt", "#1 [x].txt", "100%.txt", "a?b;c=d&e.txt"];
    const seed = readFileSync(SEED);
    for (const name of names) writeFileSync(join(dir, name), seed);
    const outside = tempDir();
    writeFileSync(join(outside, "外 部.txt"), seed);
    const run = perfgoal(["check", ...names, join(outside, "外 部.txt"), "missing 文件.txt", "--format", "sarif"], { cwd: dir });
    expect(run.code).toBe(2);
    const log = JSON.parse(run.stdout);
    expectValid(log);
    const uris = new Set(log.runs[0].results.map((r: { locations: Array<{ physicalLocation: { artifactLocation: { uri: string } } }> }) => r.locations[0].physicalLocation.artifactLocation.uri));
    expect([...uris]).toEqual([
      "%E5%85%9A%E5%BB%BA%E7%BB%8F%E8%B4%B9%E7%94%B3%E6%8A%A5%E8%A1%A8.txt", "a%20b.txt", "%231%20%5Bx%5D.txt", "100%25.txt", "a%3Fb%3Bc%3Dd%26e.txt",
      `file://${join(outside, "外 部.txt").split("/").map(encodeURIComponent).join("/")}`,
    ]);
    for (const uri of uris) expect(decodeURIComponent(uri as string).endsWith(".txt")).toBe(true);
    expect(log.runs[0].invocations[0].toolExecutionNotifications[0].locations[0].physicalLocation.artifactLocation.uri).toBe("missing%20%E6%96%87%E4%BB%B6.txt");

    const stdin = perfgoal(["check", "-", "--format", "sarif"], { input: seed });
    expectValid(JSON.parse(stdin.stdout));
  });

  it("the URI of a path: relative to %SRCROOT%, each segment encoded", () => {
    expect(artifactLocation("a/党 #/b%.txt", "/w")).toEqual({ uri: "a/%E5%85%9A%20%23/b%25.txt", uriBaseId: "%SRCROOT%" });
    expect(artifactLocation("/elsewhere/a b.txt", "/w")).toEqual({ uri: "file:///elsewhere/a%20b.txt" });
    expect(artifactLocation("/w/x/../y.txt", "/w")).toEqual({ uri: "y.txt", uriBaseId: "%SRCROOT%" });
  });
});
