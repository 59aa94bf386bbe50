/** Cases of `value-cost-unquantified`. */
import { CLEAN, insertLines, setLine } from "../../support/declaration.js";
import { clean, type RuleCases } from "../case-types.js";

const economic = (name: string, value: string) => setLine(CLEAN, 13, `成本指标\t经济成本指标\t${name}\t${value}`);

export default {
  valid: [
    clean,
    { name: "a qualitative social cost", text: insertLines(CLEAN, 14, "\t社会成本指标\t对周边居民正常生活的影响\t无明显影响") },
    { name: "a qualitative environmental cost", text: insertLines(CLEAN, 14, "\t生态环境成本指标\t文明施工情况\t可控") },
    { name: "an effect that mentions cost (效益, not 成本)", text: setLine(CLEAN, 18, "效益指标\t经济效益指标\t企业物流成本降低幅度\t≥10(%)") },
    { name: "a qualitative effect that mentions cost", text: setLine(CLEAN, 18, "效益指标\t经济效益指标\t群众办事成本\t明显降低") },
    { name: "a cost-control rate beside an amount", text: insertLines(CLEAN, 14, "\t\t成本控制率\t≤100(%)") },
    { name: "a unit cost is an amount", text: economic("人均服务成本", "≤100(元/人次)") },
    // review of issue 10: an approximate amount is an amount (value-operator-missing asks for its comparison)
    { name: "an approximate amount", text: economic("项目总成本", "约30万元") },
  ],
  invalid: [
    { name: "within budget", text: economic("成本控制率", "控制在预算内"), errors: [{ line: 13, column: "成本控制率", message: "没有金额" }] },
    {
      name: "a qualitative economic cost beside an amount",
      text: insertLines(CLEAN, 14, "\t\t成本控制合理性\t合理"),
      errors: [{ line: 14, column: "成本控制合理性", message: "“合理”没有金额" }],
    },
    {
      name: "the only economic cost is a rate (Shanghai 2025: costs are amounts)",
      text: economic("成本控制率", "≤100(%)"),
      errors: [{ line: 13, column: "成本控制率", message: "不是金额" }],
    },
    {
      name: "rates and a qualitative value, no amount: each once",
      text: insertLines(economic("成本控制率", "≤100(%)"), 14, "\t\t成本节约情况\t有效节约"),
      errors: [{ line: 13, column: "成本控制率", message: "不是金额" }, { line: 14, column: "成本节约情况", message: "没有金额" }],
    },
  ],
} satisfies RuleCases;
