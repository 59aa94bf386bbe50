#!/usr/bin/env node
// perfgoal's command line. The code lives in dist/, bundled by `npm run build`
// (run for you by `npm install` through the prepare script).
import { existsSync } from "node:fs";

const bundle = new URL("../dist/cli.js", import.meta.url);
if (!existsSync(bundle)) {
  process.stderr.write("perfgoal: not built yet: run `npm install` (or `npm run build`) in the perfgoal folder\n");
  process.exit(2);
}
await import(bundle.href);
