/** Cases of `value-cost-budget-mismatch` (the clean declaration asks for 300,000.00 元 this year). */
import { CLEAN, setLine } from "../../support/declaration.js";
import { clean, type RuleCases } from "../case-types.js";

const cost = (name: string, value: string, text = CLEAN) => setLine(text, 13, `成本指标\t经济成本指标\t${name}\t${value}`);
/** A multi-year project: 900,000.00 元 in all, 300,000.00 元 this year. */
const MULTI_YEAR = setLine(CLEAN, 6, "项目资金 (元)\t项目资金总额\t900,000.00\t年度资金申请总额\t300,000.00");
/** The funds' labels without their amounts (held back by layout-unreadable). */
/** 2,960,000.00 元 this year. */
const LARGER = setLine(setLine(CLEAN, 6, "项目资金 (元)\t项目资金总额\t\t年度资金申请总额\t2,960,000.00"), 7, "\t其中：财政资金\t\t其中：当年财政拨款\t2,910,000.00");
const NO_AMOUNTS = [6, 7, 8, 9].reduce((text, line) => setLine(text, line, text.split("\n")[line - 1].replace(/\t[\d,.]+$/, "")), CLEAN);

export default {
  valid: [
    clean,
    { name: "the same amount in 万元", text: cost("项目总成本", "≤30(万元)") },
    { name: "a total below the budget (other costs exist)", text: cost("项目总成本", "≤250000(元)") },
    { name: "a unit cost is no slip, even at 1/100 of the budget", text: cost("单场活动成本", "≤3000(元)") },
    { name: "a rate per unit is not compared", text: cost("人均服务成本", "≤500000(元/人)") },
    { name: "an itemised cost at 1/10 of the budget is no slip", text: cost("宣传物料成本", "≤30000(元)") },
    { name: "a multi-year project states the whole project's cost", text: cost("项目总成本", "≤90(万元)", MULTI_YEAR) },
    { name: "a number without a unit is not guessed", text: cost("项目总成本", "≤3000000") },
    { name: "no amounts in the funds: nothing to compare", text: cost("驿站运行总成本", "≤350000(元)", NO_AMOUNTS) },
    { name: "a capital project's total investment may span years", text: cost("项目总投资", "≤3000(万元)") },
    { name: "money under 效益 is no cost", text: setLine(CLEAN, 18, "效益指标\t经济效益指标\t带动社会投资总成本\t≥3000(万元)") },
  ],
  invalid: [
    {
      name: "a total cost above the year's money",
      text: cost("驿站运行总成本", "≤350000(元)"),
      errors: [{ line: 13, column: "≤350000(元)", severity: "error", message: "350,000.00元，超过年度资金申请总额300,000.00元" }],
    },
    {
      name: "a decimal slip: 30万元 written as 3万元 (×10)",
      text: cost("项目总成本", "≤3(万元)"),
      errors: [{ line: 13, column: "≤3(万元)", message: "疑似单位错误：30万元 写成 3万元" }],
    },
    {
      name: "296万元 written as 29.6万元 (×10)",
      text: cost("项目总成本", "≤29.6(万元)", LARGER),
      errors: [{ line: 13, column: "≤29.6(万元)", message: "总成本指标“项目总成本”为296,000.00元，与年度资金申请总额2,960,000.00元相差10倍，疑似单位错误：296万元 写成 29.6万元" }],
    },
    {
      name: "a slip within 1% of the budget (×10)",
      text: cost("项目总成本", "≤2.98(万元)"),
      errors: [{ line: 13, column: "≤2.98(万元)", message: "相差10倍" }],
    },
    {
      name: "×100",
      text: cost("项目总成本", "≤3000(元)"),
      errors: [{ line: 13, column: "≤3000(元)", message: "300000元 写成 3000元" }],
    },
    {
      name: "×10,000: 元 written as 万元",
      text: cost("项目总成本", "≤300000(万元)"),
      errors: [{ line: 13, column: "≤300000(万元)", message: "30万元 写成 300000万元" }],
    },
    {
      name: "×10 above the budget is said as a slip, once",
      text: cost("项目总费用", "≤3000000(元)"),
      errors: [{ line: 13, column: "≤3000000(元)", message: "相差10倍" }],
    },
    {
      name: "the unit announced by the name",
      text: cost("项目总成本(元)", "≤350000"),
      errors: [{ line: 13, column: "≤350000", message: "超过年度资金申请总额" }],
    },
    {
      name: "an itemised cost above the whole budget",
      text: cost("宣传物料成本", "≤35(万元)"),
      errors: [{ line: 13, column: "≤35(万元)", message: "超过年度资金申请总额" }],
    },
    {
      name: "a unit cost above all the money (万元 for 元)",
      text: cost("单场活动成本", "≤3000(万元)"),
      errors: [{ line: 13, column: "≤3000(万元)", message: "单位成本“单场活动成本”为30,000,000.00元，超过全部资金300,000.00元" }],
    },
    {
      name: "a multi-year project's cost above the project total",
      text: cost("项目总成本", "≤100(万元)", MULTI_YEAR),
      errors: [{ line: 13, column: "≤100(万元)", message: "超过项目资金总额900,000.00元" }],
    },
  ],
} satisfies RuleCases;
