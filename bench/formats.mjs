// Reading speed of each file format (part of npm run bench), against a baseline build measured in
// the same run. The sample, as text and saved in each file format, is read into its grid and then
// into the model, in process, by two builds of perfgoal: this tree's dist/ (the current build) and
// a baseline commit's (default 729ad77, before the reading was made faster), built once from git
// into the temp folder (bench/baseline-build.mjs). Each build runs in a process of its own
// (bench/formats-child.mjs); both get the same warm-up (the same number of calls), then take
// turns: rounds of about a second with the same number of calls, baseline and current one after
// the other (which goes first alternates), so a busy moment of this noisy machine falls on both.
// A figure is the median of the rounds' ratios current / baseline, with their spread (min–max), of
// the CPU time a call takes (the process's, so time spent waiting for a core while other work
// runs does not count; on a loaded machine its ratios stayed nearer 1 than the wall clock's,
// which is printed too). More than 10 % above 1 has regressed.
//
// Without git or the commit (a tarball without .git), each figure is judged as before: its CPU
// time as a ratio to a calibration's (JSON.parse, timed in turn with it) against the ratios stored
// in bench/formats-baseline.json for the baseline commit (written by --write-baseline); the output
// says so.
//
//   node bench/formats.mjs [--baseline <rev>] [--rounds N] [--quick] [--write-baseline]
//   --quick: 5 rounds instead of 11
//   --write-baseline: measure the baseline build against the calibration, into formats-baseline.json
import { fork } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import { join } from "node:path";
import { baselineBuild, describeCurrent } from "./baseline-build.mjs";
import { CALIBRATION, FIGURES, calibrationWork } from "./formats-figures.mjs";
import { stats } from "./measure.mjs";

const ROOT = new URL("..", import.meta.url).pathname;
const STORED = join(ROOT, "bench", "formats-baseline.json");
const CHILD = join(ROOT, "bench", "formats-child.mjs");
const args = process.argv.slice(2);
const option = (name) => { const at = args.indexOf(name); return at >= 0 ? args[at + 1] : undefined; };
const ROUNDS = Math.max(3, Number(option("--rounds") ?? (args.includes("--quick") ? 5 : 11)));
const BASELINE = option("--baseline") ?? "729ad77";
/**
 * A round's length: enough calls for about this many milliseconds (at least one call). Rounds of
 * 100 ms had ratios spread from 0.70 to 1.40 (quartiles) at a load of 6 on 2 cores; of 1 s, 0.94 to 1.03.
 */
const ROUND_MS = 1000;
/**
 * Warm-up: calls for about this many milliseconds by the first call's time, and at least ten (the
 * readers took 10–25 calls to reach their speed), the same number for both builds.
 */
const WARM_MS = 3000;
const WARM_CALLS = 10;
const ALLOWED = 1.1;


/** A process timing one build: ask() sends it a request and resolves with its answer. */
function timer(dist) {
  const child = fork(CHILD, [dist], { execArgv: ["--expose-gc"], stdio: ["ignore", "inherit", "inherit", "ipc"] });
  let pending;
  child.on("message", (answer) => {
    const { resolve, reject } = pending;
    pending = undefined;
    if (answer.failed) reject(new Error(`${dist}: ${answer.failed}`));
    else resolve(answer);
  });
  child.on("exit", (code) => pending?.reject(new Error(`the timing process of ${dist} exited (${code})`)));
  return {
    ask: (request) => new Promise((resolve, reject) => { pending = { resolve, reject }; child.send(request); }),
    close: () => child.disconnect(),
  };
}

/**
 * Two subjects ({ timer, label }) timed in turn: the same warm-up for each, then ROUNDS rounds of
 * each, which one goes first alternating. For the CPU time and the wall-clock time of a call: each
 * subject's figures over the rounds (a, b) and the rounds' ratios b / a. The same work (one label)
 * gets the same number of calls a round in both; different work gets calls for about ROUND_MS each.
 */
async function compare(a, b) {
  const subjects = [a, b];
  for (const s of subjects) await s.timer.ask({ figure: s.label });
  const first = [];
  for (const s of subjects) first.push((await s.timer.ask({ calls: 1 })).ms);
  // Warm-up in two halves: the second (nearer the speed reached) sizes the rounds.
  const warmHalf = Math.ceil(Math.max(WARM_CALLS, WARM_MS / Math.max(...first)) / 2);
  const perCall = [];
  for (const s of subjects) await s.timer.ask({ calls: warmHalf });
  for (const s of subjects) perCall.push((await s.timer.ask({ calls: warmHalf })).ms / warmHalf);
  const callsFor = (ms) => Math.max(1, Math.round(ROUND_MS / ms));
  const calls = a.label === b.label ? Array(2).fill(callsFor(Math.max(...perCall))) : perCall.map(callsFor);
  const cpu = [[], []], wall = [[], []];
  for (let r = 0; r < ROUNDS; r++) {
    for (const i of r % 2 ? [1, 0] : [0, 1]) {
      const round = await subjects[i].timer.ask({ calls: calls[i] });
      cpu[i].push(round.cpu / calls[i]);
      wall[i].push(round.ms / calls[i]);
    }
  }
  const figures = ([ta, tb]) => ({ a: stats(ta), b: stats(tb), ratio: stats(tb.map((t, r) => t / ta[r])) });
  return { cpu: figures(cpu), wall: figures(wall), calls };
}

