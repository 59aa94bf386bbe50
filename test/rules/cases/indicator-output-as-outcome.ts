/** Cases of `indicator-output-as-outcome`. */
import { CLEAN, setLine } from "../../support/declaration.js";
import { clean, type RuleCases } from "../case-types.js";

const social = (name: string, value: string) => setLine(CLEAN, 18, `效益指标\t社会效益指标\t${name}\t${value}`);
const lasting = (name: string, value: string) => setLine(CLEAN, 19, `\t可持续影响指标\t${name}\t${value}`);

export default {
  valid: [
    clean,
    { name: "jobs created: an effect phrased as a count", text: social("带动就业人数", "≥50(人)") },
    { name: "people who benefit", text: social("受益群众人数", "≥3000(人)") },
    { name: "participants", text: social("活动参与人次", "≥3000(人次)") },
    { name: "a rate about training", text: social("培训合格率", "≥95(%)") },
    { name: "people trained who found work", text: social("培训后实现就业人数", "≥40(人)") },
    { name: "events under 数量 are outputs where they belong", text: setLine(CLEAN, 14, "产出指标\t数量指标\t举办讲座场次\t≥12(场)") },
    { name: "a qualitative effect", text: social("社区文化氛围", "明显改善") },
  ],
  invalid: [
    { name: "talks held, under 社会效益", text: social("举办讲座场次", "≥12(场)"), errors: [{ line: 18, column: "举办讲座场次", severity: "warning", message: "不是社会效益指标" }] },
    { name: "days open", text: social("生活驿站全年开放天数", "≥260(天)"), errors: [{ line: 18, column: "生活驿站全年开放天数" }] },
    { name: "people trained, under 可持续影响", text: lasting("组织培训人次", "≥500(人次)"), errors: [{ line: 19, column: "组织培训人次", message: "可持续影响指标" }] },
    { name: "a count without a unit", text: social("开展宣传活动次数", "≥12"), errors: [{ line: 18, column: "开展宣传活动次数" }] },
    { name: "leaflets handed out", text: social("发放宣传资料", "≥2000(份)"), errors: [{ line: 18, column: "发放宣传资料" }] },
  ],
} satisfies RuleCases;
