/**
 * Page furniture: what a page's margins hold that is not the declaration — page numbers, and a
 * browser's print header and footer (date and page title; the file's address and 1/5). Only rows
 * above or below everything else on a page are candidates:
 * - the outermost row, when it is a page number alone;
 * - up to two rows at each end that hold a page number, an address or a date stamp and come back
 *   at the same height (digits aside) on another page.
 */
import type { Block, PageContent } from "./page.js";
import { TOLERANCE } from "./tables.js";

/** A page number (`第 2 页`, `共 5 页 第 2 页`, `2/5`, `- 2 -`, `2`, `Page 2 of 5`). */
const PAGE_NUMBER = /^(?:第\s*\d+\s*页(?:\s*[,，/]?\s*共\s*\d+\s*页)?|共\s*\d+\s*页\s*[,，]?\s*第\s*\d+\s*页|\d{1,4}\s*\/\s*\d{1,4}|[-–—]\s*\d{1,4}\s*[-–—]|\d{1,4}|page\s+\d+(?:\s+of\s+\d+)?)$/i;
/** What a browser or a print dialogue puts in a page's margin: the file's address, the date and time. */
const STAMP = /^(?:(?:file|https?):\/\/\S+|\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}(?:[ ,]+(?:上午|下午)?\s*\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AP]M)?)?)$/i;

/** Each page's blocks without its furniture, and how many rows were left out. */
export function withoutFurniture(pages: PageContent[]): { pages: Block[][]; dropped: number } {
  const marked = (block: Block) => block.kind === "line" && block.cells.some((c) => PAGE_NUMBER.test(c.text) || STAMP.test(c.text));
  const alone = (block: Block) => block.kind === "line" && PAGE_NUMBER.test(block.cells.map((c) => c.text).join(" "));
  const shape = (block: Block) => (block.kind === "line" ? block.cells.map((c) => c.text.replace(/\d+/g, "#")).join("\t") : "");
  // The rows at the ends of each page, by shape: where each shape is seen, on which pages.
  const edges = (blocks: Block[]) => [...new Set([...blocks.slice(0, 2), ...blocks.slice(-2)])];
  const seen = new Map<string, Array<{ page: number; top: number }>>();
  pages.forEach((p, page) => {
    for (const b of edges(p.blocks)) {
      if (!marked(b)) continue;
      const key = shape(b);
      seen.set(key, [...(seen.get(key) ?? []), { page, top: b.top }]);
    }
  });
  const repeats = (block: Block, page: number) => (seen.get(shape(block)) ?? []).some((s) => s.page !== page && Math.abs(s.top - block.top) <= TOLERANCE);
  const furniture = (block: Block, page: number, outermost: boolean) => (outermost && alone(block)) || (marked(block) && repeats(block, page));
  let dropped = 0;
  const kept = pages.map((p, i) => {
    let first = 0, last = p.blocks.length;
    while (first < last && first < 2 && furniture(p.blocks[first], i, first === 0)) first++;
    while (last > first && p.blocks.length - last < 2 && furniture(p.blocks[last - 1], i, last === p.blocks.length)) last--;
    dropped += p.blocks.length - (last - first);
    return p.blocks.slice(first, last);
  });
  return { pages: kept, dropped };
}
