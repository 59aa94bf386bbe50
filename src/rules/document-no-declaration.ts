import { createRule } from "../engine/rule.js";
import { MIN_LABELS } from "./layout-unreadable.js";

/** The input holds no recognisable declaration table. */
export default createRule({
  id: "document-no-declaration",
  severity: "error",
  category: "document",
  scope: "document",
  messages: {
    empty: { zh: "文件为空（没有任何非空单元格）", en: "the file is empty (no non-empty cell)" },
    none: {
      zh: "未找到绩效目标申报表（没有“财政项目支出绩效目标申报表”标题或“项目名称”行）；{cells}个非空单元格均未读取",
      en: "no declaration found (no 财政项目支出绩效目标申报表 title and no 项目名称 row); none of its {cells} non-empty cells was read",
    },
  },
  docs: {
    summary: { zh: "输入中没有可识别的申报表（空文件、无关文本）", en: "The input holds no recognisable declaration (empty file, unrelated text)" },
    why: {
      zh: "空文件或错传的文件不应被当作“检查通过”。",
      en: "An empty or wrongly attached file must not pass as a clean declaration.",
    },
    fail: "（空文件）",
    pass: "财政项目支出绩效目标申报表 … 项目名称 | 党建经费 …",
    source: "本工具的读取规则：申报表以“项目支出绩效目标申报表”一类标题或“项目名称”等栏目识别（财预〔2015〕88号所附格式、上海市的表及各地的变体）",
    sourceEn: "perfgoal's reading: a declaration is known by its form title or its fields such as 项目名称 (the form that comes with Caiyu [2015] No. 88, Shanghai's and other regions' variants)",
  },
  check({ document, report }) {
    if (document.projects.length > 0) return;
    // The form's labels are there: layout-unreadable says the table could not be read.
    if ((document.labelCount ?? 0) >= MIN_LABELS) return;
    const empty = document.cellCount === 0;
    report({
      messageId: empty ? "empty" : "none",
      place: empty ? null : { line: 1, column: 1, text: "" },
      project: null,
      data: { cells: document.cellCount },
    });
  },
});
