import { createRule } from "../engine/rule.js";
import type { HeaderField } from "../model/nodes.js";

const REQUIRED: ReadonlyArray<[HeaderField, string, string]> = [
  ["name", "项目名称", "project name"],
  ["department", "主管部门", "supervising department"],
  ["implementer", "实施单位", "implementing unit"],
  ["plannedStart", "计划开始日期", "planned start date"],
  ["plannedEnd", "计划完成日期", "planned end date"],
];
const RECOMMENDED: ReadonlyArray<[HeaderField, string, string]> = [
  ["nature", "项目性质", "project nature"],
  ["category", "项目类别", "project category"],
];

/** The header fields a declaration cannot go without. */
export default createRule({
  id: "header-required",
  severity: "error",
  category: "header",
  messages: {
    missing: { zh: "缺少“{label}”", en: "{labelEn} ({label}) is missing" },
    empty: { zh: "“{label}”未填写", en: "{labelEn} ({label}) is empty" },
  },
  docs: {
    summary: {
      zh: "项目名称必须有；表上印有的主管部门、实施单位、计划开始/完成日期须填写（项目性质、项目类别为警告）",
      en: "The project name must be there; department, implementer and planned dates the form prints must be filled (nature and category: warning)",
    },
    why: {
      zh: "表头确定项目归属与期间；缺项的申报表无法归口审核。",
      en: "The header says whose project it is and when; a declaration without it cannot be routed or reviewed.",
    },
    fail: "项目名称 | （空） | 项目性质 | 其他经常性项目",
    pass: "项目名称 | 党建经费 | 项目性质 | 其他经常性项目",
    source: "项目支出绩效目标申报表的表头（项目名称、主管部门、实施单位、计划开始/完成日期、项目性质、项目类别，上海市的表）；哪些栏必填、哪些只提示为本工具的理解",
    sourceEn: "the header of the project declaration form (项目名称, 主管部门, 实施单位, planned dates, 项目性质, 项目类别 in Shanghai's form); which fields are required and which only warned about is our reading",
  },
  check({ document, report }) {
    for (const project of document.projects) {
      const check = (fields: typeof REQUIRED, severity: "error" | "warning") => {
        for (const [field, label, labelEn] of fields) {
          if (project.header.values[field]) continue;
          const labelPlace = project.header.labels[field];
          // A table is judged against its own form: a field its form does not print is not
          // missing (项目名称 always is required); a printed label left empty is.
          if (!labelPlace && field !== "name") continue;
          report({
            messageId: labelPlace ? "empty" : "missing",
            project,
            place: labelPlace ?? project.place,
            data: { label, labelEn },
            severity,
          });
        }
      };
      check(REQUIRED, "error");
      check(RECOMMENDED, "warning");
    }
  },
});
