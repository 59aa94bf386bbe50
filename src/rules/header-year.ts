import { createRule } from "../engine/rule.js";

/** The table's year should fall in the planned period and agree with the document title. */
export default createRule({
  id: "header-year",
  severity: "warning",
  category: "header",
  messages: {
    outsidePeriod: {
      zh: "申报年度{year}年不在计划实施期间（{start}至{end}）内",
      en: "the declaration year {year} is outside the planned period ({start} to {end})",
    },
    titleYear: {
      zh: "本表年度{year}年与文档标题的{documentYear}年不一致",
      en: "the table's year {year} differs from the document title's {documentYear}",
    },
  },
  docs: {
    summary: {
      zh: "计划期间与本表年度不重叠，或本表年度与文档标题年度不同",
      en: "The planned period misses the table's year, or the table's year differs from the title's",
    },
    why: {
      zh: "年度绩效目标须对应当年预算；年度与期间不一致常见于套用往年表格。",
      en: "Annual targets belong to that year's budget; a mismatch usually means last year's form was reused.",
    },
    fail: "(2024年度) … 计划开始日期 | 2023-01-01 | 计划完成日期 | 2023-12-31",
    pass: "(2024年度) … 计划开始日期 | 2024-01-01 | 计划完成日期 | 2024-12-31",
    source: "本工具的理解（年度目标与预算年度一致，表的年度与文档标题一致）",
    sourceEn: "our reading (the year's targets are those of the budget year; a table's year is its document's)",
  },
  check({ document, report }) {
    for (const project of document.projects) {
      const year = project.year;
      if (year === null) continue;
      const { plannedStart: start, plannedEnd: end } = project;
      if (start && end && (Number(start.slice(0, 4)) > year || Number(end.slice(0, 4)) < year)) {
        report({ messageId: "outsidePeriod", project, place: project.header.values.plannedStart ?? project.place, data: { year, start, end } });
      }
      if (project.yearPlace && document.year !== null && document.year !== year) {
        report({ messageId: "titleYear", project, place: project.yearPlace, data: { year, documentYear: document.year } });
      }
    }
  },
});
