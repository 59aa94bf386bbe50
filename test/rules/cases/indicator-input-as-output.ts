/** Cases of `indicator-input-as-output`. */
import { CLEAN, setLine } from "../../support/declaration.js";
import { clean, type RuleCases } from "../case-types.js";

const quantity = (name: string, value: string) => setLine(CLEAN, 15, `\t\t${name}\t${value}`);
const quality = (name: string, value: string) => setLine(CLEAN, 16, `\t质量指标\t${name}\t${value}`);
const timeliness = (name: string, value: string) => setLine(CLEAN, 17, `\t时效指标\t${name}\t${value}`);
const effect = (level2: string, name: string, value: string) => setLine(CLEAN, 18, `效益指标\t${level2}\t${name}\t${value}`);

export default {
  valid: [
    clean,
    { name: "spending progress under 时效 is timeliness", text: timeliness("资金支出进度", "≥90(%)") },
    { name: "timely payment under 时效", text: timeliness("补助资金拨付及时率", "=100(%)") },
    { name: "a facility put into use (投入使用) is an output", text: quality("设施投入使用率", "≥95(%)") },
    { name: "到位率 of something other than money", text: effect("社会效益指标", "主推技术到位率", "≥95(%)") },
    { name: "investment drawn in is an effect", text: effect("经济效益指标", "带动社会投资", "≥500(万元)") },
    { name: "a saving is an effect", text: effect("经济效益指标", "节约财政资金", "≥5(万元)") },
    { name: "people reached is an output", text: quantity("补贴发放人数", "≥1200(人)") },
    { name: "an input-output ratio is an efficiency", text: effect("经济效益指标", "投入产出比", "≥3") },
    { name: "private capital drawn in", text: effect("经济效益指标", "社会资本投入", "≥500(万元)") },
    { name: "social money drawn in is an effect", text: effect("经济效益指标", "带动社会资金投入", "≥100(万元)") },
    { name: "a cost under the 88号 成本 二级", text: setLine(CLEAN, 16, "\t成本指标\t财政资金补助标准\t≤1600(元/亩)"), profile: "legacy" },
  ],
  invalid: [
    { name: "资金到位率 under 数量", text: setLine(CLEAN, 14, "产出指标\t数量指标\t资金到位率\t=100(%)"), errors: [{ line: 14, column: "资金到位率", severity: "warning", message: "资金到位、拨付或预算执行情况" }] },
    { name: "预算执行率 under 质量", text: quality("预算执行率", "≥95(%)"), errors: [{ line: 16, column: "预算执行率", message: "不是产出" }] },
    { name: "spending progress under 质量", text: quality("预算支出进度", "≥90(%)"), errors: [{ line: 16, column: "预算支出进度", message: "资金支出进度" }] },
    { name: "timely payment under 数量", text: quantity("资金拨付及时率", "=100(%)"), errors: [{ line: 15, column: "资金拨付及时率" }] },
    { name: "an amount spent", text: quantity("项目支出金额", "≥30(万元)"), errors: [{ line: 15, column: "项目支出金额", message: "资金投入金额" }] },
    { name: "money arranged, with no unit", text: quantity("安排专项资金", "≥300000"), errors: [{ line: 15, column: "安排专项资金" }] },
    { name: "investment completed", text: quantity("完成投资", "≥300(万元)"), errors: [{ line: 15, column: "完成投资" }] },
    { name: "money arriving, said in words", text: quality("项目资金到位情况", "及时足额到位"), errors: [{ line: 16, column: "项目资金到位情况" }] },
    { name: "compliance of spending is a process", text: quality("资金使用合规性", "合规"), errors: [{ line: 16, column: "资金使用合规性" }] },
    { name: "funding guaranteed", text: quality("运转经费保障率", "=100(%)"), errors: [{ line: 16, column: "运转经费保障率" }] },
    { name: "budget changes", text: quantity("科目调整次数", "≤2(次)"), errors: [{ line: 15, column: "科目调整次数", message: "预算调整情况" }] },
    { name: "a rate of budget changes", text: quality("预算调整率", "≤10(%)"), errors: [{ line: 16, column: "预算调整率", message: "预算调整情况" }] },
    { name: "people put in", text: quantity("投入工作人员人数", "≥10(人)"), errors: [{ line: 15, column: "投入工作人员人数", message: "人力、物力投入" }] },
    { name: "an input under 效益", text: effect("经济效益指标", "资金结余率", "≤5(%)"), errors: [{ line: 18, column: "资金结余率", message: "不是效益" }] },
    { name: "funds paid out under 社会效益", text: effect("社会效益指标", "资金拨付率", "=100(%)"), errors: [{ line: 18, column: "资金拨付率" }] },
  ],
} satisfies RuleCases;
