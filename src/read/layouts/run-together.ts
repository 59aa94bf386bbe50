/**
 * Cells run together, one visual row a line (OCR, the text of a .docx):
 *
 *   项目名称乡村公路日常养护主管部门示例县交通运输局
 *   产出指标数量指标养护里程>=350公里
 *
 * A line is cut at the labels of the form, longest first, and before a value that ends an
 * indicator row — only where the pieces make a row of the form (split-line.ts), so a label
 * word inside a name (`绩效目标申报表编报及时率`) or a unit (`…单位名称…`) cuts nothing.
 */
import type { LayoutFamily } from "./index.js";
import { scores } from "./profile.js";
import { lineRows } from "./spaces.js";

export const runTogether: LayoutFamily = {
  name: "run-together",
  detect: (head) => scores(head).runTogether,
  rows: (pieces) => lineRows(pieces, "run-together"),
};
