/**
 * Declaration text → rows of cells with places. Text comes in several layout families (cells
 * between tabs or pipes, one cell per line, cells between spaces, cells run together, flat
 * exports with column headings …); the family is decided once from the start of the text, and
 * its front end yields the rows that every family shares. Places always point into the text
 * as it was given.
 */
import type { RawRow } from "../../../grammar/parser.js";
import { tabular } from "./tabular.js";
import { lines } from "./lines.js";
import { paragraphs } from "./paragraphs.js";
import { spaces } from "./spaces.js";
import { glued } from "./glued.js";

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
export const FAMILIES: readonly LayoutFamily[] = [tabular, lines, paragraphs, spaces, glued];

/** How much of the text detection looks at. */
const HEAD = 64 * 1024;

/** The family of a text, from its start. */
export function detectFamily(head: string): LayoutFamily {
  const sample = head.length > HEAD ? head.slice(0, HEAD) : head;
  let best = tabular, bestScore = 0;
  for (const family of FAMILIES) {
    const score = family.detect(sample);
    if (score > bestScore) { best = family; bestScore = score; }
  }
  return best;
}

/** Rows of a text given in pieces that end at line ends, read by the family its start shows. */
export function* textRows(pieces: Iterable<string>, sliceSize?: number): Generator<RawRow> {
  const iterator = pieces[Symbol.iterator]();
  const first = iterator.next();
  if (first.done) return;
  const family = detectFamily(first.value);
  function* all(): Generator<string> {
    yield first.value;
    for (let next = iterator.next(); !next.done; next = iterator.next()) yield next.value;
  }
  for (const row of family.rows(all(), sliceSize ?? 0)) {
    row.family = family.name;
    yield row;
  }
}
