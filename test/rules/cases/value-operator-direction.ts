/** Cases of `value-operator-direction`. */
import { CLEAN, setLine } from "../../support/declaration.js";
import { clean, type RuleCases } from "../case-types.js";

const outcome = (name: string, value: string) => setLine(CLEAN, 18, `效益指标\t经济效益指标\t${name}\t${value}`);

export default {
  valid: [
    clean,
    { name: "complaints below a ceiling", text: setLine(CLEAN, 18, "效益指标\t社会效益指标\t有责投诉率\t<5.00(%)") },
    { name: "a fall rate is positive", text: setLine(CLEAN, 18, "效益指标\t社会效益指标\t事故下降率\t≥10(%)") },
    { name: "spending progress is not a cost", text: setLine(CLEAN, 17, "\t时效指标\t经费支出进度\t≥90(%)") },
    // issue 10: savings and reductions are positive
    { name: "a cost saving", text: outcome("成本节约额", "≥5万元") },
    { name: "a reduction of a cost", text: outcome("企业物流成本降低幅度", "≥10%") },
    { name: "a saving rate", text: outcome("政府采购节支率", "≥5(%)") },
    // review of issue 10: the reduction written before the cost it lowers
    { name: "costs lowered for others", text: outcome("为企业降低成本", "≥50(万元)") },
    { name: "expenses reduced", text: outcome("减少群众就医费用", "≥10(万元)") },
    { name: "a fall of energy use", text: outcome("单位能耗降幅", "≥3(%)") },
    { name: "a cut in processing time", text: outcome("审批时限压减比例", "≥30(%)") },
    { name: "a reduction named by its verb first", text: outcome("降低企业运营成本", "≥5(%)") },
    { name: "dissatisfaction kept low", text: outcome("服务对象不满意率", "≤5(%)") },
  ],
  invalid: [
    { name: "complaints with ≥", text: setLine(CLEAN, 18, "效益指标\t社会效益指标\t有责投诉率\t≥5.00(%)"), errors: [{ line: 18, column: "≥5.00" }] },
    { name: "coverage with ≤", text: setLine(CLEAN, 18, "效益指标\t社会效益指标\t居民参与覆盖率\t≤80(%)"), errors: [{ line: 18, column: "≤80" }] },
    { name: "a cost with ≥", text: setLine(CLEAN, 13, "成本指标\t经济成本指标\t项目总成本\t≥300000(元)"), errors: [{ line: 13, column: "≥300000" }] },
    { name: "incidence with ≥", text: setLine(CLEAN, 18, "效益指标\t社会效益指标\t传染病发病率\t≥2(‰)"), errors: [{ line: 18, column: "≥2" }] },
    { name: "a saving with ≤", text: outcome("成本节约额", "≤5万元"), errors: [{ line: 18, column: "≤5万元", message: "越高越好" }] },
    { name: "a cost of energy-saving work is still a cost", text: setLine(CLEAN, 13, "成本指标\t经济成本指标\t节能改造成本\t≥50万元"), errors: [{ line: 13, column: "≥50万元", message: "越低越好" }] },
  ],
} satisfies RuleCases;
