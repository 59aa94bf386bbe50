// npm run bench (after the build): the three benchmarks one after the other, each given this
// script's arguments (each reads the ones it knows), so `npm run bench -- --quick` makes them all
// quick. Stops at the first that fails, as `a && b && c` would.
//   run.mjs:      whole perfgoal processes against `node -e 0` and a naive script, paired run by run
//   formats.mjs:  each file format's reader, the current build against a baseline commit's build
//   parallel.mjs: threads and shards against one thread, commands alternated run by run
import { spawnSync } from "node:child_process";
import { join } from "node:path";

const BENCH = new URL(".", import.meta.url).pathname;
for (const script of ["run.mjs", "formats.mjs", "parallel.mjs"]) {
  const { status, signal } = spawnSync(process.execPath, [join(BENCH, script), ...process.argv.slice(2)], { stdio: "inherit" });
  if (status !== 0) {
    console.error(`bench/${script} failed (${signal ?? `exit ${status}`})`);
    process.exit(status || 1);
  }
}
