/** Cases of `layout-unreadable`. */
import { CLEAN } from "../../support/declaration.js";
import { clean, type RuleCases } from "../case-types.js";

export default {
  valid: [clean],
  invalid: [
    {
      name: "most cells fit no part of the form",
      text: "项目名称\t测试项目\n" + Array.from({ length: 6 }, (_, i) => `甲乙${i}\t丙丁${i}\t戊己${i}`).join("\n") + "\n",
      errors: [{ line: 1, column: 1, severity: "error", message: "多数单元格" }],
    },
    {
      name: "names and values on rows of their own (a split table): one finding, not one per indicator",
      text: CLEAN.split("\n").slice(0, 12).join("\n") + "\n" + ["项目总成本", "≤300000(元)", "社区服务活动场次", "≥24(次)", "服务居民人次", "≥3000(人次)", "活动验收合格率", "=100(%)"].map((t) => `\t\t${t}`).join("\n") + "\n",
      errors: [{ line: 1, column: 1, severity: "error", message: "不在同一行" }],
    },
    {
      name: "labels of the form but no table",
      text: "年度资金申请总额\t100\n一级指标\t二级指标\t三级指标\n",
      errors: [{ line: 1, column: 1, severity: "error" }],
    },
  ],
} satisfies RuleCases;
