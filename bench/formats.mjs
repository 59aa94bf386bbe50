// Reading speed of each file format, against reading the same tables as text in the same run
// (these machines are noisy: medians and ratios). For each format, the sample saved in that
// format is read into its grid and then into the model, in process, many times over; the
// baseline is the sample's text read into the model the same number of times.
//
//   node bench/formats.mjs [--rounds N]
import { readFileSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";

const ROOT = new URL("..", import.meta.url).pathname;
const require = createRequire(import.meta.url);
const { parse } = await import(join(ROOT, "dist", "index.js"));
const args = process.argv.slice(2);
const roundsArg = args.indexOf("--rounds");
const ROUNDS = roundsArg >= 0 ? Number(args[roundsArg + 1]) : 7;
const REPEAT = 20;

const sample = join(ROOT, "fixtures", "seed", "000_f9c598031c2c4aa2.txt");
const FORMATS = [
  ["xlsx", "seed.xlsx", "read-xlsx.cjs"],
  ["xls", "seed.xls", "read-xlsx.cjs"],
  ["docx", "seed.docx", "read-docx.cjs"],
  ["html", "seed.html", "read-html.cjs"],
  ["pdf (LibreOffice)", "sample-libreoffice.pdf", "read-pdf.cjs"],
  ["pdf (Chromium)", "sample-chromium.pdf", "read-pdf.cjs"],
];

const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor((s.length - 1) / 2)]; };

/** Median milliseconds of REPEAT calls, over ROUNDS rounds (after one warm-up round). */
async function time(work) {
  await work();
  const rounds = [];
  for (let r = 0; r < ROUNDS; r++) {
    const start = process.hrtime.bigint();
    for (let i = 0; i < REPEAT; i++) await work();
    rounds.push(Number(process.hrtime.bigint() - start) / 1e6 / REPEAT);
  }
  return { median: median(rounds), min: Math.min(...rounds), max: Math.max(...rounds) };
}

const text = readFileSync(sample);
const base = await time(() => parse(text, { path: sample }));
console.log(`Reading the sample (3 tables) into the model, in process, median of ${ROUNDS} rounds of ${REPEAT}:\n`);
const row = (label, bytes, t, ratio) =>
  console.log(`  ${label.padEnd(20)} ${(bytes / 1024).toFixed(0).padStart(5)} KB  ${t.median.toFixed(1).padStart(7)} ms (${t.min.toFixed(1)}–${t.max.toFixed(1)})  ${(bytes / 1e6 / (t.median / 1000)).toFixed(2).padStart(6)} MB/s${ratio === undefined ? "" : `  ${ratio.toFixed(1).padStart(5)}× the text`}`);
row("text (baseline)", text.length, base);

for (const [label, name, bundle] of FORMATS) {
  const path = join(ROOT, "fixtures", "files", name);
  const bytes = new Uint8Array(readFileSync(path));
  const reader = require(join(ROOT, "dist", bundle));
  const t = await time(async () => {
    const grid = await reader.readGrid(bytes, path);
    // The grid's text as the model reads it: one row a line, cells between tabs.
    parse(grid.rows.map((r) => r.cells.map((c) => c.text.replace(/[\t\r\n]/g, " ")).join("\t")).join("\n"), { path });
  });
  row(label, statSync(path).size, t, t.median / base.median);
}
