/**
 * A text read in parts (as the workers read them, here in process) gives exactly what one
 * reading of the whole gives: findings, project summaries, the document the document-wide
 * rules see, the forms of the HTML report, and convert's output — for every fixture and for
 * texts built to cut at every kind of place (titles, 项目名称 rows, a unit and a year said before
 * the first table, duplicates in different parts, more unplaced cells than are listed).
 * Results cross a structured clone, as they do between threads.
 */
import { describe, expect, it } from "vitest";
import { checkSource, convertSource, runSteps } from "../../src/pipeline.js";
import { textSource } from "../../src/read/source.js";
import { textChunks } from "../../src/read/layouts/index.js";
import { splitText, type Part } from "../../src/parallel/split.js";
import { headOf } from "../../src/parallel/part-source.js";
import { checkPart, convertPart, recordingSink } from "../../src/parallel/tasks.js";
import { assembleCheck, assembleConvert } from "../../src/parallel/assemble.js";
import type { SinkEvent, Task, WorkerSetup } from "../../src/parallel/protocol.js";
import { fullProject, type FullProject } from "../../src/report/projects.js";
import { allFixtures, fixtureText } from "../support/fixtures.js";
import { CLEAN } from "../support/declaration.js";

const PATH = "batch.txt";
const setup: WorkerSetup = { command: "check", lang: "zh", profile: "current", encoding: "auto", needsText: false, needsProjects: true };

/** Every place a part may start, used (target 1). */
function parts(text: string, target = 1): Part[] {
  return [...splitText(textChunks(textSource(PATH, text, "utf-8").pieces()), target, Infinity)] as Part[];
}

function tasks(text: string, target?: number): Array<Extract<Task, { kind: "part" }>> {
  const all = parts(text, target);
  const head = all.length > 1 ? headOf(all[0]) : undefined;
  return all.map((p, i) => ({ kind: "part", path: PATH, encoding: "utf-8", chunks: p.chunks, start: p.start, ...(i > 0 ? { head } : {}) }));
}

function serialCheck(text: string) {
  const full: FullProject[] = [];
  const checked = checkSource(textSource(PATH, text, "utf-8"), setup, (p) => full.push(fullProject(p)));
  return { ...checked, full };
}

async function partsCheck(text: string, target?: number) {
  const replies = await Promise.all(tasks(text, target).map((t) => checkPart(t, setup, runSteps)));
  return assembleCheck(replies.map((r) => structuredClone(r)), setup);
}

function serialConvert(text: string): SinkEvent[] {
  const events: SinkEvent[] = [];
  convertSource(textSource(PATH, text, "utf-8"), recordingSink(events), "zh");
  return events;
}

async function partsConvert(text: string): Promise<SinkEvent[]> {
  const events: SinkEvent[] = [];
  const replies = await Promise.all(tasks(text).map((t) => convertPart(t, { ...setup, command: "convert" }, runSteps)));
  assembleConvert(replies.map((r) => structuredClone(r)), PATH, "utf-8", "zh")(recordingSink(events));
  return events;
}

async function expectSame(text: string): Promise<void> {
  expect(await partsCheck(text)).toEqual(structuredClone(serialCheck(text)));
  expect(await partsConvert(text)).toEqual(structuredClone(serialConvert(text)));
}

const SEED_TABLES = fixtureText("seed/000_f9c598031c2c4aa2.txt");
const SEVERAL = fixtureText("layouts/several-tables.txt");

