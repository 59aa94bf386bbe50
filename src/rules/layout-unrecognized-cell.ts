import { createRule } from "../engine/rule.js";
import { projectAt } from "./support/walk.js";

/** More cells than this before the first table are prose (a report's text, a cover page): said once. */
const PREAMBLE_GROUPED = 5;

const shorten = (text: string) => (text.length > 40 ? `${text.slice(0, 40)}…` : text);

/** Nothing is dropped silently: every cell the reader could not place is reported. */
export default createRule({
  id: "layout-unrecognized-cell",
  severity: "warning",
  category: "layout",
  scope: "document",
  messages: {
    cell: { zh: "无法识别的单元格“{text}”，未计入任何栏目", en: "the cell \"{text}\" could not be placed in the declaration" },
    more: { zh: "另有{count}个无法识别的单元格未逐一列出", en: "{count} more cells could not be placed (not listed one by one)" },
    preamble: {
      zh: "第一张申报表之前有{count}个单元格的文字未读取（如“{text}”）",
      en: "{count} cells of text before the first declaration table were not read (such as \"{text}\")",
    },
  },
  docs: {
    summary: { zh: "非空单元格无法归入申报表的任何栏目（不静默丢弃）", en: "A non-empty cell that could not be placed (nothing is dropped silently)" },
    why: {
      zh: "错位或多余的内容可能是漏读的指标；列出来让人确认。",
      en: "A stray cell may be an indicator the reader missed; it is listed so a person can look.",
    },
    fail: "（表格之外的一行文字：附件：测算依据）",
    pass: "（所有单元格都属于表头、资金、目标或指标栏）",
    source: "本工具的读取保证（docs/layout-families.md：每个非空单元格都进入模型或一条提示，不静默丢弃）",
    sourceEn: "perfgoal's reading guarantee (docs/layout-families.md: every non-empty cell ends in the model or in a finding, nothing is dropped silently)",
  },
  check({ document, report }) {
    // With no declaration at all, document-no-declaration speaks for every cell.
    if (document.projects.length === 0) return;
    // Text before the first table (a report's prose, a cover page) is said once, not line by line.
    const firstLine = Math.min(...document.projects.map((p) => p.lines.start));
    const before = document.unplaced.filter((cell) => cell.line < firstLine);
    if (before.length > PREAMBLE_GROUPED) {
      report({ messageId: "preamble", project: null, place: before[0], data: { count: before.length, text: shorten(before[0].text) } });
    }
    for (const cell of document.unplaced) {
      if (before.length > PREAMBLE_GROUPED && cell.line < firstLine) continue;
      const project = projectAt(document, cell.line);
      // An unreadable table is said once (layout-unreadable), not cell by cell.
      if (project?.layout?.unreadable) continue;
      report({ messageId: "cell", project, place: cell, data: { text: shorten(cell.text) } });
    }
    const last = document.unplaced.at(-1);
    if (document.unplacedOmitted && last) {
      report({ messageId: "more", project: null, place: last, data: { count: document.unplacedOmitted } });
    }
  },
});
