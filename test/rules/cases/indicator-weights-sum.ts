/** Cases of `indicator-weights-sum`: the clean declaration with a 权重 column. */
import { CLEAN, setLine } from "../../support/declaration.js";
import { clean, type RuleCases } from "../case-types.js";

/** CLEAN with a 权重 column; one weight a row of lines 13–20 (null: the cell left empty). */
function weighted(weights: Array<string | null>, heading = "权重"): string {
  let text = setLine(CLEAN, 12, `${CLEAN.split("\n")[11]}\t${heading}`);
  weights.forEach((weight, i) => {
    const line = 13 + i;
    if (weight !== null) text = setLine(text, line, `${text.split("\n")[line - 1]}\t${weight}`);
  });
  return text;
}

export default {
  valid: [
    clean,
    { name: "weights that add up to 100", text: weighted(["15", "10", "10", "10", "10", "20", "15", "10"]) },
    { name: "decimals that add up to 100 exactly", text: weighted(["12.5", "12.5", "10", "10", "10", "15", "15", "15"]) },
    { name: "thirds rounded to add up to 100", text: weighted(["33.33", "33.33", "33.34", "0", "0", "0", "0", "0"]) },
    { name: "a 分值 column", text: weighted(["15", "10", "10", "10", "10", "20", "15", "10"], "分值") },
    { name: "percentages", text: weighted(["15%", "10%", "10%", "10%", "10%", "20%", "15%", "10%"]) },
    { name: "fractions of 1", text: weighted(["0.15", "0.1", "0.1", "0.1", "0.1", "0.2", "0.15", "0.1"]) },
    { name: "weights per 一级, each adding up to 100", text: weighted(["100", "25", "25", "25", "25", "50", "50", "100"]) },
    { name: "a 权重 heading with no weights filled in", text: weighted([null, null, null, null, null, null, null, null]) },
  ],
  invalid: [
    {
      name: "weights that add up to 90",
      text: weighted(["15", "10", "10", "10", "10", "10", "15", "10"]),
      // The weight's own cell, after the value.
      errors: [{ line: 13, column: CLEAN.split("\n")[12].length + 2, severity: "error", message: "权重合计为90" }],
    },
    {
      name: "decimals that miss 100 by a half",
      text: weighted(["12.5", "12", "10", "10", "10", "15", "15", "15"]),
      errors: [{ line: 13, column: "12.5", message: "权重合计为99.5" }],
    },
    {
      name: "weights missing on some rows: one finding",
      text: weighted(["15", "10", null, "10", null, "20", "15", "10"]),
      errors: [{ line: 15, column: "服务居民人次", message: "2个三级指标没有填写权重（第15、17行）" }],
    },
  ],
} satisfies RuleCases;
