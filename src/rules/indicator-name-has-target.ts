import { createRule } from "../engine/rule.js";
import { toHalfWidth } from "../../grammar/normalize.js";
import { eachIndicator } from "./support/walk.js";

const OPERATOR = "(?:[≥≤><=≧≦]|不低于|不少于|不小于|不高于|不多于|不大于|不超过|不超|达到|大于|小于|高于|低于|超过|控制在)";
const FIGURE = "(?:\\d+(?:\\.\\d+)?|\\*{1,3}|[Xx×]{1,2})";
const UNIT = "(?:%|‰|人次|人|次|个|家|户|场|项|件|天|日|年|月|元|万元|亿元|公里|千米|米|平方米|亩|所|座|台|套|本|册|篇|期|批|名|小时|学时|分|吨|辆|株|份|处|条|张)?";
const TAIL = "(?:及以上|以上|及以下|以下|以内)?";
/** Units that count what a task delivers (`新建公厕3座`); not years, months, days, scores or phases. */
const COUNT_UNIT = "(?:人次|人|次|个|家|户|场|项|件|公里|千米|米|平方米|亩|所|座|台|套|本|册|篇|批|名|吨|辆|株|份|处|条|张|元|万元|亿元|小时|学时)";

/**
 * A target written into the name, as a reviewer spots it: a comparison or a template figure in
 * parentheses (`(≥**个)`, `（≥95%）`, `(**人)`), a comparison, a percentage or a count that ends
 * the name (`群众满意度≥90%`, `设备完好率100%`, `培训人数不少于100人`, `覆盖率达到95%以上`,
 * `新建公厕3座`). A threshold inside the name's definition (`考核得分不低于80分的学员占比`,
 * `收入增长10%以上农户数`), an ordinal (`第3期`) or a year is not its target.
 */
const TARGET_IN_NAME = new RegExp([
  `[(]\\s*${OPERATOR}\\s*${FIGURE}\\s*${UNIT}\\s*[)]`,
  `[(]\\s*(?:\\*{1,3}|[Xx×]{1,2})\\s*${UNIT}\\s*[)]`,
  `${OPERATOR}\\s*${FIGURE}\\s*${UNIT}${TAIL}$`,
  `\\d+(?:\\.\\d+)?\\s*%${TAIL}$`,
  `(?<![第\\d.])\\d+(?:\\.\\d+)?\\s*${COUNT_UNIT}${TAIL}$`,
].join("|"));

/** The target a name carries, as written, if it carries one. */
export function targetInName(name: string): string | undefined {
  const match = TARGET_IN_NAME.exec(toHalfWidth(name));
  return match?.[0].trim();
}

/** `设备完好率100% | ≥98(%)`: the name says its own target, which then says two things. */
export default createRule({
  id: "indicator-name-has-target",
  severity: "warning",
  category: "indicators",
  messages: {
    target: {
      zh: "三级指标名称“{name}”中含有目标值“{target}”；名称只写衡量什么，目标值填在指标值栏",
      en: "the indicator name \"{name}\" carries a target ({target}); the name says what is measured, the target goes in the value column",
    },
  },
  docs: {
    summary: { zh: "三级指标名称中写了目标值（如“设备完好率100%”“（≥**个）”）", en: "An indicator name that carries its own target (设备完好率100%, (≥**个))" },
    why: {
      zh: "名称里的目标与指标值栏的目标可能不一致（“设备完好率100%”而指标值“≥98%”），考核时不知以哪个为准；模板中的“（≥**个）”是填写示例，应删去并把目标填入指标值。",
      en: "A target in the name can contradict the value column (设备完好率100% with ≥98%), and nobody knows which one counts; a template's (≥**个) is a filling hint to delete once the value is filled in.",
    },
    fail: "质量指标 | 设备完好率100% | ≥98(%)",
    pass: "质量指标 | 设备完好率 | ≥98(%)",
    source: "申报表分列三级指标与指标值（财预〔2015〕88号 所附申报表样式）；名称中不写目标值为本工具的理解",
    sourceEn: "the declaration form has separate columns for the indicator and its value (the form attached to Caiyu [2015] No. 88 (财预[2015]88号)); no target in the name is our reading",
  },
  check({ document, report }) {
    eachIndicator(document, (indicator, project) => {
      const name = indicator.name;
      if (!name || !indicator.nameCell) return;
      const target = targetInName(name);
      if (target) report({ messageId: "target", project, place: indicator.nameCell, data: { name, target } });
    });
  },
});
