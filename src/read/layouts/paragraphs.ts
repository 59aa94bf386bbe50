/**
 * One cell per paragraph: a Word or web page's table copied as text, a blank line between
 * cells (so here a blank line parts cells rather than marking a page break) —
 *
 *   项目名称 / (blank) / 乡村公路日常养护 / (blank) / 主管部门 / (blank) / 示例县交通运输局
 *
 * The lines of one paragraph are one cell (a wrapped cell has no blank line inside); the
 * cells are then read into rows as one cell per line is. Only a label printed over two cells
 * (`绩效` then `指标`, as the sample's merged cell) is joined across paragraphs.
 */
import type { RawRow } from "../../../grammar/parser.js";
import type { LayoutFamily } from "./index.js";
import { LabelJoiner } from "./join-labels.js";
import { labelOf } from "./lexicon.js";
import { piecesOfLine } from "./lines.js";
import { linesOf, pieceOf, separator, type Line, type Piece } from "./pieces.js";
import { scores } from "./profile.js";
import { RowBuilder } from "./rebuild.js";

/** Lines of a paragraph as one piece, placed at the first. */
function joined(lines: Piece[]): Piece {
  let text = lines[0].text;
  for (let i = 1; i < lines.length; i++) text += separator(lines[i - 1].text, lines[i].text) + lines[i].text;
  const first = lines[0];
  return { text, line: first.line, offset: first.offset, lineStart: first.lineStart, end: lines[lines.length - 1].end };
}

/**
 * A paragraph of several lines: one cell — unless its first line is a label and the whole is
 * none (`项目总体目标` / `(2024 年-2026 年)`: the heading, then a note of its own).
 */
function paragraphPieces(lines: Piece[]): Piece[] {
  const whole = joined(lines);
  if (labelOf(whole.text) || !labelOf(lines[0].text)) return [whole];
  return [lines[0], joined(lines.slice(1))];
}

function* rows(pieces: Iterable<string>): Generator<RawRow> {
  const builder = new RowBuilder({ wrap: false });
  const joiner = new LabelJoiner((piece) => builder.push(piece));
  let paragraph: Piece[] = [];
  let single: Line | undefined;
  const flush = () => {
    if (paragraph.length === 1 && single) for (const piece of piecesOfLine(single)) joiner.push(piece);
    else if (paragraph.length > 1) for (const piece of paragraphPieces(paragraph)) joiner.push(piece);
    paragraph = [];
    single = undefined;
  };
  for (const line of linesOf(pieces)) {
    const piece = pieceOf(line);
    if (!piece) { flush(); yield* builder.take(); continue; }
    paragraph.push(piece);
    single = line;
  }
  flush();
  joiner.finish();
  builder.finish();
  yield* builder.take();
}

export const paragraphs: LayoutFamily = {
  name: "paragraphs",
  detect: (head) => scores(head).paragraphs,
  rows,
};
