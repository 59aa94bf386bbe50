/**
 * Cells between spaces, one visual row a line (pdfplumber text, `pdftotext -layout`):
 *
 *   项目名称 乡村公路日常养护 主管部门 示例县交通运输局
 *   产出指标    数量指标    养护里程    >=350公里
 *
 * Names and goals have spaces of their own (`社区 党群 服务`, `2024 年`), so a line is cut at
 * runs of two or more spaces, and at a single space only where a label of the form (whole
 * words) or a value ending the row starts or ends a cell (split-line.ts).
 */
import type { RawRow } from "../../../grammar/parser.js";
import type { LayoutFamily } from "./index.js";
import { linesOf } from "./pieces.js";
import { scores } from "./profile.js";
import { RowBuilder } from "./rebuild.js";
import { splitLine, type SplitMode } from "./split-line.js";

/** Rows of text whose lines are rows, cut into cells by `mode`. */
export function* lineRows(pieces: Iterable<string>, mode: SplitMode): Generator<RawRow> {
  const builder = new RowBuilder({ wrap: false });
  for (const line of linesOf(pieces)) {
    const cells = splitLine(line, mode, builder.currentSection);
    if (cells.length === 0) continue;
    for (const piece of cells) builder.push(piece);
    builder.endRow();
    yield* builder.take();
  }
  builder.finish();
  yield* builder.take();
}

export const spaces: LayoutFamily = {
  name: "spaces",
  detect: (head) => scores(head).spaces,
  rows: (pieces) => lineRows(pieces, "spaces"),
};
