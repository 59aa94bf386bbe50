import { createRule } from "../engine/rule.js";
import { eachIndicator } from "./support/walk.js";

/** Where a row's category came from its content, say so. */
export default createRule({
  id: "layout-ambiguous",
  severity: "info",
  category: "layout",
  messages: {
    below: {
      zh: "“{name}”同行及上方没有本类标签，按内容归入下方标签“{level1}/{level2}”",
      en: "\"{name}\" has no label on or above its row; filed under the label below it, {level1}/{level2}, by its content",
    },
    content: {
      zh: "“{name}”没有类别标签，按内容归入“{level1}/{level2}”",
      en: "\"{name}\" has no category label; filed under {level1}/{level2} by its content",
    },
  },
  docs: {
    summary: { zh: "行的类别由内容而非同行或上方的标签决定", en: "A row's category was decided by its content rather than by a label on or above it" },
    why: {
      zh: "合并单元格的标签可能印在区块中部；按内容判断的归类值得人工确认。",
      en: "Merged labels may be printed mid-block; a placement by content deserves a glance.",
    },
    fail: "（标签“社会效益指标”印在区块中部，上方几行按内容归入）",
    pass: "（每个区块的标签在其第一行）",
    source: "本工具的读取规则（docs/layout-families.md：合并单元格的标签只印一次时，按行的内容归类）",
    sourceEn: "perfgoal's reading (docs/layout-families.md: where a merged label is printed once, a row is filed by its content)",
  },
  check({ document, report }) {
    eachIndicator(document, (indicator, project) => {
      if (indicator.placement !== "below" && indicator.placement !== "content") return;
      report({
        messageId: indicator.placement,
        project,
        place: indicator.place,
        data: { name: indicator.name ?? indicator.place.text, level1: indicator.level1 ?? "?", level2: indicator.level2 ?? "?" },
      });
    });
  },
});
