import { createRule } from "../engine/rule.js";
import { projectAt } from "./support/walk.js";

/** Nothing is dropped silently: every cell the reader could not place is reported. */
export default createRule({
  id: "layout-unrecognized-cell",
  severity: "warning",
  category: "layout",
  scope: "document",
  messages: {
    cell: { zh: "无法识别的单元格“{text}”，未计入任何栏目", en: "the cell \"{text}\" could not be placed in the declaration" },
    more: { zh: "另有{count}个无法识别的单元格未逐一列出", en: "{count} more cells could not be placed (not listed one by one)" },
  },
  docs: {
    summary: { zh: "非空单元格无法归入申报表的任何栏目（不静默丢弃）", en: "A non-empty cell that could not be placed (nothing is dropped silently)" },
    why: {
      zh: "错位或多余的内容可能是漏读的指标；列出来让人确认。",
      en: "A stray cell may be an indicator the reader missed; it is listed so a person can look.",
    },
    fail: "（表格之外的一行文字：附件：测算依据）",
    pass: "（所有单元格都属于表头、资金、目标或指标栏）",
    source: "perfgoal 的读取保证（format.md 第5节）",
    sourceEn: "perfgoal's reading guarantee (format.md section 5)",
  },
  check({ document, report }) {
    // With no declaration at all, document-no-declaration speaks for every cell.
    if (document.projects.length === 0) return;
    for (const cell of document.unplaced) {
      const project = projectAt(document, cell.line);
      // An unreadable table is said once (layout-unreadable), not cell by cell.
      if (project?.layout?.unreadable) continue;
      const shown = cell.text.length > 40 ? `${cell.text.slice(0, 40)}…` : cell.text;
      report({ messageId: "cell", project, place: cell, data: { text: shown } });
    }
    const last = document.unplaced.at(-1);
    if (document.unplacedOmitted && last) {
      report({ messageId: "more", project: null, place: last, data: { count: document.unplacedOmitted } });
    }
  },
});
