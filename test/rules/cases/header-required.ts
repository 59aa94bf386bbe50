/** Cases of `header-required`. */
import { CLEAN, setLine } from "../../support/declaration.js";
import { clean, type RuleCases } from "../case-types.js";

export default {
  valid: [clean],
  invalid: [
    { name: "empty project name", text: setLine(CLEAN, 3, "项目名称\t\t项目性质\t其他经常性项目\t项目类别\t特定目标类"), errors: [{ line: 3, column: 1, severity: "error" }] },
    { name: "implementer printed but empty", text: setLine(CLEAN, 4, "主管部门\t某区民政局\t实施单位\t"), errors: [{ line: 4, column: "实施单位", severity: "error", message: "实施单位" }] },
    { name: "no project name at all", text: setLine(CLEAN, 3, "项目性质\t其他经常性项目\t项目类别\t特定目标类"), errors: [{ line: 1, column: 1, severity: "error", message: "项目名称" }] },
    { name: "empty nature is a warning", text: setLine(CLEAN, 3, "项目名称\t社区服务经费\t项目性质\t\t项目类别\t特定目标类"), errors: [{ line: 3, column: "项目性质", severity: "warning" }] },
  ],
} satisfies RuleCases;
