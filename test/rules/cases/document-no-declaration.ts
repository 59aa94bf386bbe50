/** Cases of `document-no-declaration`. */
import { clean, type RuleCases } from "../case-types.js";

export default {
  valid: [clean, { name: "labels of the form are there (layout-unreadable speaks)", text: "年度资金申请总额\t100\n一级指标\t二级指标\t三级指标\n" }],
  invalid: [
    { name: "empty", text: "", errors: [{ line: null, column: null, message: "文件为空" }] },
    { name: "unrelated CSV", text: "id,name,price\n1,apple,3.5\n2,pear,4.0\n", errors: [{ line: 1, column: 1 }] },
  ],
} satisfies RuleCases;
