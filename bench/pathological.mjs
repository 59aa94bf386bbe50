// Inputs built to make regular expressions backtrack: each is read and checked in-process, and
// the time is printed against reading a plain file of the same size (a ratio: these machines are
// noisy). A ratio far above the others means a pattern has gone quadratic.
import { check } from "../dist/index.js";

const SIZE = 6 * 1024 * 1024;
const head = "# 财政项目支出绩效目标申报表\n项目名称\t测试\n一级指标\t二级指标\t三级指标\t年度(/项目)指标值\n产出指标\t数量指标\t";
const cases = {
  "plain text": "活".repeat(SIZE / 3),
  "spaces inside a cell": `a${" ".repeat(SIZE)}a`,
  "full-width spaces": `a${"\u3000".repeat(SIZE / 3)}a`,
  "digits": "1".repeat(SIZE),
  "digits and commas": "1,".repeat(SIZE / 2),
  "operators": "≥".repeat(SIZE / 3),
  "html open tags": "<p".repeat(SIZE / 2),
  "entities": "&#1".repeat(SIZE / 3),
  "goal promises": "不少于1".repeat(SIZE / 12),
  "goal promises with units": "不少于1次".repeat(SIZE / 15),
  "percent runs": "9%".repeat(SIZE / 2),
  "tabs": "\t".repeat(SIZE),
  "pipes": "|".repeat(SIZE),
  "placeholders": "*X".repeat(SIZE / 2),
};

function time(text) {
  const t = process.hrtime.bigint();
  check(text);
  return Number(process.hrtime.bigint() - t) / 1e6;
}

time(head + "warm-up\t≥1(次)\n");
const base = time(head + cases["plain text"]);
console.log(`baseline (plain 6 MB cell): ${base.toFixed(0)} ms`);
for (const [name, body] of Object.entries(cases)) {
  const asCell = time(head + body);
  const asGoal = time(`# 财政项目支出绩效目标申报表\n项目名称\t测试\n项目 绩效 目标\t项目总目标\t年度总体目标\n\t\t${body}\n`);
  console.log(`${name.padEnd(24)} value cell ×${(asCell / base).toFixed(2)}   goal text ×${(asGoal / base).toFixed(2)}`);
}
