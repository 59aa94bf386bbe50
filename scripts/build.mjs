// Build (run by `npm install` through `prepare`, and by `npm test`):
// - dist/cli.cjs: the whole CLI in one minified script. Start-up is dominated by loading code
//   (engineering.md), so bin/perfgoal.js runs it from a V8 code cache, made here by running
//   the CLI once on the sample (dist/cli.cjs.cache). Commands and report formats stay lazy:
//   esbuild wraps dynamically imported modules so they run only when imported.
// - dist/worker.cjs and dist/worker-main.cjs: the worker thread of `--jobs` (src/parallel/), run
//   from a code cache too (dist/worker-main.cjs.cache).
// - dist/index.js and dist/index.cjs: the library for import and for require(), and its type
//   declarations (dist/types; dist/types-cjs is the same for require(), marked CommonJS).
import { build } from "esbuild";
import { execFileSync, spawnSync } from "node:child_process";
import { cpSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";

const dev = process.argv.includes("--dev");
rmSync("dist", { recursive: true, force: true });

const shared = {
  bundle: true,
  platform: "node",
  target: "node20",
  minify: !dev,
  legalComments: "none",
  logLevel: "warning",
  // SheetJS (about 1 MB of code) is a runtime dependency, loaded from node_modules by the workbook
  // reader alone with import(): never part of the CLI bundle, and not loaded by the library until a
  // workbook is read.
  external: ["@e965/xlsx"],
};

// Modules bundled apart, loaded only when needed: zod is more than half of the code (447 of
// 830 KB) and only `perfgoal schema` and a config file need it; each file reader (workbooks,
// Word, PDF, web pages) is loaded only for its format, so a `.txt` run pays for none of them.
// Each entry: the module's source, the bundle it becomes, and how the CLI imports it.
const APART = [
  { source: "src/cli/schema-command.ts", out: "schema-command.cjs", from: "src/cli", specifier: "./schema-command.js" },
  { source: "src/engine/config-schema.ts", out: "config-schema.cjs", from: "src/engine", specifier: "./config-schema.js" },
  ...["xlsx", "docx", "pdf", "html"].map((name) => (
    { source: `src/read/files/${name}.ts`, out: `read-${name}.cjs`, from: "src/read/files", specifier: `./${name}.js` })),
  // The HTML report (its page, styles and script: 55 KB) only for --format html.
  { source: "src/report/html/index.ts", out: "report-html.cjs", from: "src/report", specifier: "./html/index.js" },
];
const apart = {
  name: "apart",
  setup(b) {
    b.onResolve({ filter: /^\.\/[\w/-]+\.js$/ }, (args) => {
      const entry = APART.find((a) => a.specifier === args.path && args.importer.replaceAll("\\", "/").includes(`/${a.from}/`));
      return entry ? { path: `./${entry.out}`, external: true } : undefined;
    });
  },
};
// SheetJS finds a file in a zip by scanning every entry (safegetzipfile), several times a sheet:
// a workbook of 4,000 sheets took 18 s, quadratic in the sheets. The workbook reader's bundle
// carries SheetJS with that one function given an index (built once per archive), so reading
// stays linear; the build stops if the function is not there as expected. Its code-page tables
// (only Excel 95 files need them) stay in node_modules.
const SCAN = "function safegetzipfile(zip, file/*:string*/) {\n";
const INDEXED = `
	var paths = zip.FullPaths;
	if(paths) {
		var cache = safegetzipfile.index || (safegetzipfile.index = new WeakMap());
		var index = cache.get(zip);
		if(!index || index.count !== paths.length) {
			index = { count: paths.length, at: new Map() };
			for(var p = 0; p < paths.length; ++p) {
				var key = paths[p].replace(/^Root Entry[\\/]/, "").toLowerCase();
				if(!index.at.has(key)) index.at.set(key, p);
			}
			cache.set(zip, index);
		}
		var want = file.toLowerCase().replace(/[\\/]/g, "\\\\"), alt = want.replace(/\\\\/g, "/");
		var found = index.at.has(want) ? index.at.get(want) : index.at.get(alt);
		return found === undefined ? null : (zip.files ? zip.files[paths[found]] : zip.FileIndex[found]);
	}
`;
const indexedZipLookup = {
  name: "sheetjs-indexed-zip-lookup",
  setup(b) {
    b.onLoad({ filter: /[\\/]@e965[\\/]xlsx[\\/]xlsx\.mjs$/ }, (args) => {
      const source = readFileSync(args.path, "utf8");
      if (source.split(SCAN).length !== 2) throw new Error(`build: ${args.path} has no single '${SCAN.trim()}' to patch (SheetJS changed: see scripts/build.mjs)`);
      return { contents: source.replace(SCAN, SCAN + INDEXED), loader: "js" };
    });
  },
};
// commander requires node:child_process when it loads, for executable subcommands perfgoal has
// none of; loading it (with net, dgram and the streams) costs start-up. The CLI's commander gets
// it on first use instead.
const lazyChildProcess = {
  name: "lazy-child-process",
  setup(b) {
    b.onResolve({ filter: /^node:child_process$/ }, (args) => (
      /[\\/]node_modules[\\/]commander[\\/]/.test(args.importer) ? { path: "child_process", namespace: "lazy-child-process" } : undefined));
    b.onLoad({ filter: /.*/, namespace: "lazy-child-process" }, () => ({
      contents: "let loaded; module.exports = { spawn: (...args) => (loaded ??= require('node:child_process')).spawn(...args) };",
      loader: "js",
    }));
  },
};
// pdf.js (pdfjs-dist, ES modules, 2.5 MB) is never bundled: the PDF reader import()s it at run
// time, from the reader bundle, which Node loads with require() (so import() works there, unlike
// in dist/cli.cjs, which runs through node:vm).
const RUNTIME_ONLY = ["pdfjs-dist"];
for (const { source, out } of APART) {
  const sheetjs = out === "read-xlsx.cjs" ? { external: [...RUNTIME_ONLY, "@e965/xlsx/dist/*"], plugins: [indexedZipLookup] } : {};
  await build({
    ...shared, entryPoints: [source], outfile: `dist/${out}`, format: "cjs", external: RUNTIME_ONLY,
    // A CommonJS bundle has no import.meta: the reader finds its packages from its own file.
    define: { "import.meta.url": "__pgImportMetaUrl" },
    banner: { js: "var __pgImportMetaUrl = require('node:url').pathToFileURL(__filename).href;" },
    ...sheetjs,
  });
}

// The bundles run through node:vm from a code cache (the CLI by bin/perfgoal.js, the worker thread
// of `--jobs` by src/parallel/worker-loader.cjs, copied to dist/worker.cjs): the file readers are
// loaded apart.
const script = {
  format: "cjs",
  plugins: [apart, lazyChildProcess],
  // A script run through node:vm cannot import(): the bundles apart are require()d.
  supported: { "dynamic-import": false },
  // Bundled ESM packages (tinyglobby's fdir) read import.meta.url, which a script lacks.
  define: { "import.meta.url": "__pgImportMetaUrl" },
  // The CommonJS wrapper is part of the file, so the loader hands it to V8 as it is.
  banner: { js: "(function (exports, require, module, __filename, __dirname) {'use strict';var __pgImportMetaUrl = require('node:url').pathToFileURL(__filename).href;" },
  footer: { js: "\n})" },
};
await build({ ...shared, ...script, entryPoints: ["src/cli/entry.ts"], outfile: "dist/cli.cjs" });
await build({ ...shared, ...script, entryPoints: ["src/parallel/worker.ts"], outfile: "dist/worker-main.cjs" });
cpSync("src/parallel/worker-loader.cjs", "dist/worker.cjs");
await build({
  ...shared,
  entryPoints: ["src/index.ts"],
  outfile: "dist/index.js",
  format: "esm",
  external: [...RUNTIME_ONLY, "@e965/xlsx"],
  // Bundled CommonJS helpers may call require().
  banner: { js: "import { createRequire as __pgRequire } from 'node:module'; const require = __pgRequire(import.meta.url);" },
});
// The library for require('perfgoal') (a CommonJS project, or a tool that cannot import()).
await build({
  ...shared, entryPoints: ["src/index.ts"], outfile: "dist/index.cjs", format: "cjs", external: [...RUNTIME_ONLY, "@e965/xlsx"],
  // A CommonJS bundle has no import.meta: bundled code that asks for its own address gets the file's.
  define: { "import.meta.url": "__pgImportMetaUrl" },
  banner: { js: "var __pgImportMetaUrl = require('node:url').pathToFileURL(__filename).href;" },
});

// Warm the code cache: one check of the sample and one convert, as a user would run them.
const bin = new URL("../bin/perfgoal.js", import.meta.url).pathname;
const sample = new URL("../fixtures/seed/000_f9c598031c2c4aa2.txt", import.meta.url).pathname;
const warm = spawnSync(process.execPath, [bin, "check", sample, "--no-color"], {
  stdio: "ignore",
  env: { ...process.env, PERFGOAL_WRITE_CODE_CACHE: "1" },
});
if (warm.status !== 1) { // the sample has errors: exit 1 is the right answer
  console.error(`build: the built CLI failed on the sample (exit ${warm.status}); run bin/perfgoal.js check ${sample}`);
  process.exit(1);
}
// And the worker's: one task (the sample), then the code compiled so far is saved.
// Under the CLI's V8 settings (bin/v8-flags.cjs): a cache is taken only by a process with the same ones.
const v8Flags = createRequire(import.meta.url)("../bin/v8-flags.cjs");
const warmWorker = spawnSync(process.execPath, [...v8Flags, "-e", `
  const { Worker } = require("node:worker_threads");
  const worker = new Worker(${JSON.stringify(new URL("../dist/worker.cjs", import.meta.url).pathname)}, {
    workerData: { command: "check", lang: "zh", profile: "current", encoding: "auto", needsText: true, needsProjects: false },
  });
  worker.on("message", (m) => {
    if (m.codeCacheWritten) process.exit(0);
    if (m.failed) { console.error(m.failed); process.exit(1); }
    worker.postMessage({ writeCodeCache: true });
  });
  worker.postMessage({ id: 0, task: { kind: "file", path: ${JSON.stringify(sample)} } });
`], { stdio: "inherit", env: { ...process.env, PERFGOAL_WRITE_CODE_CACHE: "1" } });
if (warmWorker.status !== 0) {
  console.error(`build: the built worker failed on the sample (exit ${warmWorker.status})`);
  process.exit(1);
}

if (!process.argv.includes("--no-types")) {
  try {
    execFileSync(process.execPath, ["node_modules/typescript/bin/tsc", "-p", "tsconfig.build.json"], { stdio: "inherit" });
    // The same declarations for require(): under "type": "module" a .d.ts is ESM; this folder's
    // package.json makes its copies CommonJS, as dist/index.cjs is.
    cpSync("dist/types", "dist/types-cjs", { recursive: true });
    writeFileSync("dist/types-cjs/package.json", '{ "type": "commonjs" }\n');
  } catch {
    console.error("build: type declarations failed (see the TypeScript errors above)");
    process.exit(1);
  }
}
