/**
 * The clean declaration in the older forms and with other regions' category names, for the
 * category rules' cases (line numbers as in CLEAN).
 */
import { CLEAN, setLine } from "./declaration.js";

/** 财预〔2015〕88号 form: 成本 a 二级 of 产出, 满意度 a 一级. */
export const FORM_2015 = setLine(setLine(CLEAN, 13, "产出指标\t成本指标\t项目总成本\t≤300000(元)"), 14, "\t数量指标\t社区服务活动场次\t≥24(次)");

/** 2011 form: 成本 under 产出, satisfaction a 二级 of 效益 (here 效果指标), 环境效益指标. */
export const FORM_2011 = setLine(setLine(setLine(FORM_2015, 18, "效果指标\t社会效益指标\t居民参与覆盖率\t≥80(%)"), 19, "\t环境效益指标\t社区环境\t明显改善"), 20, "\t满意度指标\t居民满意度\t≥90(%)");

/** Both forms in one table: 成本 as a 一级 and 满意度 as a 二级 of 效益. */
export const MIXED_FORMS = setLine(CLEAN, 20, "\t满意度指标\t居民满意度\t≥90(%)");

/** Names of the same categories in other regions' and years' forms: no category finding. */
export const SYNONYMS = [
  { name: "效果指标 for 效益指标", text: setLine(CLEAN, 18, "效果指标\t社会效益指标\t居民参与覆盖率\t≥80(%)") },
  { name: "进度指标 for 时效指标", text: setLine(CLEAN, 17, "\t进度指标\t活动按期完成率\t=100(%)") },
  { name: "环境效益指标 for 生态效益指标", text: setLine(CLEAN, 19, "\t环境效益指标\t社区环境\t明显改善") },
  { name: "满意度指标 repeated as its own 二级", text: setLine(CLEAN, 20, "满意度指标\t满意度指标\t服务对象满意度\t≥90(%)") },
  { name: "成本指标 repeated as its own 二级", text: setLine(CLEAN, 13, "成本指标\t成本指标\t项目总成本\t≤300000(元)") },
  { name: "社会公众或服务对象满意度指标", text: setLine(CLEAN, 20, "满意度指标\t社会公众或服务对象满意度指标\t服务对象满意度\t≥90(%)") },
];
