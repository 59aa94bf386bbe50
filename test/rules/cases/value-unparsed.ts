/** Cases of `value-unparsed`. */
import { CLEAN, setLine } from "../../support/declaration.js";
import { clean, type RuleCases, type ValidCase } from "../case-types.js";

const timeliness = (value: string) => setLine(CLEAN, 17, `\t时效指标\t活动完成时间\t${value}`);
const sustained = (value: string) => setLine(CLEAN, 19, `\t可持续影响指标\t长效服务机制\t${value}`);

/** issue 10: deadlines, including spellings beyond the examples. */
const DEADLINES = [
  "2024年12月31日前", "2024年12月", "6月底前", "12月底前完成", "第三季度", "年底前", "上半年", "下半年", "2024年第四季度",
  "11月30日前", "2024-12-31", "于2024年10月底前完成", "截至2024年12月31日", "四季度", "年内完成", "次年3月底前", "开学前",
];
/** issue 10: accepted values, and their kin. */
const ACCEPTED = [
  "可控", "风险可控", "合规", "依法合规", "合理", "零投诉", "零事故", "应保尽保", "应补尽补", "中长期", "全年", "每季度",
  "每月1次", "当日办结", "1:15", "AAAA", "二级以上", "较上年提高5%", "不低于上年", "项目周期内", "三个月内", "2024.1-2024.12",
  // review of issue 10: a rhythm with its act, a harm kept small
  "按月发放", "每季度开展", "较小", "影响轻微",
];
/** review of issue 10: figures written with a doubled or a short operator, or said to be approximate. */
const FIGURES = ["≥90%以上", "≥90(%)以上", "达95%", "约30万元", "预计24(次)"];

export default {
  valid: [
    clean,
    ...DEADLINES.map((value): ValidCase => ({ name: `deadline ${value}`, text: timeliness(value) })),
    ...ACCEPTED.map((value): ValidCase => ({ name: `accepted ${value}`, text: sustained(value) })),
    ...FIGURES.map((value): ValidCase => ({ name: `figure ${value}`, text: setLine(CLEAN, 16, `\t质量指标\t活动验收合格率\t${value}`) })),
  ],
  invalid: [
    { name: "free text value", text: setLine(CLEAN, 16, "\t质量指标\t活动验收合格率\t按合同约定"), errors: [{ line: 16, column: "按合同约定" }] },
    { name: "an operator contradicted by its suffix", text: setLine(CLEAN, 16, "\t质量指标\t活动验收合格率\t≥90%以下"), errors: [{ line: 16, column: "≥90%以下" }] },
    { name: "a range", text: setLine(CLEAN, 16, "\t质量指标\t活动验收合格率\t90%-95%"), errors: [{ line: 16, column: "90%-95%" }] },
    { name: "a date that does not exist", text: timeliness("2024年2月30日前"), errors: [{ line: 17, column: "2024年2月30日前" }] },
  ],
} satisfies RuleCases;
