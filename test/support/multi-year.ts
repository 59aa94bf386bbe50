/** The clean declaration as a multi-year (阶段性) project, for the goal rules' cases (line numbers as in CLEAN). */
import { CLEAN, setLine } from "./declaration.js";

/** 阶段性项目, 2024–2026, 900,000 元 over the years and 300,000 元 this year; both goals filled. */
export const MULTI_YEAR = [
  [3, "项目名称\t社区服务经费\t项目性质\t阶段性项目\t项目类别\t特定目标类"],
  [5, "计划开始日期\t2024-01-01\t计划完成日期\t2026-12-31"],
  [6, "项目资金 (元)\t项目资金总额\t900,000.00\t年度资金申请总额\t300,000.00"],
  [7, "\t其中：财政资金\t750,000.00\t其中：当年财政拨款\t250,000.00"],
  [9, "\t其他资金\t150,000.00\t其他资金\t50,000.00"],
  [11, "\t三年内建成覆盖全街道的社区服务网络，累计开展活动不少于72次。\t全年开展社区服务活动不少于24次，服务居民不少于3000人次，服务对象满意度90%以上。"],
].reduce((text, [line, content]) => setLine(text, line as number, content as string), CLEAN);

/** The same with only the annual goal. */
export const MULTI_YEAR_ANNUAL_ONLY = setLine(MULTI_YEAR, 11, "\t\t全年开展社区服务活动不少于24次，服务居民不少于3000人次，服务对象满意度90%以上。");

/** The same with only the overall goal, in the 项目总目标 column. */
export const MULTI_YEAR_OVERALL_ONLY = setLine(MULTI_YEAR, 11, "\t三年内建成覆盖全街道的社区服务网络，累计开展活动不少于72次。\t");
