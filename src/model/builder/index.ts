/** Build the whole model of one decoded text: every table read (stream.ts) and kept. */
import type { Cell, DocumentNode, ProjectNode } from "../nodes.js";
import { readTables, type DocumentHead } from "./stream.js";
import { textRows } from "../../read/layouts/index.js";

export interface BuildOptions {
  path: string;
  encoding: string;
  /** Characters lexed at a time (tests vary it; the default suits real files). */
  sliceSize?: number;
}

export function buildDocument(text: string, options: BuildOptions): DocumentNode {
  const head: DocumentHead = { title: null, year: null };
  const projects: ProjectNode[] = [];
  const unplaced: Cell[] = [];
  let cellCount = 0, placedCount = 0;
  for (const table of readTables(textRows([text], options.sliceSize), head)) {
    if (table.project) projects.push(table.project);
    for (const cell of table.unplaced) unplaced.push(cell); // no spread: a table may hold 100,000s
    cellCount += table.cellCount;
    placedCount += table.placedCount;
  }
  unplaced.sort((a, b) => a.offset - b.offset);
  return {
    path: options.path,
    encoding: options.encoding,
    title: head.title?.text ?? null,
    titlePlace: head.title,
    year: head.year,
    projects,
    unplaced,
    labelCount: head.labelCount,
    cellCount,
    placedCount,
    text,
  };
}
