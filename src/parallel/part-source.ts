/**
 * A part of a text (split.ts) as the reader takes it: its rows placed in the whole text, and
 * what the text before the first table said (the document's head), which every later part
 * needs to read its tables as the whole reading does (the unit, the year, the title).
 */
import type { RawRow } from "../../grammar/parser.js";
import { FAMILIES } from "../read/layouts/index.js";
import { chunkRows, type Chunk } from "../read/layouts/segments.js";
import type { TextSource } from "../read/source.js";
import { readTables, type DocumentHead } from "../model/builder/stream.js";
import type { Part, PartChunk } from "./split.js";

function familyChunks(chunks: readonly PartChunk[]): Chunk[] {
  return chunks.map(({ text, family }) => {
    const found = FAMILIES.find((f) => f.name === family);
    if (!found) throw new Error(`internal: no layout family ${family}`);
    return { text, family: found };
  });
}

/** The rows of a part, with places in the whole text. */
export function partRows(part: Pick<Part, "chunks" | "start">): Generator<RawRow> {
  return chunkRows(familyChunks(part.chunks)[Symbol.iterator](), 0, part.start);
}

/** A part as a source of rows (the document-wide fields come from the whole file). */
export function partSource(path: string, encoding: string, part: Pick<Part, "chunks" | "start">): TextSource {
  const text = () => part.chunks.map((c) => c.text).join("");
  return { path, encoding, invalidBytes: 0, pieces: () => [text()], rows: () => partRows(part), wholeText: text, notes: [] };
}

/**
 * What the text before the first table said (its title, year and money unit), as the reading
 * of the whole has it from the first part's end on: every later part starts with it.
 */
export function headOf(first: Part): DocumentHead {
  const head: DocumentHead = { title: null, year: null };
  for (const table of readTables(partRows(first), head)) void table;
  return { title: head.title, year: head.year, ...(head.unit ? { unit: head.unit } : {}) };
}
