// What bench/formats.mjs times: the sample read into the model from its text and from each file
// format it is saved in (fixtures/), by one build of perfgoal's library (its dist/ folder). The
// fixtures always come from this tree, so a baseline build and the current one read the same bytes.
import { readFileSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";

const ROOT = new URL("..", import.meta.url).pathname;
const SAMPLE = join(ROOT, "fixtures", "seed", "000_f9c598031c2c4aa2.txt");
const FILES = join(ROOT, "fixtures", "files");

/** Each figure: its label, the file read, and the reader bundle in dist/ (none: the text itself). */
export const FIGURES = [
  { label: "text", path: SAMPLE },
  { label: "xlsx", path: join(FILES, "seed.xlsx"), bundle: "read-xlsx.cjs" },
  { label: "xls", path: join(FILES, "seed.xls"), bundle: "read-xlsx.cjs" },
  { label: "docx", path: join(FILES, "seed.docx"), bundle: "read-docx.cjs" },
  { label: "html", path: join(FILES, "seed.html"), bundle: "read-html.cjs" },
  { label: "pdf (LibreOffice)", path: join(FILES, "sample-libreoffice.pdf"), bundle: "read-pdf.cjs" },
  { label: "pdf (Chromium)", path: join(FILES, "sample-chromium.pdf"), bundle: "read-pdf.cjs" },
].map((figure) => ({ ...figure, bytes: statSync(figure.path).size }));

/**
 * The calibration of the stored-baseline fallback: parsing JSON of the sample's cells (30 copies,
 * ~0.5 MB), work done by V8's own C++ code, which neither perfgoal nor the JIT's warming up makes
 * faster or slower.
 */
export const CALIBRATION = "calibration";
export function calibrationWork() {
  const cells = readFileSync(SAMPLE, "utf8").split(/\r?\n/).map((line) => line.split("\t"));
  const json = JSON.stringify(Array.from({ length: 30 }, () => cells));
  return { work: () => JSON.parse(json).length, bytes: json.length };
}

/** One call of a figure's work with the build in `dist`: an async function. */
export async function workFor(distFolder, label) {
  const dist = resolve(distFolder);
  if (label === CALIBRATION) return calibrationWork().work;
  const figure = FIGURES.find((f) => f.label === label);
  const { parse } = await import(pathToFileURL(join(dist, "index.js")).href);
  const bytes = readFileSync(figure.path);
  if (!figure.bundle) return () => parse(bytes, { path: figure.path });
  const reader = createRequire(import.meta.url)(join(dist, figure.bundle));
  const file = new Uint8Array(bytes);
  return async () => {
    const grid = await reader.readGrid(file, figure.path);
    // The grid's text as the model reads it: one row a line, cells between tabs.
    parse(grid.rows.map((r) => r.cells.map((c) => c.text.replace(/[\t\r\n]/g, " ")).join("\t")).join("\n"), { path: figure.path });
  };
}
