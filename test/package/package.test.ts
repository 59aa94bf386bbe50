/**
 * Issue 11, defect 4 and "install and use where people are": the package as it is published
 * (npm pack), require() and import, its types for both, and the GitHub Actions recipe and
 * pre-commit hook of the README (examples/), run as written in temporary repositories whose
 * file names have Chinese characters and spaces.
 */
import { describe, expect, it } from "vitest";
import { execFileSync, spawnSync } from "node:child_process";
import { chmodSync, copyFileSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { ROOT, SEED } from "../support/fixtures.js";
import { CLEAN } from "../support/declaration.js";
import { tempDir } from "../support/temp.js";

const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8"));
const npmEnv = (prefix: string) => ({
  ...process.env, npm_config_prefix: prefix, npm_config_offline: "true", npm_config_audit: "false",
  npm_config_fund: "false", npm_config_update_notifier: "false", npm_config_loglevel: "error",
});

/** `npm pack` of the built package (npm test built dist/), into a temporary folder. */
function pack(): string {
  const dir = tempDir("perfgoal-pack-");
  const out = execFileSync("npm", ["pack", "--ignore-scripts", "--json", "--pack-destination", dir], { cwd: ROOT, encoding: "utf8", env: npmEnv(dir) });
  return join(dir, JSON.parse(out)[0].filename);
}

describe("the package", () => {
  it("is ready to publish: files, engines, licence, prepack; the only runtime dependencies are the file readers' libraries, loaded when a workbook or PDF is read", () => {
    const out = execFileSync("npm", ["pack", "--dry-run", "--ignore-scripts", "--json"], { cwd: ROOT, encoding: "utf8", env: npmEnv(tempDir()) });
    const files: string[] = JSON.parse(out)[0].files.map((f: { path: string }) => f.path);
    for (const f of ["LICENSE", "README.md", "package.json", "bin/perfgoal.js", "bin/package.json", "dist/cli.cjs", "dist/worker.cjs", "dist/worker-main.cjs", "dist/index.js", "dist/index.cjs", "dist/types/src/index.d.ts", "dist/types-cjs/src/index.d.ts", "dist/types-cjs/package.json"]) {
      expect(files).toContain(f);
    }
    expect(files.filter((f) => /^(src|test|fixtures|bench|scripts|examples)\//.test(f))).toEqual([]);
    expect(Object.keys(pkg.dependencies ?? {}).sort()).toEqual(["@e965/xlsx", "pdfjs-dist"]);
    expect(pkg.engines.node).toBe(">=20");
    expect(pkg.scripts.prepack).toContain("build");
    expect(pkg.license).toBe("MIT");
    expect(readFileSync(join(ROOT, "LICENSE"), "utf8")).toMatch(/^MIT License\n/);
  });

  it("require('perfgoal') and import 'perfgoal' give the same library", () => {
    const script = "const p = require('perfgoal'); const r = p.check('项目名称\\t测试\\n'); process.stdout.write(JSON.stringify([typeof p.parse, r.errorCount > 0, p.RULES.length]));";
    const cjs = execFileSync(process.execPath, ["-e", script], { cwd: ROOT, encoding: "utf8" });
    const esm = execFileSync(process.execPath, ["--input-type=module", "-e", `import * as p from 'perfgoal'; const r = p.check('项目名称\\t测试\\n'); process.stdout.write(JSON.stringify([typeof p.parse, r.errorCount > 0, p.RULES.length]));`], { cwd: ROOT, encoding: "utf8" });
    expect(JSON.parse(cjs)).toEqual(JSON.parse(esm));
    expect(JSON.parse(cjs)[0]).toBe("function");
  });

  it("types for require (a .cts file) and for import (a .mts file) check with module node16", () => {
    const dir = tempDir();
    mkdirSync(join(dir, "node_modules"));
    symlinkSync(ROOT, join(dir, "node_modules", "perfgoal"));
    writeFileSync(join(dir, "a.cts"), [
      'import perfgoal = require("perfgoal");',
      'const result: perfgoal.CheckResult = perfgoal.check("", { lang: "en" });',
      "const n: number = result.errorCount;",
      '// @ts-expect-error: the options are typed',
      'perfgoal.check("", { lang: 42 });',
      "export = n;",
    ].join("\n"));
    writeFileSync(join(dir, "b.mts"), [
      'import { check, type Diagnostic } from "perfgoal";',
      "const d: Diagnostic[] = check(\"\").diagnostics;",
      '// @ts-expect-error: the input is typed',
      "check(42);",
      "export { d };",
    ].join("\n"));
    writeFileSync(join(dir, "tsconfig.json"), JSON.stringify({
      compilerOptions: { module: "node16", moduleResolution: "node16", target: "es2022", strict: true, noEmit: true, skipLibCheck: true, typeRoots: [join(ROOT, "node_modules", "@types")], types: ["node"] },
      files: ["a.cts", "b.mts"],
    }));
    const run = spawnSync(process.execPath, [join(ROOT, "node_modules", "typescript", "bin", "tsc"), "-p", dir], { encoding: "utf8" });
    expect(run.stdout + run.stderr).toBe("");
    expect(run.status).toBe(0);
  });
});

/** The `- run:` commands of a GitHub Actions workflow, in order. */
function runSteps(workflow: string): string[] {
  return workflow.split("\n").filter((l) => /^\s+- run: /.test(l)).map((l) => l.replace(/^\s+- run: /, ""));
}

describe("the GitHub Actions recipe (examples/github-actions.yml)", () => {
  it("works as written in a repository that vendors the tarball", () => {
    const repo = tempDir();
    const prefix = tempDir("perfgoal-prefix-");
    mkdirSync(join(repo, "vendor"));
    copyFileSync(pack(), join(repo, "vendor", `perfgoal-${pkg.version}.tgz`));
    mkdirSync(join(repo, "declarations", "街道 2024"), { recursive: true });
    copyFileSync(SEED, join(repo, "declarations", "街道 2024", "党建 经费#1.txt"));
    writeFileSync(join(repo, "declarations", "clean.txt"), CLEAN);
    const steps = runSteps(readFileSync(join(ROOT, "examples", "github-actions.yml"), "utf8"));
    expect(steps).toHaveLength(3);
    const env = { ...npmEnv(prefix), PATH: `${join(prefix, "bin")}:${process.env.PATH}` };
    const results = steps.map((step) => spawnSync("bash", ["-e", "-c", step], { cwd: repo, encoding: "utf8", env }));
    expect(results.map((r) => r.status)).toEqual([0, 0, 1]); // the last step fails the job: the sample has errors
    const sarif = JSON.parse(readFileSync(join(repo, "perfgoal.sarif"), "utf8"));
    const uris = new Set(sarif.runs[0].results.map((r: { locations: Array<{ physicalLocation: { artifactLocation: { uri: string } } }> }) => r.locations[0].physicalLocation.artifactLocation.uri));
    expect([...uris]).toEqual(["declarations/%E8%A1%97%E9%81%93%202024/%E5%85%9A%E5%BB%BA%20%E7%BB%8F%E8%B4%B9%231.txt"]);
    expect(results[2].stdout).toContain("::error file=declarations/街道 2024/党建 经费#1.txt,line=36,col=3,title=value-rate-unit::");
  });

  it("the README's recipe is this file", () => {
    const readme = readFileSync(join(ROOT, "README.md"), "utf8");
    const recipe = readFileSync(join(ROOT, "examples", "github-actions.yml"), "utf8");
    const hook = readFileSync(join(ROOT, "examples", "pre-commit"), "utf8");
    expect(readme).toContain(recipe.trimEnd());
    expect(readme).toContain(hook.trimEnd());
  });
});

describe("the pre-commit hook (examples/pre-commit)", () => {
  it("checks staged declarations with Chinese names and spaces, and stops a commit with errors", () => {
    const repo = tempDir();
    const bin = tempDir("perfgoal-bin-");
    writeFileSync(join(bin, "perfgoal"), `#!/bin/sh\nexec "${process.execPath}" "${join(ROOT, "bin", "perfgoal.js")}" "$@"\n`);
    chmodSync(join(bin, "perfgoal"), 0o755);
    const env = { ...process.env, PATH: `${bin}:${process.env.PATH}`, GIT_AUTHOR_NAME: "t", GIT_AUTHOR_EMAIL: "t@example.org", GIT_COMMITTER_NAME: "t", GIT_COMMITTER_EMAIL: "t@example.org", LANG: "C" };
    const git = (...args: string[]) => spawnSync("git", args, { cwd: repo, encoding: "utf8", env });
    git("init", "-q");
    copyFileSync(join(ROOT, "examples", "pre-commit"), join(repo, ".git", "hooks", "pre-commit"));
    chmodSync(join(repo, ".git", "hooks", "pre-commit"), 0o755);
    mkdirSync(join(repo, "declarations", "第一 批"), { recursive: true });
    writeFileSync(join(repo, "README.md"), "not a declaration\n"); // outside the pathspecs: not checked
    const name = join("declarations", "第一 批", "党建 经费申报表.txt");
    copyFileSync(SEED, join(repo, name));
    git("add", ".");
    expect(git("diff", "--cached", "--name-only").stdout).toContain('"declarations/'); // what core.quotePath does without -z
    const refused = git("commit", "-q", "-m", "errors");
    expect(refused.status).not.toBe(0);
    expect(refused.stdout + refused.stderr).toContain("党建 经费申报表.txt");
    expect(refused.stdout + refused.stderr).toContain("value-rate-unit");
    writeFileSync(join(repo, name), CLEAN);
    git("add", ".");
    const accepted = git("commit", "-q", "-m", "clean");
    expect(accepted.status).toBe(0);
    expect(accepted.stderr).toContain("没有发现问题"); // git shows a hook's output on stderr
  });
});
