/**
 * Which goal a text is (builder/goals.ts): a lone text of a one-year project is the year's, even
 * where a row lost a cell and shifted it under 项目总目标; a project the table says runs over
 * years keeps a lone text where its heading puts it; a heading sharing its cell with a note
 * (a workbook's `项目总体目标\n(2024 年-2026 年)`) is a heading.
 */
import { describe, expect, it } from "vitest";
import { CLEAN, setLine } from "../support/declaration.js";
import { MULTI_YEAR, MULTI_YEAR_OVERALL_ONLY } from "../support/multi-year.js";
import { oneCellPerLine } from "../support/families.js";
import { model } from "../support/run.js";
import { tempDir } from "../support/temp.js";
import { readAs } from "../files/same.js";
import { writeFileSync } from "node:fs";
import { join } from "node:path";

const goals = (text: string) => {
  const { overall, annual } = model(text).projects[0].goals;
  return { overall, annual };
};
const OVERALL = "三年内建成覆盖全街道的社区服务网络，累计开展活动不少于72次。";
const ANNUAL = "全年开展社区服务活动不少于24次，服务居民不少于3000人次，服务对象满意度90%以上。";

describe("goals", () => {
  it("a one-year project's lone goal is the year's, also shifted under 项目总目标", () => {
    expect(goals(setLine(CLEAN, 11, `\t${ANNUAL}`))).toEqual({ overall: null, annual: ANNUAL });
    const filled = setLine(setLine(setLine(setLine(CLEAN, 6, "项目资金 (元)\t项目资金总额\t300,000.00\t年度资金申请总额\t300,000.00"), 7, "\t其中：财政资金\t250,000.00\t其中：当年财政拨款\t250,000.00"), 9, "\t其他资金\t50,000.00\t其他资金\t50,000.00"), 11, `\t${ANNUAL}`);
    expect(goals(filled)).toEqual({ overall: null, annual: ANNUAL });
  });

  it("a multi-year project's only goal under 项目总目标 is the overall goal, in every layout that says so", () => {
    expect(goals(MULTI_YEAR)).toEqual({ overall: OVERALL, annual: ANNUAL });
    expect(goals(MULTI_YEAR_OVERALL_ONLY)).toEqual({ overall: OVERALL, annual: null });
    // The whole-project money left blank: the nature and the period still say it runs over years.
    const blankTotal = setLine(setLine(setLine(MULTI_YEAR_OVERALL_ONLY, 6, "项目资金 (元)\t项目资金总额\t\t年度资金申请总额\t300,000.00"), 7, "\t其中：财政资金\t\t其中：当年财政拨款\t250,000.00"), 9, "\t其他资金\t\t其他资金\t50,000.00");
    expect(goals(blankTotal)).toEqual({ overall: OVERALL, annual: null });
    expect(goals(`${blankTotal.replace(`项目总目标\t年度总体目标\n\t${OVERALL}\t`, `项目总目标\t${OVERALL}`)}`)).toEqual({ overall: OVERALL, annual: null });
    const lines = oneCellPerLine(blankTotal).replace(`项目总目标\n年度总体目标\n${OVERALL}\n`, `项目总目标\n${OVERALL}\n年度总体目标\n`);
    expect(goals(lines)).toEqual({ overall: OVERALL, annual: null });
  });

  it("a heading with its note in one cell (a saved page's <br>) is a heading; the note opens its goal", async () => {
    const rows = MULTI_YEAR.trim().split("\n").map((line) => `<tr>${line.split("\t").map((cell) => `<td>${cell}</td>`).join("")}</tr>`);
    rows[9] = "<tr><td>项目 绩效 目标</td><td>项目总体目标<br>(2024 年-2026 年)</td><td>年度总体目标</td></tr>";
    const path = join(tempDir(), "goals.html");
    writeFileSync(path, `<html><body><table>${rows.join("")}</table></body></html>`);
    const [project] = (await readAs(path)).projects as Array<{ goals: unknown }>;
    expect(project.goals).toEqual({ overall: `(2024 年-2026 年)\n${OVERALL}`, annual: ANNUAL });
  });
});
