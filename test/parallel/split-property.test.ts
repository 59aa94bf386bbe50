/**
 * Texts made of whole tables and stray lines in any order — titles printed twice, titles and
 * labels wrapped over two lines, 项目名称 rows in odd places, blank lines, Markdown rules, a
 * unit or a heading between tables — read in parts cut wherever split.ts allows give exactly
 * what one reading gives (fixed seed; PERFGOAL_FC_RUNS and PERFGOAL_FC_SEED as for test/property).
 */
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { checkSource, runSteps } from "../../src/pipeline.js";
import { textSource } from "../../src/read/source.js";
import { textChunks } from "../../src/read/layouts/index.js";
import { splitText, type Part } from "../../src/parallel/split.js";
import { headOf } from "../../src/parallel/part-source.js";
import { checkPart } from "../../src/parallel/tasks.js";
import { assembleCheck } from "../../src/parallel/assemble.js";
import type { WorkerSetup } from "../../src/parallel/protocol.js";
import { fixtureText } from "../support/fixtures.js";
import { CLEAN } from "../support/declaration.js";

const runs = Number(process.env.PERFGOAL_FC_RUNS ?? 60);
const seed = Number(process.env.PERFGOAL_FC_SEED ?? 20241128);
const setup: WorkerSetup = { command: "check", lang: "en", profile: "current", encoding: "auto", needsText: false, needsProjects: false };

const TABLES = [CLEAN, fixtureText("seed/000_f9c598031c2c4aa2.txt"), fixtureText("layouts/several-tables.txt")];
const LINES = [...new Set(TABLES.flatMap((t) => t.split("\n")))];
const TRICKY = [
  "# 财政项目支出绩效目标申报表", "财政项目支出绩效目标申报表", "(2024年度)", "", "", "  \t ",
  "财政项目支出绩效", "目标申报表", "项目支出绩效目标", "表", "项目", "名称\t甲乙项目", "项目名称\t丙丁项目\t项目性质\t经常性项目",
  "项目名称：戊己项目", "\t项目名称\t庚辛项目", "绩效 ", "指标", "可持续影", "响指标\t长效机制\t建立健全",
  "|---|---|", "| |", "# 某区2024年度项目绩效目标汇总表", "单位：万元", "项目名称\t# 标题", "附件1", "第3页",
  "产出指标\t数量指标\t活动场次\t≥24(次)", "x\ty\tz\tw\tv\tu\tt", "代表\t表格", "项目 绩效 目标\t项目总目标\t年度总体目标",
];

const piece = fc.oneof(
  { weight: 2, arbitrary: fc.constantFrom(...TABLES).chain((t) => fc.integer({ min: 0, max: 99 }).map((n) => t.replace(/(项目名称\t)([^\t\n]+)/g, `$1$2${n}`))) },
  { weight: 3, arbitrary: fc.constantFrom(...LINES) },
  { weight: 3, arbitrary: fc.constantFrom(...TRICKY) },
);
const textArb = fc.tuple(fc.array(piece, { minLength: 1, maxLength: 40 }), fc.constantFrom("\n", "\r\n")).map(([pieces, eol]) => pieces.join("\n").replace(/\r?\n/g, eol));

async function inParts(text: string) {
  const parts = [...splitText(textChunks(textSource("t.txt", text, "utf-8").pieces()), 1, Infinity)] as Part[];
  const head = parts.length > 1 ? headOf(parts[0]) : undefined;
  const replies = await Promise.all(parts.map((p, i) => checkPart({ kind: "part", path: "t.txt", encoding: "utf-8", chunks: p.chunks, start: p.start, ...(i > 0 ? { head } : {}) }, setup, runSteps)));
  return { parts: parts.length, checked: assembleCheck(replies.map((r) => structuredClone(r)), setup) };
}

describe("a text read in parts (generated texts)", () => {
  it("gives what one reading gives, wherever it is cut", async () => {
    let cut = 0;
    await fc.assert(fc.asyncProperty(textArb, async (text) => {
      const { parts, checked } = await inParts(text);
      if (parts > 1) cut++;
      expect(checked).toEqual(structuredClone(checkSource(textSource("t.txt", text, "utf-8"), setup)));
    }), { numRuns: runs, seed });
    expect(cut).toBeGreaterThan(runs / 4); // the texts are cut, not only read whole
  });
});
