// npm run bench: whole-process timings of perfgoal against baselines measured in the same run:
// start-up (check of the sample) against `node -e 0`; throughput (check of 7.5 MB) and peak
// memory (30 MB) against bench/naive.mjs, a script that only reads, splits and counts the cells;
// 1,000 small files alone. These machines are noisy, so every figure is the median of several
// runs with its spread (min–max), and every goal is a ratio: each run of perfgoal is paired with a
// run of its baseline made just before it, and the goal is judged on the median of the pairs'
// ratios. How noisy the machine was is printed too: the load average before and after, and the
// spread of the `node -e 0` baseline. Peak memory is the maximum resident set size of the process.
//
//   node bench/run.mjs [--runs N] [--quick]
import { cpus, loadavg, totalmem } from "node:os";
import { join } from "node:path";
import { ensureCorpus } from "./corpus.mjs";
import { hasTime, median, once as measureOnce } from "./measure.mjs";

const ROOT = new URL("..", import.meta.url).pathname;
const BIN = join(ROOT, "bin", "perfgoal.js");
const NAIVE = join(ROOT, "bench", "naive.mjs");
const args = process.argv.slice(2);
const quick = args.includes("--quick");
const runsArg = args.indexOf("--runs");
/** Runs of each figure: at least five (a median and a spread need them), more where runs are short. */
const runs = (n) => (runsArg >= 0 ? Math.max(1, Number(args[runsArg + 1])) : quick ? Math.min(n, 5) : n);
/** One run: wall milliseconds and peak RSS in MiB (measure.mjs gives KiB). */
const once = async (command, argv) => {
  const { wall, peak } = await measureOnce(command, argv);
  return { wall, peak: peak / 1024 };
};

const spread = (xs, digits = 0) => `${Math.min(...xs).toFixed(digits)}–${Math.max(...xs).toFixed(digits)}`;

/** A figure: the runs of one command. */
function figure(label, results) {
  const walls = results.map((r) => r.wall), peaks = results.map((r) => r.peak);
  return { label, walls, peaks, wall: median(walls), peak: median(peaks) };
}

function show(f) {
  console.log(`  ${f.label.padEnd(44)} ${f.wall.toFixed(0).padStart(6)} ms (${spread(f.walls)})  ${f.peak.toFixed(0).padStart(4)} MiB (${spread(f.peaks)})  ×${f.walls.length}`);
}

/**
 * `n` pairs of runs, the baseline just before perfgoal each time (after one warm-up run of
 * each, which fills the file cache): the two figures, and the ratio of each pair.
 */
async function paired(base, subject, n) {
  await once(...base.command);
  await once(...subject.command);
  const a = [], b = [];
  for (let i = 0; i < n; i++) {
    a.push(await once(...base.command));
    b.push(await once(...subject.command));
  }
  const baseFigure = figure(base.label, a), subjectFigure = figure(subject.label, b);
  show(baseFigure);
  show(subjectFigure);
  return {
    base: baseFigure, subject: subjectFigure,
    wallRatios: b.map((r, i) => r.wall / a[i].wall),
    peakRatios: b.map((r, i) => r.peak / a[i].peak),
  };
}

async function alone(label, command, n) {
  await once(...command);
  const f = figure(label, await sequence(() => once(...command), n));
  show(f);
  return f;
}

async function sequence(run, n) {
  const out = [];
  for (let i = 0; i < n; i++) out.push(await run());
  return out;
}

const files = ensureCorpus();
const node = process.execPath;
const check = (...argv) => [node, [BIN, "check", ...argv]];
const loadBefore = loadavg();
console.log(`perfgoal benchmark — node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? "cpu"}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB`);
console.log(`each figure: median of its runs (min–max); peak memory: max RSS from ${hasTime ? "/usr/bin/time" : "/proc VmHWM polling"}`);
console.log(`load average before: ${loadBefore.map((l) => l.toFixed(2)).join(" / ")} (1, 5, 15 min)\n`);

console.log("Start-up (the CI and pre-submit case):");
const startup = await paired(
  { label: "node -e 0", command: [node, ["-e", "0"]] },
  { label: "perfgoal check <sample>", command: check(files.sample) }, runs(15));

console.log("\nThroughput (3,000 tables, 7.5 MB):");
const throughput = await paired(
  { label: "naive split-and-count, 7.5 MB", command: [node, [NAIVE, files.big]] },
  { label: "perfgoal check 7.5 MB --format json", command: check(files.big, "--format", "json") }, runs(7));

console.log("\nMemory (12,000 tables, 30 MB):");
const memory = await paired(
  { label: "naive split-and-count, 30 MB", command: [node, [NAIVE, files.huge]] },
  { label: "perfgoal check 30 MB --format json", command: check(files.huge, "--format", "json") }, runs(5));

console.log("\nMany files (1,000 files, the content of the 7.5 MB file):");
const many = await alone("perfgoal check files-1000/*.txt --format json", check(join(files.many, "*.txt"), "--format", "json"), runs(5));
const loadAfter = loadavg();

const goals = [
  ["start-up: check <sample> / node -e 0", startup.wallRatios, 1.6],
  ["throughput: check 7.5 MB json / naive", throughput.wallRatios, 3],
  ["memory: peak on 30 MB / naive's peak", memory.peakRatios, 1],
];
console.log("\nGoals: median of the paired runs' ratios (their min–max), against the target:");
for (const [label, ratios, target] of goals) {
  const ratio = median(ratios);
  console.log(`  ${label.padEnd(44)} ${ratio.toFixed(2).padStart(5)}× (${spread(ratios, 2)})  [≤ ${target}×]  ${ratio <= target ? "met" : "NOT met"}`);
}
console.log("\nOther figures (ratios of medians):");
console.log(`  ${"linearity: 30 MB time / 7.5 MB time".padEnd(44)} ${(memory.subject.wall / throughput.subject.wall).toFixed(2).padStart(5)}×  (4× the input)`);
console.log(`  ${"many files: 1,000 files / one 7.5 MB file".padEnd(44)} ${(many.wall / throughput.subject.wall).toFixed(2).padStart(5)}×`);

const bare = startup.base.walls;
console.log(`\nHow noisy the machine was: node -e 0 took ${spread(bare)} ms (the slowest run ${(Math.max(...bare) / Math.min(...bare)).toFixed(2)}× the fastest);`);
console.log(`load average ${loadBefore[0].toFixed(2)} before, ${loadAfter[0].toFixed(2)} after (1 min) on ${cpus().length} cores.`);