describe("a text read in parts", () => {
  it("gives what one reading gives, for every fixture", async () => {
    for (const fixture of allFixtures()) await expectSame(fixtureText(fixture));
  });

  it("gives what one reading gives, for fixtures run together (every family after every other)", async () => {
    const all = allFixtures().map(fixtureText);
    await expectSame(all.join("\n"));
    await expectSame([...all].reverse().join("\n\n"));
  });

  it("cuts at titles and 项目名称 rows, and the parts give one reading's findings", async () => {
    const text = [SEED_TABLES, SEVERAL, SEED_TABLES, CLEAN, SEVERAL].join("\n");
    const cuts = parts(text);
    expect(cuts.length).toBeGreaterThan(8);
    expect(cuts.some((p) => /^项目名称\t/.test(p.chunks[0].text))).toBe(true);
    expect(cuts.some((p) => /^# 财政项目支出绩效目标申报表/.test(p.chunks[0].text))).toBe(true);
    await expectSame(text);
  });

  it("carries what was said before the first table (title, year, unit) into every part", async () => {
    const body = CLEAN.replace("项目资金 (元)", "项目资金").replace(/300,000\.00/g, "30").replace(/250,000\.00/, "25").replace(/50,000\.00/, "5")
      .replace("(2024年度)\n", "");
    const text = `# 某区2023年度项目绩效目标汇总表\n单位：万元\n\n${Array.from({ length: 6 }, (_, i) => body.replace("社区服务经费", `社区服务经费${i}`)).join("\n")}`;
    expect(parts(text).length).toBe(6);
    const checked = await partsCheck(text);
    expect(checked.document.title).toBe("某区2023年度项目绩效目标汇总表");
    expect(checked.diagnostics.some((d) => d.ruleId === "header-year")).toBe(true); // 2024 dates under a 2023 title, in every part
    await expectSame(text);
  });

  it("finds a project declared twice in different parts (project-duplicate runs over the whole)", async () => {
    const text = [CLEAN, SEED_TABLES, CLEAN].join("\n");
    expect(parts(text).length).toBeGreaterThan(2);
    expect((await partsCheck(text)).diagnostics.filter((d) => d.ruleId === "project-duplicate")).toHaveLength(1);
    await expectSame(text);
  });

  it("says prose before the first table once, and counts a text without a declaration", async () => {
    const prose = Array.from({ length: 20 }, (_, i) => `第${i}段说明文字，与申报表无关。`).join("\n");
    await expectSame(`${prose}\n${CLEAN}\n${CLEAN.replace("社区服务经费", "另一个项目")}`);
    await expectSame(prose);
  });

  it("lists the first 10,000 unplaced cells of the whole and counts the rest, across parts", async () => {
    // Rows of seven cells after the indicators: five of each stay unplaced.
    const stray = Array.from({ length: 250 }, (_, i) => ["x", "y", "z", "w", "v", "u", "t"].map((c) => `${c}${i}`).join("\t")).join("\n");
    const text = Array.from({ length: 12 }, (_, i) => `${CLEAN.replace("社区服务经费", `项目${i}`)}${stray}\n`).join("\n");
    expect(parts(text).length).toBe(12);
    const checked = await partsCheck(text);
    expect(checked.document.unplaced).toHaveLength(10_000);
    expect(checked.document.unplacedOmitted).toBe(12 * 250 * 5 - 10_000);
    await expectSame(text);
  });

  it("keeps lines and places with CRLF and CR line ends", async () => {
    const text = [SEED_TABLES, CLEAN, SEVERAL].join("\n");
    await expectSame(text.replace(/\n/g, "\r\n"));
    await expectSame(text.replace(/\n/g, "\r"));
  });

  it("does not cut where one reading would not start a table", async () => {
    // A title printed twice is one table; a title after a row with half a title is not cut at.
    const twice = `${CLEAN}# 财政项目支出绩效目标申报表\n\n${CLEAN}`;
    await expectSame(twice);
    expect(parts(twice).map((p) => p.start.line)).not.toContain(22);
    const halves = `${CLEAN}项目支出\n绩效目标申报表\n${CLEAN}`;
    await expectSame(halves);
    // A 项目名称 row before which the table has no name yet is no place to cut.
    const unnamed = CLEAN.replace(/^项目名称.*\n/m, "");
    const text = `${unnamed}${CLEAN.replace("# 财政项目支出绩效目标申报表\n", "")}`;
    expect(parts(text)).toHaveLength(1);
    await expectSame(text);
  });

  it("cuts parts of about the size asked for", async () => {
    const text = Array.from({ length: 40 }, () => SEED_TABLES).join("\n");
    const sizes = parts(text, 20_000).map((p) => p.size);
    expect(sizes.length).toBeGreaterThan(4);
    for (const size of sizes.slice(1, -1)) expect(size).toBeGreaterThanOrEqual(20_000);
    expect(await partsCheck(text, 20_000)).toEqual(structuredClone(serialCheck(text)));
  });
});
