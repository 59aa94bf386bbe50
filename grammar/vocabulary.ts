/**
 * The label vocabulary of declaration forms, as data in one place: every label a form prints
 * (header fields, funds labels, goal headings, sections, indicator column headings) with its
 * aliases across regions and form generations (2011, 88号 2015, 101号 2021 and local variants).
 *
 * Labels are matched on their key (`labelKey`: half-width, no white space, `：` as `:`), so
 * `项目 绩效 目标` and `资金情况（万元）` need no separate entries. Categories (一级/二级) live in
 * src/model/taxonomy.ts; the patterns for titles and non-data rows are at the end.
 */

export type HeaderField =
  | "name" | "nature" | "category" | "department" | "implementer" | "plannedStart" | "plannedEnd" | "contact";

export type FundField =
  | "projectTotal" | "projectFiscal" | "other"
  | "annualTotal" | "annualAppropriation" | "annualCarryOver";

/** What a column of the indicator table holds, from its heading. */
export type ColumnRole =
  | "level1" | "level2" | "level3"
  | "value" | "longTermValue"
  | "unit" | "operator" | "number"
  | "nature" | "weight" | "direction" | "standard" | "remark" | "explanation";

export const HEADER_FIELDS: Readonly<Record<HeaderField, readonly string[]>> = {
  name: ["项目名称", "项目支出名称", "项目名", "二级项目名称"],
  nature: ["项目性质"],
  category: ["项目类别", "项目类型", "项目分类"],
  department: ["主管部门", "主管单位", "主管部门名称", "主管部门及代码", "预算部门", "主管部门(单位)", "主管预算单位", "部门名称"],
  implementer: ["实施单位", "项目实施单位", "实施单位名称", "实施主体", "单位名称", "预算单位", "项目单位", "项目实施主体", "申报单位"],
  plannedStart: ["计划开始日期", "项目开始日期", "开始日期", "计划开始时间", "项目开始时间"],
  plannedEnd: ["计划完成日期", "计划结束日期", "项目完成日期", "完成日期", "计划完成时间", "项目结束时间", "项目完成时间"],
  contact: ["项目负责人", "项目负责人及电话", "项目负责人及联系电话", "项目联系人", "联系人及电话"],
};

export const FUND_LABELS: Readonly<Record<FundField, readonly string[]>> = {
  projectTotal: ["项目资金总额", "项目总投资", "项目总预算"],
  projectFiscal: ["财政资金"],
  other: ["其他资金", "其他来源资金", "自筹资金"],
  annualTotal: ["年度资金申请总额", "年度资金总额", "年度预算总额", "本年度资金总额", "年度资金", "预算数", "预算金额", "年度预算数", "本年预算数"],
  annualAppropriation: ["当年财政拨款", "财政拨款", "年度财政拨款", "本年度申请市财政预算资金", "本年度申请财政预算资金", "财政预算资金", "一般公共预算", "一般公共预算拨款", "本年财政拨款"],
  annualCarryOver: ["上年结转资金", "上年结转", "上年结余资金", "结转资金", "上年结转结余"],
};

export const GOAL_HEADINGS: Readonly<Record<"overall" | "annual", readonly string[]>> = {
  overall: ["项目总目标", "总体目标", "项目总体目标", "中长期目标", "项目中长期目标", "实施期目标", "实施期绩效目标", "总目标", "中期目标", "长期目标", "中期绩效目标", "整体目标"],
  annual: ["年度总体目标", "年度目标", "年度绩效目标", "本年度绩效目标", "本年度目标", "当年绩效目标", "年度项目目标"],
};

/** Section labels printed down the left of a block (`项目 绩效 目标`, `绩效 指标`). */
export const GOAL_SECTIONS: readonly string[] = ["项目绩效目标", "绩效目标", "绩效目标内容"];
export const INDICATOR_SECTIONS: readonly string[] = ["绩效指标", "项目绩效指标", "年度绩效指标", "绩效指标内容"];
export const FUNDS_SECTIONS: readonly string[] = ["项目资金", "资金情况", "资金来源", "项目资金情况", "年度资金情况", "资金投入"];

