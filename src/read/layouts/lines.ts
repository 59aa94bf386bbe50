/**
 * One cell per line: text pulled out of a PDF, or copied from a PDF viewer —
 *
 *   项目名称 / 乡村公路日常养护 / 实施单位 / 示例县公路养护 / 中心 / 项目资金 / （万元） / …
 *
 * A label pairs with the lines that follow it; a cell wrapped over lines (`示例县公路养护` /
 * `中心`, `满意度指` / `标`) is joined into one cell placed at its first line. Blank lines are
 * page breaks. A line holding two cells between spaces (`0.00      其他资金`, as extractors
 * leave an amount beside the next label) is cut when both sides are cells of the form, and a
 * label with its value after a colon (`项目名称：社区图书馆阅读推广`) is cut after the colon.
 */
import type { RawRow } from "../../../grammar/parser.js";
import { classifyCell } from "../../../grammar/cell-kinds.js";
import type { LayoutFamily } from "./index.js";
import { LabelJoiner } from "./join-labels.js";
import { isFormLabel, isSpace, keyStream, lexicon } from "./lexicon.js";
import { linesOf, pieceOf, type Line, type Piece } from "./pieces.js";
import { scores } from "./profile.js";
import { RowBuilder } from "./rebuild.js";

const SHORT = 64;
const LOOK = 48;
const COLON = /^[:：]$/;
const STRONG = new Set(["value", "amount", "date"]);

/** Whether a text is a cell of the form on its own: a label, an amount, a date or a value. */
function isStrong(text: string): boolean {
  if (text.length > SHORT) return false;
  const kind = classifyCell(text);
  return isFormLabel(kind) || STRONG.has(kind.kind);
}

/**
 * The pieces of a line: the whole line, or — when every stretch between runs of spaces is a
 * cell of the form on its own, and the whole is no label and no value unless a label is
 * among the stretches (`10,308,000.00 年度资金申请总额` would read as a number with a unit) —
 * each stretch. Words of one cell that happen to be cells (`2024 年`) stay together.
 */
export function piecesOfLine(line: Line): Piece[] {
  const whole = pieceOf(line);
  if (!whole) return [];
  if (whole.text.length > SHORT * 2) return [whole];
  const kind = classifyCell(whole.text);
  if (isFormLabel(kind)) return [whole];
  const said = labelAndValue(line, whole);
  if (said) return said;
  const parts: Piece[] = [];
  const text = line.text;
  let start = -1;
  for (let i = 0; i <= text.length; i++) {
    const space = i === text.length || isSpace(text.charCodeAt(i));
    if (!space && start === -1) start = i;
    if (space && start !== -1) {
      parts.push(pieceOf(line, start, i)!);
      start = -1;
    }
  }
  if (parts.length < 2 || !parts.every((p) => isStrong(p.text))) return [whole];
  const labelled = parts.some((p) => isFormLabel(classifyCell(p.text)));
  return labelled || !STRONG.has(kind.kind) ? parts : [whole];
}

/** A label and its value in one line, after a colon (`项目名称：社区图书馆阅读推广`). */
function labelAndValue(line: Line, whole: Piece): Piece[] | undefined {
  const start = whole.offset - line.offset;
  const { key, at } = keyStream(line.text, start, Math.min(line.text.length, start + LOOK));
  const match = lexicon().longestAt(key, 0);
  if (!match) return undefined;
  const colon = at[match.end - 1] + 1;
  if (!COLON.test(line.text.charAt(colon))) return undefined;
  const label = pieceOf(line, start, colon + 1)!;
  const value = pieceOf(line, colon + 1);
  return value ? [label, value] : undefined;
}

function* rows(pieces: Iterable<string>): Generator<RawRow> {
  const builder = new RowBuilder({ wrap: true });
  const joiner = new LabelJoiner((piece) => builder.push(piece));
  for (const line of linesOf(pieces)) {
    for (const piece of piecesOfLine(line)) joiner.push(piece);
    yield* builder.take();
  }
  joiner.finish();
  builder.finish();
  yield* builder.take();
}

export const lines: LayoutFamily = {
  name: "lines",
  detect: (head) => scores(head).lines,
  rows,
};
