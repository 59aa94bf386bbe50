// Reading speed of each file format (part of npm run bench). The sample saved in each format is
// read into its grid and then into the model, in process, many times over; so is the sample's
// text. These machines are noisy, so each figure is a median of rounds with its spread, and is
// judged as a ratio to a calibration timed just before it, round by round — parsing a JSON text,
// which no change to perfgoal makes faster or slower. The ratios are compared with
// bench/formats-baseline.json (measured before the reading was made faster): a figure more than
// 10 % above its baseline has regressed.
//
//   node bench/formats.mjs [--rounds N] [--write-baseline]
import { readFileSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { execFileSync } from "node:child_process";
import { cpus, loadavg } from "node:os";

const ROOT = new URL("..", import.meta.url).pathname;
const BASELINE = join(ROOT, "bench", "formats-baseline.json");
const require = createRequire(import.meta.url);
const { parse } = await import(join(ROOT, "dist", "index.js"));
const args = process.argv.slice(2);
const roundsArg = args.indexOf("--rounds");
const ROUNDS = roundsArg >= 0 ? Number(args[roundsArg + 1]) : 7;
const REPEAT = 20;
const ALLOWED = 1.1;

const sample = join(ROOT, "fixtures", "seed", "000_f9c598031c2c4aa2.txt");
const FORMATS = [
  ["xlsx", "seed.xlsx", "read-xlsx.cjs"],
  ["xls", "seed.xls", "read-xlsx.cjs"],
  ["docx", "seed.docx", "read-docx.cjs"],
  ["html", "seed.html", "read-html.cjs"],
  ["pdf (LibreOffice)", "sample-libreoffice.pdf", "read-pdf.cjs"],
  ["pdf (Chromium)", "sample-chromium.pdf", "read-pdf.cjs"],
];

const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2; };

const text = readFileSync(sample);
const sampleText = text.toString("utf8");
/**
 * The calibration: parsing JSON of the sample's cells (30 copies, ~0.5 MB), work done by V8's own
 * C++ code, which neither perfgoal nor the warming up of the JIT makes faster or slower.
 */
const calibrationJson = JSON.stringify(Array.from({ length: 30 }, () => sampleText.split(/\r?\n/).map((line) => line.split("\t"))));
function calibrate() {
  return JSON.parse(calibrationJson).length;
}

/** Milliseconds a call of `work` takes, over REPEAT calls. */
async function round(work) {
  const start = process.hrtime.bigint();
  for (let i = 0; i < REPEAT; i++) await work();
  return Number(process.hrtime.bigint() - start) / 1e6 / REPEAT;
}

/**
 * A figure: ROUNDS rounds (after a warm-up round), each timing the calibration and then `work`:
 * the median time of a call, and the median of the rounds' ratios to the calibration, with their spreads.
 */
async function time(work) {
  await round(calibrate);
  await round(work);
  const times = [], ratios = [];
  for (let r = 0; r < ROUNDS; r++) {
    const base = await round(calibrate);
    const t = await round(work);
    times.push(t);
    ratios.push(t / base);
  }
  return { median: median(times), min: Math.min(...times), max: Math.max(...times), ratio: median(ratios), ratioMin: Math.min(...ratios), ratioMax: Math.max(...ratios) };
}

const calibration = await time(calibrate);
const figures = { text: await time(() => parse(text, { path: sample })) };
const sizes = { text: text.length };
for (const [label, name, bundle] of FORMATS) {
  const path = join(ROOT, "fixtures", "files", name);
  const bytes = new Uint8Array(readFileSync(path));
  const reader = require(join(ROOT, "dist", bundle));
  figures[label] = await time(async () => {
    const grid = await reader.readGrid(bytes, path);
    // The grid's text as the model reads it: one row a line, cells between tabs.
    parse(grid.rows.map((r) => r.cells.map((c) => c.text.replace(/[\t\r\n]/g, " ")).join("\t")).join("\n"), { path });
  });
  sizes[label] = statSync(path).size;
}
const ratios = Object.fromEntries(Object.entries(figures).map(([label, t]) => [label, t.ratio]));

if (args.includes("--write-baseline")) {
  let commit = "unknown";
  try { commit = process.env.BASELINE_COMMIT ?? execFileSync("git", ["rev-parse", "--short", "HEAD"], { cwd: ROOT, encoding: "utf8" }).trim(); } catch { /* not a clone */ }
  writeFileSync(BASELINE, `${JSON.stringify({
    commit, node: process.version, measured: new Date().toISOString().slice(0, 10), rounds: ROUNDS, repeat: REPEAT,
    note: "each figure's median time over the calibration's median time, measured in one run",
    ratios: Object.fromEntries(Object.entries(ratios).map(([k, v]) => [k, Number(v.toFixed(3))])),
  }, null, 2)}\n`);
  console.log(`wrote ${BASELINE}`);
}
const baseline = JSON.parse(readFileSync(BASELINE, "utf8"));

console.log(`\nReading the sample (3 tables) into the model, in process: median of ${ROUNDS} rounds of ${REPEAT} (min–max); node ${process.version}, ${cpus().length} cores, load average ${loadavg()[0].toFixed(2)}`);
console.log(`  calibration (JSON.parse of the sample's cells ×30, ${(calibrationJson.length / 1024).toFixed(0)} KB)  ${calibration.median.toFixed(2)} ms (${calibration.min.toFixed(2)}–${calibration.max.toFixed(2)}), timed before each round of each figure`);
console.log(`Each figure as a ratio to the calibration, against bench/formats-baseline.json (commit ${baseline.commit}, ${baseline.measured}); a figure more than ${Math.round((ALLOWED - 1) * 100)} % above its baseline has regressed:\n`);
let regressed = 0;
for (const [label, t] of Object.entries(figures)) {
  const ratio = ratios[label], before = baseline.ratios[label];
  const change = before === undefined ? undefined : ratio / before;
  if (change !== undefined && change > ALLOWED) regressed++;
  console.log(`  ${label.padEnd(18)} ${(sizes[label] / 1024).toFixed(0).padStart(5)} KB  ${t.median.toFixed(1).padStart(6)} ms (${t.min.toFixed(1)}–${t.max.toFixed(1)})  ${(sizes[label] / 1e6 / (t.median / 1000)).toFixed(2).padStart(5)} MB/s`
    + `  ${ratio.toFixed(2).padStart(6)}× (${t.ratioMin.toFixed(2)}–${t.ratioMax.toFixed(2)})  baseline ${before === undefined ? "  -  " : `${before.toFixed(2).padStart(5)}×`}`
    + `  ${change === undefined ? "" : `${change >= 1 ? "+" : "−"}${Math.abs((change - 1) * 100).toFixed(0).padStart(2)} %  ${change <= ALLOWED ? "met" : "NOT met"}`}`);
}
console.log(`\nGoal: no figure of the readers more than ${Math.round((ALLOWED - 1) * 100)} % above its baseline: ${regressed === 0 ? "met" : `NOT met (${regressed})`}`);
