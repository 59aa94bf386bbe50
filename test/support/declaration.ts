/**
 * A clean declaration that passes every rule, to mutate in rule tests. Line numbers are
 * fixed (the comment column on the right of BASELINE_LINES is the line number).
 */
export const CLEAN = [
  "# 财政项目支出绩效目标申报表", //                                                    1
  "(2024年度)", //                                                                      2
  "项目名称\t社区服务经费\t项目性质\t其他经常性项目\t项目类别\t特定目标类", //                3
  "主管部门\t某区民政局\t实施单位\t某街道社区服务中心", //                                 4
  "计划开始日期\t2024-01-01\t计划完成日期\t2024-12-31", //                                5
  "项目资金 (元)\t项目资金总额\t\t年度资金申请总额\t300,000.00", //                        6
  "\t其中：财政资金\t\t其中：当年财政拨款\t250,000.00", //                                 7
  "\t\t\t上年结转资金\t0.00", //                                                          8
  "\t其他资金\t\t其他资金\t50,000.00", //                                                 9
  "项目 绩效 目标\t项目总目标\t年度总体目标", //                                            10
  "\t\t全年开展社区服务活动不少于24次，服务居民不少于3000人次，服务对象满意度90%以上。", //  11
  "一级指标\t二级指标\t三级指标\t年度(/项目)指标值", //                                    12
  "成本指标\t经济成本指标\t项目总成本\t≤300000(元)", //                                  13
  "产出指标\t数量指标\t社区服务活动场次\t≥24(次)", //                                     14
  "\t\t服务居民人次\t≥3000(人次)", //                                                    15
  "\t质量指标\t活动验收合格率\t=100(%)", //                                              16
  "\t时效指标\t活动按期完成率\t=100(%)", //                                              17
  "效益指标\t社会效益指标\t居民参与覆盖率\t≥80(%)", //                                    18
  "\t可持续影响指标\t长效服务机制\t建立健全", //                                          19
  "满意度指标\t服务对象满意度指标\t服务对象满意度\t≥90(%)", //                            20
].join("\n") + "\n";

/** Replace line `line` (1-based) of the text. */
export function setLine(text: string, line: number, content: string): string {
  const lines = text.split("\n");
  lines[line - 1] = content;
  return lines.join("\n");
}

/** Insert lines before line `line` (1-based). */
export function insertLines(text: string, line: number, ...content: string[]): string {
  const lines = text.split("\n");
  lines.splice(line - 1, 0, ...content);
  return lines.join("\n");
}

/** Remove line `line` (1-based). */
export function removeLine(text: string, line: number): string {
  const lines = text.split("\n");
  lines.splice(line - 1, 1);
  return lines.join("\n");
}

/** The 1-based column of `needle` on line `line`. */
export function columnOf(text: string, line: number, needle: string): number {
  const content = text.split(/\r\n|\r|\n/)[line - 1] ?? "";
  const index = content.indexOf(needle);
  if (index < 0) throw new Error(`'${needle}' is not on line ${line}: ${content}`);
  return index + 1;
}
