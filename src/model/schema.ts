/**
 * The public data model (cli.md, `convert --format json`). The TypeScript types are
 * inferred from these zod schemas, and `perfgoal schema` prints their JSON Schema.
 */
import { z } from "zod";

import { SCHEMA_VERSION } from "./version.js";
export { SCHEMA_VERSION };

export const OperatorSchema = z.enum(["≥", "≤", "=", ">", "<"]);

export const IndicatorValueSchema = z.discriminatedUnion("kind", [
  z.object({
    kind: z.literal("quantitative"),
    operator: OperatorSchema.nullable().describe("normalised operator; null when the value has none"),
    number: z.number(),
    unit: z.string().nullable().describe("the unit as written, e.g. 次, %, 名/场"),
    text: z.string().describe("the cell as written"),
  }),
  z.object({
    kind: z.literal("deadline"),
    operator: OperatorSchema.nullable().describe("≤ when the value says no later than (前, 之前, 以内, 截至); null when it names the period itself"),
    date: z.string().describe("ISO 8601 date or period: 2024-12-31, 2024-12, 2024, a quarter 2024-Q3, a half year 2024-H1; without the table's year --12-31, --06, Q3, H1"),
    text: z.string().describe("the cell as written"),
  }).describe("a deadline: 2024年12月31日前, 6月底前, 第三季度"),
  z.object({ kind: z.literal("qualitative"), text: z.string() }),
  z.object({ kind: z.literal("missing") }),
]);

export const IndicatorSchema = z.object({
  level1: z.string().nullable().describe("一级指标"),
  level2: z.string().nullable().describe("二级指标"),
  name: z.string().nullable().describe("三级指标; null when a value stands without a name"),
  value: IndicatorValueSchema.describe("the year's value (年度指标值)"),
  longTermValue: IndicatorValueSchema.optional().describe("中期/长期/实施期指标值, where the form has one beside the year's"),
  weight: z.number().optional().describe("权重/分值, where the form has the column"),
  nature: z.string().optional().describe("指标性质 (正向, 反向, 定性, 定量 …), where the form has the column"),
  direction: z.string().optional().describe("指标方向性, where the form has the column"),
  other: z.record(z.string(), z.string()).optional().describe("other columns (备注, 绩效标准, 指标值说明 …) under their heading as printed"),
  line: z.number().int().positive(),
});

const amount = z.number().nullable().describe("元 (万元 converted); null when blank");

export const FundsSchema = z.object({
  unit: z.enum(["元", "万元"]).nullable().describe("the unit the table declares"),
  projectTotal: amount.describe("项目资金总额"),
  projectFiscal: amount.describe("其中：财政资金"),
  projectOther: amount.describe("其他资金 (project)"),
  annualTotal: amount.describe("年度资金申请总额"),
  annualAppropriation: amount.describe("其中：当年财政拨款"),
  annualCarryOver: amount.describe("上年结转资金"),
  annualOther: amount.describe("其他资金 (year)"),
});

export const ProjectSchema = z.object({
  title: z.string().nullable(),
  year: z.number().int().nullable(),
  name: z.string().nullable().describe("项目名称"),
  nature: z.string().nullable().describe("项目性质"),
  category: z.string().nullable().describe("项目类别"),
  department: z.string().nullable().describe("主管部门"),
  implementer: z.string().nullable().describe("实施单位"),
  plannedStart: z.string().nullable().describe("计划开始日期, ISO YYYY-MM-DD"),
  plannedEnd: z.string().nullable().describe("计划完成日期, ISO YYYY-MM-DD"),
  funds: FundsSchema.nullable(),
  goals: z.object({ overall: z.string().nullable(), annual: z.string().nullable() }),
  indicators: z.array(IndicatorSchema),
  lines: z.object({ start: z.number().int(), end: z.number().int() }),
  contact: z.string().nullable().optional().describe("项目负责人及电话, where the form has it"),
  asWritten: z.record(z.string(), z.string()).optional().describe("values as written that could not be read (an amount such as 约48万元, a date such as 2025年上半年), by field; the field itself is null and a diagnostic says why"),
  notes: z.array(z.object({
    kind: z.enum(["approval", "footnote", "signature", "pageMark", "attachment", "total"]),
    text: z.string(),
    line: z.number().int(),
  })).optional().describe("rows that are not data (审核意见, 注：…, 填报人：…), kept as written"),
  layout: z.object({
    family: z.string().describe("how the table was laid out: tabular, lines, paragraphs, spaces, run-together, flat, or a file format (xlsx, docx, pdf, html)"),
    cells: z.number().int().describe("non-empty cells of the table"),
    placed: z.number().describe("share of them read into the model, 0 to 1"),
  }).optional().describe("how the table was read"),
});

export const SeveritySchema = z.enum(["error", "warning", "info"]);

export const DiagnosticSchema = z.object({
  ruleId: z.string(),
  severity: SeveritySchema,
  message: z.string(),
  line: z.number().int().nullable(),
  column: z.number().int().nullable(),
  project: z.string().nullable(),
  place: z.string().optional().describe("where the cell is in a workbook, Word, PDF or HTML file (`Sheet1!C12`, `第2页 表1 第3行 第2格`); line and column then count rows and columns of the file's grid"),
});

export const DocumentSchema = z.object({
  path: z.string(),
  encoding: z.string(),
  title: z.string().nullable(),
  projects: z.array(ProjectSchema),
  diagnostics: z.array(DiagnosticSchema).describe("cells the reader could not place, and other reading findings"),
});

export const ConvertOutputSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  documents: z.array(DocumentSchema),
});

export type IndicatorValue = z.infer<typeof IndicatorValueSchema>;
export type Indicator = z.infer<typeof IndicatorSchema>;
export type Funds = z.infer<typeof FundsSchema>;
export type Project = z.infer<typeof ProjectSchema>;
export type Severity = z.infer<typeof SeveritySchema>;
export type Diagnostic = z.infer<typeof DiagnosticSchema>;
export type DeclarationDocument = z.infer<typeof DocumentSchema>;
export type ConvertOutput = z.infer<typeof ConvertOutputSchema>;
