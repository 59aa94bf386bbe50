/**
 * The library's checkFiles: a batch as `perfgoal check --format json` lists it, the same with
 * worker threads or without, from the sources and from the published bundles (import and
 * require, which find the worker beside them); options it cannot take are OptionsErrors.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { execFileSync } from "node:child_process";
import { copyFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { checkFiles } from "../../src/index.js";
import { OptionsError } from "../../src/read/errors.js";
import { perfgoal } from "../support/cli.js";
import { tempDir } from "../support/temp.js";
import { CLEAN } from "../support/declaration.js";
import { allFixtures, FIXTURES, ROOT, SEED } from "../support/fixtures.js";
import { SPLIT_FROM } from "../../src/parallel/run.js";

const dir = tempDir();
for (const fixture of allFixtures().filter((f) => /^(repro|layouts)\//.test(f))) copyFileSync(join(FIXTURES, fixture), join(dir, fixture.replace(/\//g, "--")));
copyFileSync(join(FIXTURES, "files", "seed.xlsx"), join(dir, "seed.xlsx"));
const seed = CLEAN.replace(/\n$/, "");
const large = join(tempDir(), "large.txt");
writeFileSync(large, Array.from({ length: Math.ceil(SPLIT_FROM / Buffer.byteLength(CLEAN)) + 10 }, (_, i) => seed.replace("社区服务经费", `项目${i}`)).join("\n"));
const inputs = [dir, large, join(dir, "missing.txt")];

describe("checkFiles", () => {
  // Threads for a batch of any size (these inputs are smaller than a batch needs for threads).
  beforeAll(() => { process.env.PERFGOAL_THREADS_FROM = "0"; });
  afterAll(() => { delete process.env.PERFGOAL_THREADS_FROM; });

  it("lists each file as check --format json does, with threads or without", async () => {
    const serial = await checkFiles(inputs, { jobs: 1, lang: "en" });
    const threaded = await checkFiles(inputs, { jobs: 2, lang: "en" });
    expect(threaded).toEqual(serial);
    const cli = JSON.parse(perfgoal(["check", ...inputs, "--format", "json", "--lang", "en", "--jobs", "1"]).stdout).files;
    expect(serial.map(({ path, error, errorCount, warningCount, infoCount, diagnostics }) => ({ path, ...(error ? { error } : {}), errorCount, warningCount, infoCount, diagnostics }))).toEqual(cli);
    expect(serial.at(-1)).toMatchObject({ error: "no such file", diagnostics: [] });
    expect(serial.find((f) => f.path.endsWith("seed.xlsx"))?.encoding).toBe("xlsx");
  });

  it("takes the options of check (levels, profile), and refuses what it cannot take", async () => {
    const [off] = await checkFiles([SEED], { levels: { "value-rate-unit": "off" } });
    expect(off.diagnostics.some((d) => d.ruleId === "value-rate-unit")).toBe(false);
    expect(await checkFiles([])).toEqual([]);
    for (const [options, option] of [[{ jobs: 0 }, "options.jobs"], [{ jobs: 1.5 }, "options.jobs"], [{ path: "a.txt" }, "options.path"], [{ lang: "fr" }, "options.lang"]] as const) {
      const error = await checkFiles([SEED], options as never).then(() => undefined, (e: unknown) => e);
      expect(error).toBeInstanceOf(OptionsError);
      expect((error as OptionsError).option).toBe(option);
    }
    await expect(checkFiles(["-"])).rejects.toThrow(OptionsError);
  });

  it("works from the bundles as published: import and require find the worker beside them", async () => {
    const call = `checkFiles(${JSON.stringify([large, SEED])}, { jobs: 2 }).then((r) => process.stdout.write(JSON.stringify(r)))`;
    const options = { cwd: ROOT, encoding: "utf8", maxBuffer: 1 << 28, env: process.env } as const;
    const esm = execFileSync(process.execPath, ["--input-type=module", "-e", `import { checkFiles } from "perfgoal"; ${call}`], options);
    const cjs = execFileSync(process.execPath, ["-e", `const { checkFiles } = require("perfgoal"); ${call}`], options);
    expect(esm === cjs).toBe(true);
    const files = JSON.parse(esm);
    expect(files.map((f: { path: string }) => f.path)).toEqual([large, SEED]);
    expect(files).toEqual(await checkFiles([large, SEED], { jobs: 1 }));
    expect(files[1].errorCount).toBeGreaterThan(0);
  });
});
