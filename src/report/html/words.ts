/**
 * Every word of the HTML report, in Chinese (the default) and English. The page script gets
 * the chosen language's words in the embedded data, so both sides speak alike.
 */
import type { Lang } from "../../engine/rule.js";

export interface Words {
  htmlLang: string;
  title: string;
  skip: string;
  nav: string;
  overview: string;
  projects: string;
  findings: string;
  rules: string;
  generated: string;
  files: string;
  unreadable: string;
  projectCount: string;
  annualTotal: string;
  annualTotalNote: string;
  yuan: string;
  wan: string;
  error: string;
  warning: string;
  info: string;
  errors: string;
  warnings: string;
  infos: string;
  byRule: string;
  byRuleNote: string;
  byErrors: string;
  byErrorsNote: string;
  errorsAxis: string;
  projectsAxis: string;
  projectTable: string;
  projectTableNote: string;
  sortBy: string;
  no: string;
  file: string;
  unit: string;
  project: string;
  annual: string;
  noFindings: string;
  /** Finding list */
  severity: string;
  rule: string;
  allRules: string;
  allFiles: string;
  allProjects: string;
  search: string;
  searchHint: string;
  reset: string;
  shown: string;
  showMore: string;
  where: string;
  message: string;
  line: string;
  lineColumn: string;
  noMatch: string;
  noScript: string;
  /** Project sections */
  fileFindings: string;
  tableFindings: string;
  openForm: string;
  formTitle: string;
  formContent: string;
  yearSuffix: string;
  fieldName: string;
  fieldNature: string;
  fieldCategory: string;
  fieldDepartment: string;
  fieldImplementer: string;
  fieldStart: string;
  fieldEnd: string;
  fundsLabel: string;
  fundsUnitNote: string;
  projectTotal: string;
  projectFiscal: string;
  projectOther: string;
  annualTotalLabel: string;
  annualAppropriation: string;
  annualCarryOver: string;
  annualOther: string;
  goalsLabel: string;
  goalOverall: string;
  goalAnnual: string;
  indicatorsLabel: string;
  level1: string;
  level2: string;
  level3: string;
  value: string;
  review: string;
  sum: string;
  difference: string;
  basis: string;
  lines: string;
  missingValue: string;
  unknownLabel: string;
  notes: string;
  printNote: string;
  /** Rule explanations */
  why: string;
  rulesNote: string;
  ruleFindings: string;
  projectsNote: string;
  fileProjects: string;
  fileCount: string;
  about: string;
  fails: string;
  passes: string;
  source: string;
  defaultSeverity: string;
  category: string;
  back: string;
  hidden: string;
  footer: string;
}

