// npm run bench: whole-process timings of perfgoal against baselines measured in the same run
// (these machines are noisy: medians and ratios, never one absolute time). Peak memory is the
// maximum resident set size the OS reports for the process.
//
//   node bench/run.mjs [--runs N] [--quick]
import { cpus, totalmem } from "node:os";
import { join } from "node:path";
import { ensureCorpus } from "./corpus.mjs";
import { hasTime, once } from "./measure.mjs";

const ROOT = new URL("..", import.meta.url).pathname;
const BIN = join(ROOT, "bin", "perfgoal.js");
const NAIVE = join(ROOT, "bench", "naive.mjs");
const args = process.argv.slice(2);
const quick = args.includes("--quick");
const runsArg = args.indexOf("--runs");
const scale = runsArg >= 0 ? Number(args[runsArg + 1]) / 10 : quick ? 0.3 : 1;
const runs = (n) => Math.max(1, Math.round(n * scale));
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor((s.length - 1) / 2)]; };

async function measure(label, command, argv, n) {
  await once(command, argv); // warm the file cache
  const results = [];
  for (let i = 0; i < n; i++) results.push(await once(command, argv));
  const m = { label, wall: median(results.map((r) => r.wall)), peak: Math.max(...results.map((r) => r.peak)), runs: n };
  console.log(`  ${label.padEnd(46)} ${m.wall.toFixed(0).padStart(7)} ms  ${(m.peak / 1024).toFixed(0).padStart(5)} MiB  (median of ${n})`);
  return m;
}

const files = ensureCorpus();
const node = process.execPath;
console.log(`perfgoal benchmark — node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? "cpu"}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB`);
console.log(`peak memory from ${hasTime ? "/usr/bin/time (max RSS)" : "/proc VmHWM polling"}\n`);

console.log("Start-up (the CI and pre-submit case):");
const bare = await measure("node -e 0", node, ["-e", "0"], runs(15));
const sample = await measure("perfgoal check <sample>", node, [BIN, "check", files.sample], runs(15));

console.log("\nThroughput (3,000 tables, 7.5 MB; 12,000 tables, 30 MB):");
const naiveBig = await measure("naive split-and-count, 7.5 MB", node, [NAIVE, files.big], runs(7));
const big = await measure("perfgoal check 7.5 MB --format json", node, [BIN, "check", files.big, "--format", "json"], runs(7));
const naiveHuge = await measure("naive split-and-count, 30 MB", node, [NAIVE, files.huge], runs(3));
const huge = await measure("perfgoal check 30 MB --format json", node, [BIN, "check", files.huge, "--format", "json"], runs(3));

console.log("\nMany files (1,000 files, the content of the 7.5 MB file):");
const many = await measure("perfgoal check files-1000/*.txt --format json", node, [BIN, "check", join(files.many, "*.txt"), "--format", "json"], runs(3));

const rows = [
  ["start-up: check <sample> / node -e 0", sample.wall / bare.wall, 1.6],
  ["throughput: check 7.5 MB / naive 7.5 MB", big.wall / naiveBig.wall, 3],
  ["memory: peak on 30 MB / naive peak on 30 MB", huge.peak / naiveHuge.peak, 1],
  ["linearity: 30 MB time / 7.5 MB time", huge.wall / big.wall, 4.4],
  ["many files: 1,000 files / one 7.5 MB file", many.wall / big.wall, 1.5],
];
console.log("\nRatios against the baselines of this run (target in brackets):");
for (const [label, ratio, target] of rows) {
  console.log(`  ${label.padEnd(46)} ${ratio.toFixed(2).padStart(6)}×  [≤ ${target}]  ${ratio <= target ? "met" : "NOT met"}`);
}
