import { createRule } from "../engine/rule.js";

/** Two values for one field: the first is read, the other is shown, never dropped. */
export default createRule({
  id: "layout-conflicting-value",
  severity: "warning",
  category: "layout",
  messages: {
    conflict: {
      zh: "“{label}”有两个不同的值：读取“{kept}”（第{keptLine}行），另有“{other}”",
      en: "\"{label}\" has two different values: \"{kept}\" (line {keptLine}) was read, \"{other}\" was not",
    },
  },
  docs: {
    summary: { zh: "同一栏目出现两个不同的值（保留第一个，另一个列出）", en: "One field with two different values (the first is read, the other listed)" },
    why: {
      zh: "重复的表头或资金行常是复制粘贴留下的，两个值不可能都对；需要申报单位确认。",
      en: "A repeated header or funds row is usually left from copy-and-paste; both values cannot be right, so the unit must say which.",
    },
    fail: "实施单位 | 甲中心 … 实施主体 | 乙中心",
    pass: "实施单位 | 甲中心",
    source: "本工具的读取保证（不静默覆盖任何值）",
    sourceEn: "perfgoal's reading guarantee (nothing is overwritten silently)",
  },
  check({ document, report }) {
    for (const project of document.projects) {
      for (const conflict of project.conflicts ?? []) {
        report({
          messageId: "conflict",
          project,
          place: conflict.other,
          data: { label: conflict.label, kept: conflict.kept.text, keptLine: conflict.kept.line, other: conflict.other.text },
        });
      }
    }
  },
});
