// The worker thread of `--jobs`, copied to dist/worker.cjs by scripts/build.mjs: it runs the
// bundled worker (dist/worker-main.cjs, from src/parallel/worker.ts) compiled from the V8 code
// cache the build made (dist/worker-main.cjs.cache), as bin/perfgoal.js runs the CLI: each
// thread compiles its own code, and a cache spares it most of that. Without a cache that
// matches this Node.js, the bundle runs as it is.
"use strict";
const { readFileSync, writeFileSync } = require("node:fs");
const { join } = require("node:path");
const { Script } = require("node:vm");
const { parentPort } = require("node:worker_threads");

const file = join(__dirname, "worker-main.cjs");
let cachedData;
try {
  cachedData = readFileSync(`${file}.cache`);
} catch {
  // no cache: compiled as it runs
}
// The bundle is a function expression: (function (exports, require, module, __filename, __dirname) {…})
const script = new Script(readFileSync(file, "utf8"), { filename: file, cachedData });
const bundle = { exports: {} };
script.runInThisContext()(bundle.exports, require("node:module").createRequire(file), bundle, file, __dirname);

// The build warms the cache: a task, then this message, and the code compiled so far is saved.
if (process.env.PERFGOAL_WRITE_CODE_CACHE) {
  parentPort.on("message", (message) => {
    if (message && message.writeCodeCache) {
      writeFileSync(`${file}.cache`, script.createCachedData());
      parentPort.postMessage({ codeCacheWritten: true });
    }
  });
}
