import { createRule } from "../engine/rule.js";
import type { Text } from "../engine/rule.js";

const PARTS: Record<string, Text> = {
  structure: { zh: "多数单元格无法归入表头、资金、目标或指标栏", en: "most cells fit no part of the form" },
  indicators: { zh: "未读到指标表", en: "no indicator table was found" },
  indicatorRows: { zh: "指标的名称和指标值不在同一行，无法配对", en: "indicator names and values stand on rows of their own and could not be paired" },
  funds: { zh: "未读到资金栏", en: "no funds block was found" },
  name: { zh: "未读到项目名称", en: "no project name was found" },
  headerValues: { zh: "表头标签旁没有值", en: "the header labels have no values beside them" },
  fundAmounts: { zh: "资金标签旁没有金额", en: "the funds labels have no amounts beside them" },
  declaration: { zh: "有申报表的标签，但未能组成一张表", en: "the form's labels are there but make no table" },
};
const CATEGORIES: Record<string, Text> = {
  header: { zh: "表头", en: "header" }, funds: { zh: "资金", en: "funds" }, goals: { zh: "目标", en: "goals" },
  categories: { zh: "指标分类", en: "category" }, indicators: { zh: "指标", en: "indicator" }, values: { zh: "指标值", en: "value" },
};

/**
 * A table that could not be read with confidence is said once, with what is missing; the
 * rules that need the missing part are held back for it (a misread is one finding, not a flood).
 */
export default createRule({
  id: "layout-unreadable",
  severity: "error",
  category: "layout",
  scope: "document",
  messages: {
    table: {
      zh: "无法可靠读取此表（{missing}）：{cells}个单元格中读取了{placed}个；{held}类检查已暂停，请核对版式或改用原始文件",
      en: "this table could not be read with confidence ({missing}): {placed} of {cells} cells read; {held} checks held back; check the layout or use the original file",
    },
    document: {
      zh: "文件中有申报表的标签（{labels}个），但无法组成申报表；请核对版式或改用原始文件",
      en: "the file has {labels} labels of the form but they make no declaration table; check the layout or use the original file",
    },
  },
  docs: {
    summary: { zh: "申报表版式无法可靠读取（只报一次，相关检查暂停）", en: "A table whose layout could not be read with confidence (said once; dependent checks held back)" },
    why: {
      zh: "读错的表会产生大量误报；宁可明确说“读不了”，也不给出无法采信的结论。",
      en: "A misread table would produce a flood of false findings; saying once that it cannot be read is worth more than findings nobody can trust.",
    },
    fail: "（一张只有标签、单元格错乱无法对应的表）",
    pass: "（表头、资金、目标、指标各栏都能读出）",
    source: "本工具的读取保证（读错只报一次，不成批误报）",
    sourceEn: "perfgoal's reading guarantee (a misread is one finding, never a flood)",
  },
  check({ document, lang, report }) {
    const join = (keys: string[], table: Record<string, Text>) =>
      keys.map((k) => table[k]?.[lang] ?? k).join(lang === "zh" ? "、" : ", ");
    for (const project of document.projects) {
      const unreadable = project.layout?.unreadable;
      if (!unreadable || !project.layout) continue;
      report({
        messageId: "table",
        project,
        place: project.place,
        data: {
          missing: join(unreadable.missing, PARTS), held: join(unreadable.heldBack, CATEGORIES),
          cells: project.layout.cells, placed: project.layout.placed,
        },
      });
    }
    if (document.projects.length === 0 && (document.labelCount ?? 0) >= MIN_LABELS) {
      report({ messageId: "document", project: null, place: { line: 1, column: 1, text: "" }, data: { labels: document.labelCount ?? 0 } });
    }
  },
});

/** A text with this many labels of the form holds a declaration, read or not. */
export const MIN_LABELS = 3;
