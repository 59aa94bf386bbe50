#!/usr/bin/env node
// perfgoal's command line. The code is dist/cli.cjs, bundled by `npm run build` (run for you
// by `npm install`). It is compiled from a V8 code cache when one matches this Node.js, which
// takes start-up from about 2.5× a bare `node -e 0` to under 2×; without one it runs as is.
// This file is CommonJS (bin/package.json): Node starts a CommonJS entry ~7 ms sooner than ESM.
"use strict";
const { existsSync, readFileSync, renameSync, writeFileSync } = require("node:fs");
const { tmpdir } = require("node:os");
const { join } = require("node:path");
const { Script } = require("node:vm");

// Before any code is compiled: V8 settings measured to speed up checking (v8-flags.cjs).
for (const flag of require("./v8-flags.cjs")) require("node:v8").setFlagsFromString(flag);

const dist = join(__dirname, "..", "dist");
const file = join(dist, "cli.cjs");
if (!existsSync(file)) {
  process.stderr.write("perfgoal: not built yet: run `npm install` (or `npm run build`) in the perfgoal folder\n");
  process.exit(2);
}

const source = readFileSync(file, "utf8");
const caches = [`${file}.cache`, join(tmpdir(), `perfgoal-${process.version}-${source.length}.cache`)];
let cachedData;
for (const candidate of caches) {
  try {
    cachedData = readFileSync(candidate);
    break;
  } catch {
    // no cache there
  }
}

// The bundle is a function expression: (function (exports, require, module, __filename, __dirname) {…})
const script = new Script(source, { filename: file, cachedData });

// Made at build time; made again (beside the bundle, or in the temp folder) when Node.js changed.
// V8 takes a cache only under the flags it was made with, ours (v8-flags.cjs): a run given flags
// of its own (`node --single-threaded bin/perfgoal.js`, a profiler, NODE_OPTIONS) writes none, or every later
// plain run would reject the cache it wrote and write it again.
const remake = process.env.PERFGOAL_WRITE_CODE_CACHE || ((cachedData === undefined || script.cachedDataRejected) && process.execArgv.length === 0 && !process.env.NODE_OPTIONS);
if (remake) {
  process.once("exit", () => {
    const data = script.createCachedData();
    for (const target of caches) {
      try {
        const partial = `${target}.${process.pid}.tmp`;
        writeFileSync(partial, data);
        renameSync(partial, target);
        return;
      } catch {
        // not writable: try the next place
      }
    }
  });
}

const bundle = { exports: {} };
script.runInThisContext()(bundle.exports, require("node:module").createRequire(file), bundle, file, dist);

