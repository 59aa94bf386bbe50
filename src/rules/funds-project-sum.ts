import { createRule } from "../engine/rule.js";
import { formatYuan } from "../../grammar/money.js";

/** 项目资金总额 = 财政资金 + 其他资金 (the whole-project group, when filled). */
export default createRule({
  id: "funds-project-sum",
  severity: "error",
  category: "funds",
  messages: {
    mismatch: {
      zh: "项目资金总额{total}元不等于财政资金{fiscal}元 + 其他资金{other}元（合计{sum}元，相差{diff}元）",
      en: "project total {total} yuan does not equal fiscal {fiscal} + other {other} (sum {sum}, off by {diff})",
    },
  },
  docs: {
    summary: { zh: "项目资金总额须等于财政资金与其他资金之和（左栏填写时）", en: "The project total must equal fiscal + other funds (when the project group is filled)" },
    why: {
      zh: "项目全周期资金的构成须与总额一致；左栏留空时不检查。",
      en: "The whole-project money must add up; a blank project group is not checked.",
    },
    fail: "项目资金总额 500,000.00 | 其中：财政资金 400,000.00 | 其他资金 0.00",
    pass: "项目资金总额 500,000.00 | 其中：财政资金 500,000.00 | 其他资金 0.00",
    source: "项目支出绩效目标申报表的资金栏（财预〔2015〕88号所附格式及上海市的表：项目资金总额分财政资金、其他资金）；总额应等于各项之和为本工具的理解",
    sourceEn: "the funds block of the project declaration form (the form that comes with Caiyu [2015] No. 88 and Shanghai's: the project total split into 财政资金 and 其他资金); that the total equals its parts is our reading",
  },
  check({ document, report }) {
    for (const project of document.projects) {
      const funds = project.funds;
      if (!funds || funds.fen.projectTotal === null) continue;
      const { projectFiscal: fiscal, projectOther: other } = funds.fen;
      if (fiscal === null && other === null) continue;
      const sum = (fiscal ?? 0) + (other ?? 0);
      if (sum === funds.fen.projectTotal) continue;
      report({
        messageId: "mismatch",
        project,
        place: funds.amounts.projectTotal ?? project.place,
        data: {
          total: formatYuan(funds.fen.projectTotal),
          fiscal: formatYuan(fiscal ?? 0),
          other: formatYuan(other ?? 0),
          sum: formatYuan(sum),
          diff: formatYuan(Math.abs(funds.fen.projectTotal - sum)),
        },
      });
    }
  },
});