const ms = (s, digits = 1) => `${s.median.toFixed(digits).padStart(6)} ms (${s.min.toFixed(digits)}–${s.max.toFixed(digits)})`.padEnd(25);
const mbs = (bytes, s) => `${(bytes / 1e6 / (s.median / 1000)).toFixed(2).padStart(5)} MB/s`;
const times = (s) => `${s.median.toFixed(2).padStart(5)}× (${s.min.toFixed(2)}–${s.max.toFixed(2)})`;
const kb = (bytes) => `${(bytes / 1024).toFixed(0).padStart(4)} KB`;
const percent = (change) => `${change >= 1 ? "+" : "−"}${Math.abs((change - 1) * 100).toFixed(0).padStart(2)} %`;
const machine = () => `node ${process.version}, ${cpus().length} cores, load average ${loadavg()[0].toFixed(2)}`;

/** The figures of the build in `dist` as ratios to the calibration, each timed against it in turn. */
async function againstCalibration(dist) {
  const work = timer(dist), calibration = timer(dist);
  const figures = {};
  try {
    for (const figure of FIGURES) figures[figure.label] = await compare({ timer: calibration, label: CALIBRATION }, { timer: work, label: figure.label });
  } finally {
    work.close();
    calibration.close();
  }
  return figures;
}

const current = describeCurrent() ?? "this tree";
const baseline = baselineBuild(BASELINE);

if (args.includes("--write-baseline")) {
  if (baseline.unavailable) throw new Error(`--write-baseline: ${baseline.unavailable}`);
  const figures = await againstCalibration(baseline.dist);
  writeFileSync(STORED, `${JSON.stringify({
    commit: baseline.short, node: process.version, measured: new Date().toISOString().slice(0, 10), rounds: ROUNDS,
    note: "each figure's CPU time a call over the calibration's, median of the rounds' ratios; used only where git cannot build the baseline",
    ratios: Object.fromEntries(Object.entries(figures).map(([label, f]) => [label, Number(f.cpu.ratio.median.toFixed(3))])),
  }, null, 2)}\n`);
  console.log(`wrote ${STORED} (the build of ${baseline.short} against the calibration, ${machine()})`);
  process.exit(0);
}

let regressed = 0;
if (!baseline.unavailable) {
  const load = machine();
  const builds = { baseline: timer(baseline.dist), current: timer(join(ROOT, "dist")) };
  console.log(`\nReading the sample (3 tables) into the model, in process: the baseline build ${baseline.short} (--baseline ${BASELINE}, ${baseline.built ? "built now" : "built before"})`);
  console.log(`against the current one (dist/ of ${current}), each in a process of its own: the same warm-up for both, then ${ROUNDS} rounds of about`);
  console.log(`${ROUND_MS / 1000} s each, taken in turn. CPU time of a call: median of the rounds (min–max), and MB per CPU second; the figure: median`);
  console.log(`of the rounds' ratios current / baseline (min–max); below it the same by the wall clock. ${load} before.\n`);
  console.log(`  ${"".padEnd(28)}${`baseline ${baseline.short}`.padEnd(38)}${`current ${current}`.padEnd(38)}current / baseline`);
  try {
    for (const figure of FIGURES) {
      const { cpu, wall, calls } = await compare({ timer: builds.baseline, label: figure.label }, { timer: builds.current, label: figure.label });
      const met = cpu.ratio.median <= ALLOWED;
      if (!met) regressed++;
      console.log(`  ${figure.label.padEnd(18)} ${kb(figure.bytes)}  ${ms(cpu.a)} ${mbs(figure.bytes, cpu.a)}  ${ms(cpu.b)} ${mbs(figure.bytes, cpu.b)}  ${times(cpu.ratio)}  ${met ? "met" : "NOT met"}`);
      console.log(`  ${`  wall clock, ×${calls[0]} a round`.padEnd(28)}${ms(wall.a)} ${mbs(figure.bytes, wall.a)}  ${ms(wall.b)} ${mbs(figure.bytes, wall.b)}  ${times(wall.ratio)}`);
    }
  } finally {
    builds.baseline.close();
    builds.current.close();
  }
  console.log(`\n${machine()} after.`);
} else {
  const stored = JSON.parse(readFileSync(STORED, "utf8"));
  console.log(`\nNo baseline build: ${baseline.unavailable}.`);
  console.log(`FALLBACK: each figure is judged as a ratio to a calibration (JSON.parse of the sample's cells ×30, ${(calibrationWork().bytes / 1024).toFixed(0)} KB, timed in turn with it),`);
  console.log(`against the ratios stored in bench/formats-baseline.json (commit ${stored.commit}, measured ${stored.measured} on another day: less reliable on a noisy machine).`);
  console.log(`Reading the sample (3 tables) into the model, in process (dist/ of ${current}): ${ROUNDS} rounds; CPU time of a call, median (min–max); ${machine()} before.\n`);
  const figures = await againstCalibration(join(ROOT, "dist"));
  for (const figure of FIGURES) {
    const { cpu } = figures[figure.label], before = stored.ratios[figure.label];
    const change = before === undefined ? undefined : cpu.ratio.median / before;
    if (change !== undefined && change > ALLOWED) regressed++;
    console.log(`  ${figure.label.padEnd(18)} ${kb(figure.bytes)}  ${ms(cpu.b)} ${mbs(figure.bytes, cpu.b)}  calibration ${ms(cpu.a, 2)}  ${times(cpu.ratio)}`
      + `  stored ${before === undefined ? "  -  " : `${before.toFixed(2).padStart(5)}×`}  ${change === undefined ? "" : `${percent(change)}  ${change <= ALLOWED ? "met" : "NOT met"}`}`);
  }
  console.log(`\n${machine()} after.`);
}
console.log(`Goal: no figure of the readers more than ${Math.round((ALLOWED - 1) * 100)} % above its baseline: ${regressed === 0 ? "met" : `NOT met (${regressed})`}`);
