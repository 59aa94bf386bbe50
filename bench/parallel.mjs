// npm run bench (after run.mjs and formats.mjs): what worker threads and shards buy, against
// baselines measured in the same run: on 1,000 files, check --jobs 2, the default --jobs and four
// shards merged against check --jobs 1; on one 7.5 MB file, the same against bench/naive.mjs; and
// --jobs 2 against --jobs 1 at sizes around where threads start. These machines are noisy and
// shared: each comparison alternates its commands run by run (so a busy moment falls on both),
// and prints the median with the spread (min–max) of at least five runs, and how busy the machine
// was (load average before and after).
//
//   node bench/parallel.mjs [--runs N]
import { spawn } from "node:child_process";
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { availableParallelism, cpus, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { ensureCorpus } from "./corpus.mjs";
import { once, stats } from "./measure.mjs";

const ROOT = new URL("..", import.meta.url).pathname;
const BIN = join(ROOT, "bin", "perfgoal.js");
const NAIVE = join(ROOT, "bench", "naive.mjs");
const args = process.argv.slice(2);
const runsArg = args.indexOf("--runs");
const RUNS = Math.max(5, runsArg >= 0 ? Number(args[runsArg + 1]) : 5);

/** One process of node: wall milliseconds and peak memory (KiB). */
const run = (argv) => once(process.execPath, argv);

/** Four shards of a batch checked by four processes at once, then merged: the wall time of it all. */
async function shards(files, out) {
  const start = process.hrtime.bigint();
  const quarter = Math.ceil(files.length / 4);
  const reports = [0, 1, 2, 3].map((i) => join(out, `shard-${i}.json`));
  await Promise.all(reports.map((report, i) => run([BIN, "check", ...files.slice(i * quarter, (i + 1) * quarter), "--format", "json", "--jobs", "1", "-o", report])));
  await run([BIN, "merge", ...reports, "-o", join(out, "merged.json")]);
  return { wall: Number(process.hrtime.bigint() - start) / 1e6, peak: 0 };
}

const ms = (s) => `${s.median.toFixed(0).padStart(6)} ms (${s.min.toFixed(0)}–${s.max.toFixed(0)})`;

/** Commands measured turn by turn, RUNS times each after one warm-up round; medians and spreads. */
async function compare(label, commands) {
  console.log(`\n${label}:`);
  for (const run of Object.values(commands)) await run(); // warm the file cache
  const walls = Object.fromEntries(Object.keys(commands).map((k) => [k, []]));
  const peaks = Object.fromEntries(Object.keys(commands).map((k) => [k, 0]));
  for (let i = 0; i < RUNS; i++) {
    for (const [name, run] of Object.entries(commands)) {
      const r = await run();
      walls[name].push(r.wall);
      peaks[name] = Math.max(peaks[name], r.peak);
    }
  }
  const out = {};
  for (const name of Object.keys(commands)) {
    out[name] = stats(walls[name]);
    const peak = peaks[name] ? `  peak ${(peaks[name] / 1024).toFixed(0).padStart(4)} MiB` : "";
    console.log(`  ${name.padEnd(44)} ${ms(out[name])}${peak}`);
    out[name].walls = walls[name];
  }
  return out;
}

/** The least-squares line through points [x, y]: [intercept, slope]. */
function fit(points) {
  const n = points.length, mx = points.reduce((t, [x]) => t + x, 0) / n, my = points.reduce((t, [, y]) => t + y, 0) / n;
  const slope = points.reduce((t, [x, y]) => t + (x - mx) * (y - my), 0) / points.reduce((t, [x]) => t + (x - mx) ** 2, 0);
  return [my - slope * mx, slope];
}

/** A ratio of medians, and its spread from the runs paired turn by turn. */
function ratio(a, b) {
  const paired = a.walls.map((w, i) => w / b.walls[i]);
  return { value: a.median / b.median, min: Math.min(...paired), max: Math.max(...paired) };
}

const files = ensureCorpus();
const many = readdirSync(files.many).sort().map((f) => join(files.many, f));
const out = join(tmpdir(), `perfgoal-bench-${process.pid}`);
mkdirSync(out, { recursive: true });
const load = loadavg();
console.log(`perfgoal parallel benchmark — node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? "cpu"}, ${availableParallelism()} available to the process`);
console.log(`median of ${RUNS} runs each (spread min–max), commands alternated run by run; load average ${load.map((l) => l.toFixed(2)).join(" ")}`);
// As src/parallel/jobs.ts decides it: the cores less the load of the last minute.
console.log(`the default --jobs at the start: ${Math.max(1, Math.min(availableParallelism(), Math.round(availableParallelism() - load[0])))}`);

try {
  const batch = await compare("1,000 files (the content of the 7.5 MB file), --format json", {
    "check --jobs 1": () => run([BIN, "check", files.many, "--format", "json", "--jobs", "1"]),
    "check --jobs 2": () => run([BIN, "check", files.many, "--format", "json", "--jobs", "2"]),
    "check (default --jobs)": () => run([BIN, "check", files.many, "--format", "json"]),
    "4 shards, 4 processes at once, then merge": () => shards(many, out),
  });
  const big = await compare("one file of 7.5 MB (3,000 tables), --format json", {
    "naive split-and-count": () => run([NAIVE, files.big]),
    "check --jobs 1": () => run([BIN, "check", files.big, "--format", "json", "--jobs", "1"]),
    "check --jobs 2 (both cores)": () => run([BIN, "check", files.big, "--format", "json", "--jobs", "2"]),
    "check (default --jobs)": () => run([BIN, "check", files.big, "--format", "json"]),
  });

  // Where threads start to pay: threads forced on (PERFGOAL_THREADS_FROM=0) for one file and for
  // batches of sizes around THREADS_FROM, against one thread; where the two lines (least squares)
  // cross is the size from which a run is worth threads on this machine.
  const corpus = readFileSync(files.big, "utf8");
  const prefix = (mb) => {
    const path = join(out, `${mb}mb.txt`);
    const chars = Buffer.from(corpus).subarray(0, mb * 1024 * 1024).toString("utf8").length;
    const cut = corpus.indexOf("# 财政项目支出绩效目标申报表", chars);
    writeFileSync(path, cut === -1 ? corpus : corpus.slice(0, cut));
    return path;
  };
  const singles = [1, 2, 4].map((mb) => ({ label: `one file of ${mb} MB`, x: mb, args: [prefix(mb)] }));
  const batches = [125, 250, 500].map((n) => ({ label: `${n} files (${(n * 7.46 / 1000).toFixed(1)} MB)`, x: n * 7.46 / 1000, args: many.slice(0, n) }));
  const forced = (argv) => {
    process.env.PERFGOAL_THREADS_FROM = "0"; // read by the child when it is spawned
    try { return run(argv); } finally { delete process.env.PERFGOAL_THREADS_FROM; }
  };
  const pays = {};
  for (const [what, cases] of [["one file", singles], ["a batch", batches]]) {
    const results = await compare(`Where threads start to pay: ${what}, --jobs 1 against --jobs 2 with threads whatever the size`, Object.fromEntries(cases.flatMap((c) => [
      [`${c.label}, --jobs 1`, () => run([BIN, "check", ...c.args, "--format", "json", "--jobs", "1"])],
      [`${c.label}, --jobs 2 (threads)`, () => forced([BIN, "check", ...c.args, "--format", "json", "--jobs", "2"])],
    ])));
    const line = (name) => fit(cases.map((c) => [c.x, results[`${c.label}, ${name}`].median]));
    const [a1, b1] = line("--jobs 1"), [a2, b2] = line("--jobs 2 (threads)");
    pays[what] = b1 > b2 ? (a2 - a1) / (b1 - b2) : Infinity;
    for (const c of cases) {
      const r = ratio(results[`${c.label}, --jobs 2 (threads)`], results[`${c.label}, --jobs 1`]);
      console.log(`  ${`${c.label}: threads / one thread`.padEnd(44)} ${r.value.toFixed(2).padStart(6)}× (${r.min.toFixed(2)}–${r.max.toFixed(2)})`);
    }
  }
  const mb = (x) => (Number.isFinite(x) ? `${x.toFixed(1)} MB` : "no size measured");
  console.log(`  threads start to pay from about: one file ${mb(pays["one file"])}, a batch ${mb(pays["a batch"])} (perfgoal starts them from 4 MB in all)`);

  const one = readFileSync(join(out, "merged.json"), "utf8");
  const whole = await new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, "check", ...many, "--format", "json"], { stdio: ["ignore", "pipe", "ignore"] });
    const chunks = [];
    child.stdout.on("data", (d) => { chunks.push(d); });
    child.on("close", () => resolve(Buffer.concat(chunks).toString("utf8")));
  });
  console.log(`\n  the merged shards' report is ${one === whole ? "byte for byte" : "NOT"} the report of one run over the 1,000 files`);

  const rows = [
    ["1,000 files: --jobs 2 / --jobs 1", ratio(batch["check --jobs 2"], batch["check --jobs 1"]), 0.7],
    ["1,000 files: default --jobs / --jobs 1", ratio(batch["check (default --jobs)"], batch["check --jobs 1"]), 0.7],
    ["7.5 MB: check --jobs 2 (both cores) / naive", ratio(big["check --jobs 2 (both cores)"], big["naive split-and-count"]), 3],
    ["7.5 MB: check (default --jobs) / naive", ratio(big["check (default --jobs)"], big["naive split-and-count"]), 3],
    ["7.5 MB: check --jobs 2 / --jobs 1", ratio(big["check --jobs 2 (both cores)"], big["check --jobs 1"]), undefined],
    ["1,000 files: 4 shards + merge / one run --jobs 1", ratio(batch["4 shards, 4 processes at once, then merge"], batch["check --jobs 1"]), undefined],
    ["1,000 files: 4 shards + merge / one run (default)", ratio(batch["4 shards, 4 processes at once, then merge"], batch["check (default --jobs)"]), undefined],
  ];
  console.log("\nRatios of medians (spread of the run-by-run ratios; target in brackets):");
  for (const [label, r, target] of rows) {
    const verdict = target === undefined ? "(measured)" : `[≤ ${target}]  ${r.value <= target ? "met" : "NOT met"}`;
    console.log(`  ${label.padEnd(50)} ${r.value.toFixed(2).padStart(5)}× (${r.min.toFixed(2)}–${r.max.toFixed(2)})  ${verdict}`);
  }
  console.log(`\nload average after: ${loadavg().map((l) => l.toFixed(2)).join(" ")} (on ${cpus().length} cores)`);
} finally {
  rmSync(out, { recursive: true, force: true });
}
