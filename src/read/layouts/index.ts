/**
 * Declaration text → rows of cells with places. Text comes in several layout families (cells
 * between tabs or pipes, one cell per line or per paragraph, cells between spaces, cells run
 * together, flat exports with column headings …); the family is decided from the start of the
 * text, again at each form title, and its front end yields the rows that every family shares.
 * Places always point into the text as it was given.
 */
import type { RawRow } from "../../../grammar/parser.js";
import { tabular } from "./tabular.js";
import { flat } from "./flat.js";
import { lines } from "./lines.js";
import { paragraphs } from "./paragraphs.js";
import { spaces } from "./spaces.js";
import { runTogether } from "./run-together.js";
import { chunkRows, chunks, type Chunk, type Detected } from "./segments.js";

export { SLICE } from "./tabular.js";

/** A layout family's front end. */
export interface LayoutFamily {
  name: string;
  /**
   * How well the start of a text fits the family, 0 (not at all) to 1 (certainly); read in
   * linear time. The family with the highest score reads the text; `tabular` is the fallback.
   */
  detect(head: string): number;
  rows(pieces: Iterable<string>, sliceSize: number): Iterable<RawRow>;
}

/** Families tried, in order (a tie goes to the earlier). */
export const FAMILIES: readonly LayoutFamily[] = [flat, tabular, lines, paragraphs, spaces, runTogether];

/** How much of the text detection looks at. */
const HEAD = 64 * 1024;

/** The family of a text, from its start. */
export function detectFamily(head: string): LayoutFamily {
  return detectScored(head).family;
}

/** The family of a text and how well it fits (0 when none fits and tabular is the fallback). */
export function detectScored(head: string): Detected {
  const sample = head.length > HEAD ? head.slice(0, HEAD) : head;
  let best = tabular, bestScore = 0;
  for (const family of FAMILIES) {
    const score = family.detect(sample);
    if (score > bestScore) { best = family; bestScore = score; }
  }
  return { family: best, score: bestScore };
}

/**
 * Rows of a text given in pieces that end at line ends, read by the family its start shows —
 * and, from a form title on, by another family when the table there is written in another
 * (segments.ts).
 */
export function* textRows(pieces: Iterable<string>, sliceSize?: number): Generator<RawRow> {
  yield* chunkRows(textChunks(pieces), sliceSize ?? 0);
}

/** The text in stretches of one family each, as textRows reads it (segments.ts). */
export function textChunks(pieces: Iterable<string>): Generator<Chunk> {
  return chunks(pieces, detectScored, HEAD);
}
