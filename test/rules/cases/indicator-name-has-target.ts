/** Cases of `indicator-name-has-target`. */
import { CLEAN, setLine } from "../../support/declaration.js";
import { clean, type RuleCases } from "../case-types.js";

export default {
  valid: [
    clean,
    { name: "a threshold inside the definition", text: setLine(CLEAN, 18, "效益指标\t社会效益指标\t考核得分不低于80分的学员占比\t≥90(%)") },
    { name: "a percentage inside the definition", text: setLine(CLEAN, 18, "效益指标\t社会效益指标\t收入增长10%以上农户占比\t≥30(%)") },
    { name: "an age in the name", text: setLine(CLEAN, 18, "效益指标\t社会效益指标\t65岁以上老年人体检率\t≥70(%)") },
    { name: "a unit in parentheses", text: setLine(CLEAN, 16, "\t质量指标\t活动验收合格率(%)\t=100") },
    { name: "figures that are part of the name", text: setLine(CLEAN, 15, "\t\t5G基站建设数量\t≥20(个)") },
    { name: "an ordinal", text: setLine(CLEAN, 15, "\t\t第3期培训班学员人数\t≥50(人)") },
  ],
  invalid: [
    { name: "issue 10: a rate with its own target", text: setLine(CLEAN, 16, "\t质量指标\t设备完好率100%\t≥98(%)"), errors: [{ line: 16, column: "设备完好率", message: "“100%”" }] },
    { name: "issue 10: a template hint left in the name", text: setLine(CLEAN, 14, "产出指标\t数量指标\t社区服务活动场次(≥**个)\t≥24(次)"), errors: [{ line: 14, column: "社区服务活动场次", message: "(≥**个)" }] },
    { name: "a comparison ending the name", text: setLine(CLEAN, 20, "满意度指标\t服务对象满意度指标\t服务对象满意度≥90%\t≥90(%)"), errors: [{ line: 20, column: "服务对象满意度≥90%" }] },
    { name: "a word comparison ending the name", text: setLine(CLEAN, 15, "\t\t服务居民人次不少于3000人次\t≥3000(人次)"), errors: [{ line: 15, column: "服务居民人次" }] },
    { name: "a count ending the name", text: setLine(CLEAN, 14, "产出指标\t数量指标\t新建公厕3座\t≥3(座)"), errors: [{ line: 14, column: "新建公厕3座", message: "“3座”" }] },
    { name: "a template figure without a comparison", text: setLine(CLEAN, 15, "\t\t服务居民人次（**人次）\t≥3000(人次)"), errors: [{ line: 15, column: "服务居民人次" }] },
    { name: "full-width parentheses", text: setLine(CLEAN, 15, "\t\t服务居民人次（≥3000人次）\t≥3000(人次)"), errors: [{ line: 15, column: "服务居民人次" }] },
  ],
} satisfies RuleCases;
