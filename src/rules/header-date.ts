import { createRule } from "../engine/rule.js";

/** Planned dates must be real dates, and the start must not come after the end. */
export default createRule({
  id: "header-date",
  severity: "error",
  category: "header",
  messages: {
    invalid: { zh: "“{label}”的日期“{text}”无法识别", en: "the {labelEn} \"{text}\" is not a date" },
    order: { zh: "计划开始日期{start}晚于计划完成日期{end}", en: "the planned start {start} is after the planned end {end}" },
  },
  docs: {
    summary: { zh: "日期无法识别，或开始日期晚于完成日期", en: "A date does not parse, or the start is after the end" },
    why: {
      zh: "实施期间决定绩效目标的考核时点；日期错误会使年度目标与期间对不上。",
      en: "The planned period decides when targets are assessed; a wrong date misaligns them.",
    },
    fail: "计划开始日期 | 2024-12-31 | 计划完成日期 | 2024-01-01",
    pass: "计划开始日期 | 2024-01-01 | 计划完成日期 | 2024-12-31",
    source: "上海市项目支出绩效目标申报表的计划开始日期、计划完成日期栏；日期须可识别、开始不晚于完成为本工具的理解",
    sourceEn: "the planned start and end dates of Shanghai's project declaration form; that they must be readable and in order is our reading",
  },
  check({ document, report }) {
    for (const project of document.projects) {
      const dates = [
        ["plannedStart", "计划开始日期", "planned start", project.plannedStart],
        ["plannedEnd", "计划完成日期", "planned end", project.plannedEnd],
      ] as const;
      for (const [field, label, labelEn, iso] of dates) {
        const written = project.header.values[field];
        if (written && iso === null) report({ messageId: "invalid", project, place: written, data: { label, labelEn, text: written.text } });
      }
      if (project.plannedStart && project.plannedEnd && project.plannedStart > project.plannedEnd) {
        report({
          messageId: "order",
          project,
          place: project.header.values.plannedStart ?? project.place,
          data: { start: project.plannedStart, end: project.plannedEnd },
        });
      }
    }
  },
});