export const WORDS: Record<Lang, Words> = {
  zh: {
    htmlLang: "zh-CN",
    title: "绩效目标申报表检查报告",
    skip: "跳到正文",
    nav: "报告目录",
    overview: "概览",
    projects: "项目详情",
    findings: "问题清单",
    rules: "规则说明",
    generated: "生成于",
    files: "文件",
    unreadable: "无法读取",
    projectCount: "项目",
    annualTotal: "年度资金申请总额合计",
    annualTotalNote: "个项目未填写年度资金",
    yuan: "元",
    wan: "万元",
    error: "错误",
    warning: "警告",
    info: "提示",
    errors: "错误",
    warnings: "警告",
    infos: "提示",
    byRule: "各规则的问题数",
    byRuleNote: "点击规则可在问题清单中筛选",
    byErrors: "按错误数分布的项目数",
    byErrorsNote: "横轴为每个项目的错误数，纵轴为项目数",
    errorsAxis: "错误数",
    projectsAxis: "项目数",
    projectTable: "项目一览",
    projectTableNote: "点击列标题排序；点击项目名称查看申报表",
    sortBy: "排序：",
    no: "序号",
    file: "文件",
    unit: "实施单位",
    project: "项目名称",
    annual: "年度资金（元）",
    noFindings: "没有发现问题",
    severity: "级别",
    rule: "规则",
    allRules: "全部规则",
    allFiles: "全部文件",
    allProjects: "全部项目",
    search: "搜索",
    searchHint: "说明、项目、规则或文件",
    reset: "清除筛选",
    shown: "符合条件的问题 {matched} 条（共 {all} 条）",
    showMore: "再显示 {n} 条",
    where: "位置",
    message: "说明",
    line: "第{line}行",
    lineColumn: "第{line}行第{column}列",
    noMatch: "没有符合筛选条件的问题。",
    noScript: "问题清单的筛选和申报表的绘制需要启用 JavaScript；概览与规则说明无需脚本。",
    fileFindings: "文件级问题",
    tableFindings: "本表问题",
    openForm: "展开查看申报表",
    formTitle: "财政项目支出绩效目标申报表",
    formContent: "申报内容（按原表绘制）",
    yearSuffix: "年度",
    fieldName: "项目名称",
    fieldNature: "项目性质",
    fieldCategory: "项目类别",
    fieldDepartment: "主管部门",
    fieldImplementer: "实施单位",
    fieldStart: "计划开始日期",
    fieldEnd: "计划完成日期",
    fundsLabel: "项目资金（元）",
    fundsUnitNote: "原表以万元填报，此处折算为元",
    projectTotal: "项目资金总额",
    projectFiscal: "其中：财政资金",
    projectOther: "其他资金",
    annualTotalLabel: "年度资金申请总额",
    annualAppropriation: "其中：当年财政拨款",
    annualCarryOver: "上年结转资金",
    annualOther: "其他资金",
    goalsLabel: "项目绩效目标",
    goalOverall: "项目总目标",
    goalAnnual: "年度总体目标",
    indicatorsLabel: "绩效指标",
    level1: "一级指标",
    level2: "二级指标",
    level3: "三级指标",
    value: "年度（/项目）指标值",
    review: "审核意见",
    sum: "合计",
    difference: "相差",
    basis: "依据",
    lines: "第{start}–{end}行",
    missingValue: "（空）",
    unknownLabel: "（未识别）",
    notes: "说明",
    printNote: "本报告共 {total} 个项目，打印内容只包含已展开的 {open} 个项目。",
    why: "为什么",
    rulesNote: "本报告涉及的 {n} 条规则；命令 perfgoal explain <规则> 给出同样的说明",
    ruleFindings: "在问题清单中只看本规则的 {n} 个问题",
    projectsNote: "{n} 个项目；展开一个项目即按原表绘出申报表，问题标在对应的单元格旁",
    about: "约 {wan} 万元",
    fileProjects: "{n} 个项目",
    fileCount: "{n} 个文件",
    fails: "不通过",
    passes: "通过",
    source: "依据",
    defaultSeverity: "默认级别",
    category: "类别",
    back: "返回问题清单",
    hidden: "不可见的控制字符",
    footer: "由 perfgoal {version} 生成。本页不加载任何外部资源，可离线查看、作为邮件附件发送。",
  },
  en: {
    htmlLang: "en",
    title: "Performance-target declarations: review report",
    skip: "Skip to content",
    nav: "Report sections",
    overview: "Overview",
    projects: "Projects",
    findings: "Findings",
    rules: "Rules",
    generated: "Generated",
    files: "Files",
    unreadable: "unreadable",
    projectCount: "Projects",
    annualTotal: "Total annual funds requested",
    annualTotalNote: "project(s) without an annual total",
    yuan: "yuan",
    wan: "10k yuan",
    error: "error",
    warning: "warning",
    info: "info",
    errors: "Errors",
    warnings: "Warnings",
    infos: "Infos",
    byRule: "Findings by rule",
    byRuleNote: "Choose a rule to filter the finding list",
    byErrors: "Projects by number of errors",
    byErrorsNote: "Errors per project across, number of projects up",
    errorsAxis: "errors",
    projectsAxis: "projects",
    projectTable: "Projects",
    projectTableNote: "Sort by any column; choose a project to see its declaration",
    sortBy: "Sort by ",
    no: "No.",
    file: "File",
    unit: "Implementing unit",
    project: "Project",
    annual: "Annual funds (yuan)",
    noFindings: "No problems found",
    severity: "Severity",
    rule: "Rule",
    allRules: "All rules",
    allFiles: "All files",
    allProjects: "All projects",
    search: "Search",
    searchHint: "message, project, rule or file",
    reset: "Clear filters",
    shown: "{matched} of {all} findings match",
    showMore: "Show {n} more",
    where: "Where",
    message: "Message",
    line: "line {line}",
    lineColumn: "line {line}, column {column}",
    noMatch: "No findings match the filters.",
    noScript: "Filtering findings and drawing the declarations need JavaScript; the overview and the rules do not.",
    fileFindings: "Findings about the file",
    tableFindings: "Findings about this table",
    openForm: "Open to see the declaration",
    formTitle: "财政项目支出绩效目标申报表 (project performance-target declaration)",
    formContent: "The declaration, drawn as the form",
    yearSuffix: "",
    fieldName: "Project name 项目名称",
    fieldNature: "Nature 项目性质",
    fieldCategory: "Category 项目类别",
    fieldDepartment: "Department 主管部门",
    fieldImplementer: "Implementer 实施单位",
    fieldStart: "Planned start",
    fieldEnd: "Planned end",
    fundsLabel: "Funds (yuan)",
    fundsUnitNote: "declared in 10k yuan (万元), shown here in yuan",
    projectTotal: "Project total",
    projectFiscal: "of which fiscal",
    projectOther: "Other funds",
    annualTotalLabel: "Annual total",
    annualAppropriation: "of which appropriation",
    annualCarryOver: "Carried over",
    annualOther: "Other funds",
    goalsLabel: "Performance goals",
    goalOverall: "Overall goal",
    goalAnnual: "Annual goal",
    indicatorsLabel: "Indicators",
    level1: "Level 1",
    level2: "Level 2",
    level3: "Level 3 indicator",
    value: "Target value",
    review: "Review",
    sum: "sum",
    difference: "off by",
    basis: "Guidance",
    lines: "lines {start}–{end}",
    missingValue: "(blank)",
    unknownLabel: "(not recognised)",
    notes: "Notes",
    printNote: "This report has {total} projects; the printout holds the {open} that are open.",
    why: "Why",
    rulesNote: "the {n} rules with findings in this report; perfgoal explain <rule> gives the same",
    ruleFindings: "Show only this rule's {n} finding(s) in the list",
    projectsNote: "{n} project(s); open one to see its declaration drawn as the form, findings beside their cells",
    about: "about {wan} × 10k yuan",
    fileProjects: "{n} project(s)",
    fileCount: "{n} files",
    fails: "Fails",
    passes: "Passes",
    source: "Guidance",
    defaultSeverity: "Default severity",
    category: "Category",
    back: "Back to the findings",
    hidden: "invisible control character",
    footer: "Made by perfgoal {version}. This page loads nothing from the network: it works offline and as an e-mail attachment.",
  },
};

/** `{name}` placeholders filled in. */
export function fill(template: string, data: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in data ? String(data[key]) : whole));
}
