/**
 * `check --format html`: a report for the people who decide on declarations. The reporter
 * asks for every project in full (`needsProjects`), gathers the batch file by file (collect.ts)
 * and writes one self-contained page at the end (page.ts): the overview, the finding list, each
 * declaration drawn as the form with its findings beside the cells, and the rules explained.
 */
import type { ReportContext } from "../model.js";
import type { Reporter } from "../reporter.js";
import { Batch } from "./collect.js";
import { pagePieces } from "./page.js";

/** Pieces are joined up to this size before they are written. */
const CHUNK = 1 << 18;

export function createHtmlReporter(context: ReportContext, write: (text: string) => void): Reporter {
  const batch = new Batch(context.rules);
  return {
    needsText: false,
    needsProjects: true,
    file: (result) => batch.add(result),
    end: () => {
      let buffer: string[] = [];
      let size = 0;
      for (const piece of pagePieces(batch, context)) {
        buffer.push(piece);
        size += piece.length;
        if (size >= CHUNK) {
          write(buffer.join(""));
          buffer = [];
          size = 0;
        }
      }
      if (buffer.length > 0) write(buffer.join(""));
    },
  };
}

/** The whole page as one string (tests, and the library's callers with small batches). */
export function renderHtml(batch: Batch, context: ReportContext, date?: Date): string {
  return [...pagePieces(batch, context, date)].join("");
}

export { Batch };
