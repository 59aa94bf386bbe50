/** Cases of `layout-unrecognized-cell`. */
import { CLEAN, setLine } from "../../support/declaration.js";
import { clean, type RuleCases } from "../case-types.js";

export default {
  valid: [clean],
  invalid: [
    { name: "a stray third text cell", text: setLine(CLEAN, 15, "\t\t服务居民人次\t≥3000(人次)\t备注：含线上"), errors: [{ line: 15, column: "备注" }] },
    // An unknown label where the 一级 goes: one finding at it; the known 二级 after it is read (no cascade).
    { name: "an unknown 一级 label", text: setLine(CLEAN, 18, "影响指标\t社会效益指标\t居民参与覆盖率\t≥80(%)"), errors: [{ line: 18, column: 1, message: "影响指标" }] },
    { name: "text before the first table", text: "某某区财政局汇编\n" + CLEAN, errors: [{ line: 1, column: 1 }] },
    { name: "prose before the first table: said once", text: "一、部门概况\n本部门负责……\n二、项目说明\n（一）项目背景\n说明一\n说明二\n" + CLEAN, errors: [{ line: 1, column: 1, message: "6个单元格" }] },
  ],
} satisfies RuleCases;
