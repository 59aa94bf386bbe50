/**
 * A generated declaration (test/property/generate.ts) written in the layout families without
 * cell separators, as the exports that make them write it: one cell per line (二级 labels
 * wrapped in a narrow column when the layout says so), one cell per paragraph, cells between
 * single spaces or padded into columns, cells run together.
 */
import { blocks, labelRows, writeAmount, type Generated } from "../property/generate.js";

export type FamilyName = "lines" | "paragraphs" | "spaces" | "run-together";
export const FAMILY_NAMES: readonly FamilyName[] = ["lines", "paragraphs", "spaces", "run-together"];

/** The declaration as rows of cells (null: a blank line, a page break); labels marked for wrapping. */
function rowsOf(g: Generated): Array<Array<{ text: string; wrap?: boolean }> | null> {
  const { funds } = g;
  const total = funds.appropriation + funds.carryOver + funds.other + funds.error;
  const amount = (v: bigint) => writeAmount(v, funds.unit, g.layout.separators);
  const cells = (...texts: string[]) => texts.map((text) => ({ text }));
  const rows: Array<Array<{ text: string; wrap?: boolean }> | null> = [
    cells("# 财政项目支出绩效目标申报表"),
    cells("(2024年度)"),
    cells("项目名称", g.name, "项目性质", "其他经常性项目", "项目类别", "特定目标类"),
    cells("主管部门", "某区某局", "实施单位", "某中心"),
    cells("计划开始日期", "2024-01-01", "计划完成日期", "2024-12-31"),
    cells(`项目资金（${funds.unit}）`, "项目资金总额", "年度资金申请总额", amount(total)),
    cells("其中：财政资金", "其中：当年财政拨款", amount(funds.appropriation)),
    cells("上年结转资金", amount(funds.carryOver)),
    cells("其他资金", "其他资金", amount(funds.other)),
    cells("项目 绩效 目标", "项目总目标", "年度总体目标"),
    cells("全年完成各项任务。"),
    cells("一级指标", "二级指标", "三级指标", "年度(/项目)指标值"),
  ];
  const labelAt = new Set(blocks(g.indicators).map(([start], b) => start + labelRows(g)[b]));
  let previous1 = "";
  g.indicators.forEach((indicator, index) => {
    if (g.layout.blankLines[index % g.layout.blankLines.length]) rows.push(null);
    const row: Array<{ text: string; wrap?: boolean }> = [];
    if (indicator.level1 !== previous1) row.push({ text: indicator.level1 });
    if (labelAt.has(index)) row.push({ text: indicator.level2, wrap: g.layout.wrapLabels });
    row.push({ text: indicator.name }, { text: indicator.valueText });
    previous1 = indicator.level1;
    rows.push(row);
  });
  return rows;
}

/** A label printed in a narrow column: cut in two, as generate.ts cuts a wrapped 二级. */
function wrapped(cell: { text: string; wrap?: boolean }): string[] {
  if (!cell.wrap || cell.text.length < 4) return [cell.text];
  const cut = Math.floor(cell.text.length / 2);
  return [cell.text.slice(0, cut), cell.text.slice(cut)];
}

/** Display width (a Chinese character counts two). */
function widthOf(text: string): number {
  let width = 0;
  for (const char of text) width += char.charCodeAt(0) > 0x2e80 ? 2 : 1;
  return width;
}

/** The declaration written in a family; `padded` lays spaced rows out in columns. */
export function renderFamily(g: Generated, family: FamilyName, padded = false): string {
  const rows = rowsOf(g);
  const end = g.layout.crlf ? "\r\n" : "\n";
  switch (family) {
    case "lines":
      return rows.map((row) => (row ? row.flatMap(wrapped).join(end) : "")).join(end) + end;
    case "paragraphs":
      return rows.filter((row) => row !== null).flatMap((row) => row!.map((c) => c.text)).join(end + end) + end;
    case "run-together":
      return rows.map((row) => (row ? row.map((c) => c.text).join("") : "")).join(end) + end;
    case "spaces":
      if (!padded) return rows.map((row) => (row ? row.map((c) => c.text).join(" ") : "")).join(end) + end;
      return rows.map((row) => (row ? row.map((c) => c.text + " ".repeat(Math.max(2, 20 - widthOf(c.text)))).join("").trimEnd() : "")).join(end) + end;
  }
}
