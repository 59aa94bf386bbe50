import { createRule } from "../engine/rule.js";

const LABELS: Record<string, string> = {
  projectTotal: "项目资金总额", projectFiscal: "财政资金", projectOther: "其他资金",
  annualTotal: "年度资金申请总额", annualAppropriation: "当年财政拨款", annualCarryOver: "上年结转资金", annualOther: "其他资金",
};

/** Money needs a declared unit (元 or 万元) and amounts that parse exactly. */
export default createRule({
  id: "funds-unit",
  severity: "error",
  category: "funds",
  messages: {
    noUnit: {
      zh: "项目资金未声明金额单位（应写明“项目资金（元）”或“项目资金（万元）”）",
      en: "the funds block declares no unit (write 项目资金(元) or 项目资金(万元))",
    },
    unparsed: {
      zh: "{label}的金额“{text}”无法识别为精确到分的数字",
      en: "the amount of {label}, \"{text}\", is not a number exact to the fen",
    },
  },
  docs: {
    summary: { zh: "资金须声明单位（元/万元），金额须可解析", en: "Funds need a declared unit (元/万元) and amounts that parse" },
    why: {
      zh: "元与万元相差一万倍；单位不明或金额写成文字时，无法核对资金。",
      en: "元 and 万元 differ ten-thousandfold; without a unit, or with words for an amount, the money cannot be checked.",
    },
    fail: "项目资金 | 年度资金申请总额 | 十万元",
    pass: "项目资金（元） | 年度资金申请总额 | 100,000.00",
    source: "项目支出绩效目标申报表的资金栏注明金额单位（“项目资金（元）”或“（万元）”）；单位缺失、金额无法读取即无法核对为本工具的理解",
    sourceEn: "the funds block of the project declaration form names its unit (项目资金(元) or (万元)); that a missing unit or an unreadable amount cannot be checked is our reading",
  },
  check({ document, report }) {
    for (const project of document.projects) {
      const funds = project.funds;
      if (!funds) continue;
      const gluedUnit = Object.values(funds.amounts).some((p) => p && /万|元/.test(p.text));
      if (funds.unit === null && !gluedUnit) {
        const first = funds.section ?? Object.values(funds.labels)[0] ?? project.place;
        report({ messageId: "noUnit", project, place: first });
      }
      for (const { key, place } of funds.unparsed) {
        report({ messageId: "unparsed", project, place, data: { label: LABELS[key], text: place.text } });
      }
    }
  },
});