/**
 * Indicator column headings and the role of the column under them. Headings that say a period
 * (`中期指标值`, `二级指标(长期)`) are matched after the period words are taken off; a value
 * heading that names a longer period than the year is `longTermValue`.
 */
export const COLUMN_HEADINGS: Readonly<Record<ColumnRole, readonly string[]>> = {
  level1: ["一级指标"],
  level2: ["二级指标"],
  level3: ["三级指标", "指标内容", "指标名称", "绩效指标名称"],
  value: ["指标值", "年度指标值", "目标值", "年度目标值", "项目指标值", "年度(/项目)指标值", "年度/项目指标值", "指标值及单位", "指标值(年度)", "年度指标值及单位", "绩效指标值", "本年度指标值"],
  longTermValue: ["中期指标值", "长期指标值", "实施期指标值", "中长期指标值", "项目实施期指标值", "总体指标值", "中期目标值", "实施期目标值"],
  unit: ["计量单位", "度量单位", "指标单位", "单位"],
  operator: ["运算符", "符号", "指标值符号", "比较符"],
  number: ["数值", "指标数值"],
  nature: ["指标性质", "指标类型", "定量/定性"],
  weight: ["权重", "分值", "权重(%)", "分值权重", "指标权重"],
  direction: ["指标方向性", "指标方向", "方向"],
  standard: ["绩效标准", "评分标准", "评(扣)分标准", "计分方法", "指标评分标准"],
  remark: ["备注", "说明"],
  explanation: ["指标值说明", "指标解释", "指标说明", "指标值确定依据", "指标值设定依据"],
};

/** Values of the 指标性质 and 指标方向性 columns: read by content wherever they stand. */
export const NATURE_VALUES: Readonly<Record<string, string>> = {
  正向: "正向", 正向指标: "正向", 反向: "反向", 反向指标: "反向", 定性: "定性", 定性指标: "定性", 定量: "定量", 定量指标: "定量",
  中性: "中性", 越大越好: "正向", 越小越好: "反向", 区间: "区间",
};

/**
 * A form title: the whole cell names the form (`2023年项目支出绩效目标申报表`,
 * `绩效目标申报表(基础设施建设类)`, `部门预算项目绩效目标申报表(2023年度)`) — a cell that only
 * mentions it (`绩效目标申报表编报及时率`, a goal that refers to the form) is not one.
 */
export const FORM_TITLE = /^.{0,40}?绩效目标(?:申报|申请)?表(?:\(.{0,24}\))?$/;
/** A summary title over several tables (汇总表) names the document, not a table. */
export const SUMMARY_TITLE = /汇总|一览/;

/** Kinds of rows that are not data: said once, never read as indicators or fields. */
export type NonDataKind = "approval" | "footnote" | "signature" | "pageMark" | "attachment" | "total";

/** Patterns on a cell's key (half-width, no white space). */
export const NON_DATA: ReadonlyArray<[NonDataKind, RegExp]> = [
  ["approval", /^(?:财政部门|主管部门|预算部门|部门|财政|单位)?(?:审核|审批|审查|评审)意见(?::.*)?$/],
  ["footnote", /^(?:注|说明|备注|填表说明|填报说明)\d*[:.、].+|^注\d*[:.、]?$|^填表说明$|^填报说明$/],
  ["signature", /^(?:填报人|填表人|经办人|审核人|联系人|联系电话|单位负责人|部门负责人|财务负责人|分管领导|负责人|填报日期|填表日期|报送日期|单位盖章|单位\(盖章\)|\(盖章\))(?::.*)?$/],
  ["pageMark", /^第\d+页(?:[,，]?共\d+页)?$|^-\d+-$|^共\d+页第\d+页$|^\d+\/\d+$|^Page\d+(?:of\d+)?$/i],
  ["attachment", /^附件\d*(?::.*)?$|^附表\d*(?::.*)?$/],
  ["total", /^(?:部门|单位)?(?:合计|总计)$/],
];
