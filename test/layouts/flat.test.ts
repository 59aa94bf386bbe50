/**
 * The flat-export family (src/read/layouts/flat*.ts): detection; perfgoal's own flat tables read
 * by `check` as their source is; hand-written and real flat exports read into the projects a
 * reviewer reads; every non-empty cell placed, reported or accounted for; pieces of any size.
 */
import { describe, expect, it } from "vitest";
import { check, parse } from "../../src/index.js";
import { writeFlat, type FlatFormat } from "../../src/convert/flat.js";
import { detectFamily } from "../../src/read/layouts/index.js";
import { regroupRows } from "../../src/read/layouts/flat.js";
import { gridRows, type Grid } from "../../src/read/grid.js";
import { readTables, type DocumentHead } from "../../src/model/builder/stream.js";
import { projectToJson } from "../../src/model/serialize.js";
import { buildDocument } from "../../src/model/builder/index.js";
import type { Diagnostic, Project } from "../../src/model/schema.js";
import type { RawRow } from "../../grammar/parser.js";
import { allFixtures, fixtureBytes, fixtureText } from "../support/fixtures.js";
import { flatRows, handedOn, inputCellOffsets, summary, values, type Syntax } from "./flat-support.js";

const FLAT = "layouts/flat";
const SEED = "seed/000_f9c598031c2c4aa2.txt";
const OWN: Array<[string, Syntax]> = [["seed-own.tsv", "tsv"], ["seed-own.csv", "csv"], ["seed-own.md", "markdown"]];
const HAND: Array<[string, Syntax]> = [
  ["merged-blank.tsv", "tsv"], ["repeated-quoted.csv", "csv"], ["pipes-shifted.md", "markdown"],
  ["sc-jingyan-mata-2023.txt", "markdown"], ["synthetic-flat-export-tsv.txt", "tsv"], ["synthetic-flat-export.csv", "csv"],
];
const text = (name: string) => fixtureText(`${FLAT}/${name}`).replace(/^\ufeff/, "");

/** A finding as the same finding in another layout: lines differ, so do line numbers quoted in messages. */
const comparable = (d: Diagnostic) => `${d.ruleId}|${d.severity}|${d.project}|${d.message.replace(/第[\d、]+行/g, "第#行")}`;
/**
 * A project without the lines it came from, and as a flat table carries it (withoutLayout: not
 * how it was laid out, nor the fields the flat columns do not hold).
 */
const placeless = (p: Project) => {
  const { layout: _l, notes: _n, asWritten: _a, contact: _c, ...flat } = p;
  return {
    ...flat, lines: null,
    indicators: flat.indicators.map(({ longTermValue: _v, weight: _w, nature: _t, direction: _d, other: _o, ...i }) => ({ ...i, line: null })),
  };
};
/** The cells a reading leaves to a person: unplaced (`line:text`) and second values of a field (`line:≠text`). */
const unplaced = (found: Diagnostic[]) => found.flatMap((d) => {
  if (d.ruleId === "layout-unrecognized-cell") return [`${d.line}:${d.message.match(/“(.*)”/)![1]}`];
  if (d.ruleId === "layout-conflicting-value") return [`${d.line}:≠${[...d.message.matchAll(/“([^”]*)”/g)].at(-1)![1]}`];
  return [];
});
const notes = (p: Project) => (p.notes ?? []).map((n) => `${n.kind}:${n.text}`);

describe("detection", () => {
  it.each([...OWN, ...HAND])("%s is read as a flat export", (name) => {
    expect(detectFamily(text(name)).name).toBe("flat");
  });

  it.each(allFixtures())("%s (a declaration table) is not", (name) => {
    expect(detectFamily(fixtureText(name)).name).not.toBe("flat");
  });

  it("needs a project-name column and indicator columns on one row", () => {
    expect(detectFamily("项目名称\t预算数\t年度目标\n甲\t1\t乙").name).toBe("tabular");
    expect(detectFamily("一级指标\t二级指标\t三级指标\t指标值\n产出指标\t数量指标\t甲\t≥1").name).toBe("tabular");
    expect(detectFamily("项目名称\t一级指标\t二级指标\t指标值\n甲\t产出指标\t数量指标\t≥1").name).toBe("flat");
    expect(detectFamily("说明\n项目名称,三级指标,指标值\n甲,乙,≥1").name).toBe("flat");
  });
});

describe("perfgoal's own flat tables", () => {
  const seed = check(fixtureBytes(SEED), { path: SEED });

  it.each(OWN)("%s: check gives the sample's findings and model", (name) => {
    const flat = check(text(name), { path: name });
    // The flat table writes each indicator's 一级/二级 on its row: the sample's mid-block labels
    // (layout-ambiguous: a finding about the source's layout) have nothing to say about it.
    expect(flat.diagnostics.filter((d) => d.ruleId === "layout-ambiguous")).toEqual([]);
    const expected = seed.diagnostics.filter((d) => d.ruleId !== "layout-ambiguous").map(comparable).sort();
    expect(flat.diagnostics.map(comparable).sort()).toEqual(expected);
    expect([flat.errorCount, flat.warningCount, flat.infoCount]).toEqual([4, 13, 5]);
    expect(flat.document.title).toBe(seed.document.title);
    expect(flat.document.projects.map(placeless)).toEqual(seed.document.projects.map(placeless));
  });

  it.each(OWN)("%s: the projects are where the rows are", (name) => {
    const projects = parse(text(name), { path: name }).document.projects;
    expect(projects.map((p) => p.lines)).toEqual(
      name.endsWith(".md") ? [{ start: 3, end: 56 }, { start: 57, end: 59 }, { start: 60, end: 70 }] : [{ start: 2, end: 55 }, { start: 56, end: 58 }, { start: 59, end: 69 }]);
  });

  // Every fixture the flat table carries whole, written now: the format may grow, the reading
  // must follow. (It does not carry conflicts, notes, amounts and dates as written or cells the
  // reader could not place: a fixture with any of them reads back without them.)
  const whole = allFixtures().filter((name) => {
    const document = parse(fixtureBytes(name), { path: name }).document;
    // check reads a flat table's declaration columns, not its JSON extras (notes, values as written, an indicator's extra columns)
    const dropped = document.projects.some((p) => p.notes || p.asWritten || p.contact || p.indicators.some((i) => i.longTermValue || i.weight !== undefined || i.nature || i.direction || i.other));
    return !dropped && document.diagnostics.length === 0 && !check(fixtureBytes(name), { path: name }).diagnostics.some((d) => d.ruleId.startsWith("layout-") && d.ruleId !== "layout-ambiguous");
  });
  it("covers the sample, its encodings and the layout fixtures", () => {
    expect(whole).toEqual(expect.arrayContaining([SEED, "encoding/seed-crlf.txt", "layouts/five-column.txt", "layouts/legacy.txt", "layouts/several-tables.txt"]));
  });
  describe.each(whole)("%s", (name) => {
    const source = check(fixtureBytes(name), { path: name });
    const document = parse(fixtureBytes(name), { path: name }).document;
    it.each(["tsv", "csv", "markdown"] as FlatFormat[])("as %s: the same findings and model", (format) => {
      const flat = check(writeFlat([document], format), { path: name });
      expect(flat.diagnostics.map(comparable).sort()).toEqual(source.diagnostics.filter((d) => d.ruleId !== "layout-ambiguous").map(comparable).sort());
      expect(flat.document.title).toBe(source.document.title);
      // perfgoal writes amounts in 元 whatever the unit declared: read back, they are 元.
      const expected = source.document.projects.map((p) => placeless(p.funds?.unit === "万元" ? { ...p, funds: { ...p.funds, unit: "元" } } : p));
      expect(flat.document.projects.map(placeless)).toEqual(expected);
    });
  });

  it("several documents in one table: projects of each; another document's title reported once", () => {
    const one = parse(fixtureBytes(SEED), { path: "a.txt" }).document;
    const two = parse(fixtureBytes("layouts/five-column.txt"), { path: "b.txt" }).document;
    const flat = check(writeFlat([one, two], "tsv"), { path: "ab.tsv" });
    expect(flat.document.projects.map((p) => p.name)).toEqual([...one.projects, ...two.projects].map((p) => p.name));
    expect(flat.document.title).toBe(one.title);
    expect(unplaced(flat.diagnostics)).toEqual(two.title ? [expect.stringContaining(two.title)] : []);
  });

  it.each(["tsv", "csv", "markdown"] as FlatFormat[])("as %s: tabs, line breaks, pipes, quotes, commas and backslashes in a cell come back", (format) => {
    const document = parse(fixtureBytes(SEED), { path: SEED }).document;
    const goals = { overall: "a\tb|c\"d,e\\n", annual: "第一行\n第二行 | 第三段" };
    const tricky = { ...document, projects: [{ ...document.projects[0], goals }] };
    expect(parse(writeFlat([tricky], format), { path: "x" }).document.projects[0].goals).toEqual(goals);
  });

  it("a later row that says otherwise is reported, not written over the first", () => {
    const lines = text("seed-own.tsv").split("\n");
    const cells = lines[3].split("\t"); // the third indicator row of 党建经费
    cells[9] = "另一个部门";
    lines[3] = cells.join("\t");
    const flat = check(lines.join("\n"), { path: "x.tsv" });
    expect(flat.document.projects[0].department).toBe("上海市奉贤区人民政府西渡街道办事处");
    expect(unplaced(flat.diagnostics)).toEqual(["4:≠另一个部门"]);
  });
});

/** What a reviewer reads from each hand-written or real flat export. */
interface Golden {
  projects: ReturnType<typeof summary>[];
  values: string[][];
  /** Cells left to a person: unplaced, or a second value of a field (`≠`). */
  reported: string[];
  /** Rows that are not data, kept with a project (合计, 注：…). */
  notes?: string[][];
  /** What waits on the builder, when something does. */
  wait?: string;
}


const GOLDEN: Record<string, Golden> = {
  "merged-blank.tsv": {
    projects: [
      {
        title: "部门预算项目绩效目标申报表(2024年度)", name: "耕地质量提升补助", implementer: "某县农业技术推广中心", department: "某县农业农村局",
        funds: ["万元", 1205000, 1205000], goals: [null, "完成耕地质量提升2000亩，亩均增收200元以上，农户满意度90%以上"],
        indicators: ["产出指标/数量指标/耕地质量提升面积", "产出指标/质量指标/项目验收合格率", "产出指标/时效指标/补助资金拨付及时率",
          "成本指标/经济成本指标/亩均补助标准", "效益指标/经济效益指标/农户亩均增收", "满意度指标/服务对象满意度指标/农户满意度"],
      },
      {
        title: "部门预算项目绩效目标申报表(2024年度)", name: "基层农技推广体系建设", implementer: "某县农业技术推广中心", department: "某县农业农村局",
        funds: ["万元", 660000, 660000], goals: [null, "培训基层农技人员不少于300人次，推广主推技术10项"],
        indicators: ["产出指标/数量指标/培训农技人员人次", "产出指标/数量指标/推广主推技术", "效益指标/社会效益指标/主推技术到位率", "满意度指标/服务对象满意度指标/受训人员满意度"],
      },
      {
        title: "部门预算项目绩效目标申报表(2024年度)", name: "小型水库安全运行", implementer: "某县水利工程管理站", department: "某县农业农村局",
        funds: ["万元", 2000000, 2000000], goals: [null, "保障12座小型水库安全度汛，全年无安全责任事故"],
        indicators: ["产出指标/数量指标/巡查水库座数", "产出指标/质量指标/安全责任事故发生率", "效益指标/社会效益指标/下游群众生命财产安全", "满意度指标/服务对象满意度指标/周边群众满意度"],
      },
    ],
    values: [
      ["≥2000(亩)", "≥95(%)", "=100(%)", "≤600(元/亩)", "≥200(元)", "≥90(%)"],
      ["≥300(人次)", "≥10(项)", "≥95(%)", "≥90(%)"],
      ["=12(座)", "=0(%)", "~有效保障", "≥90(%)"],
    ],
    // A later 预算数 that differs from the project's.
    reported: ["14:≠60"],
    notes: [["total:部门合计 386.5 386.5"], [], ["footnote:注：本表金额单位为万元。"]],
  },
  "repeated-quoted.csv": {
    projects: [
      {
        title: null, name: "社区卫生服务能力提升", implementer: "某区社区卫生服务中心", department: "某区卫生健康委员会",
        funds: ["万元", 852000, null], goals: ["三年内建成15分钟健康服务圈，居民健康素养明显提高", "年内家庭医生签约3万人,\n重点人群签约率达到75%以上"],
        indicators: ["产出指标/质量指标/社区居民\"健康档案\"建档率", "产出指标/数量指标/家庭医生签约人数", "产出指标/质量指标/重点人群签约率",
          "产出指标/时效指标/签约服务按时完成率", "成本指标/经济成本指标/人均服务成本", "效益指标/社会效益指标/居民健康素养水平", "满意度指标/服务对象满意度指标/签约居民满意度"],
      },
      {
        title: null, name: "慢性病综合防控", implementer: "某区疾病预防控制中心", department: "某区卫生健康委员会",
        funds: ["万元", 1300000, null], goals: ["巩固国家慢性病综合防控示范区", "全年随访慢性病患者6000人次，规范管理率达到70%"],
        indicators: ["产出指标/数量指标/慢性病随访人次", "产出指标/质量指标/高血压患者规范管理率", "产出指标/时效指标/随访工作完成时限",
          "成本指标/经济成本指标/项目成本控制", "效益指标/社会效益指标/患者自我管理能力", "满意度指标/服务对象满意度指标/患者满意度"],
      },
    ],
    values: [
      ["≥95(%)", "≥30000(人)", "≥75(%)", "=100(%)", "≤28.4(元)", "≥30(%)", "≥90(%)"],
      ["≥6000(人次)", "≥70(%)", "≤@2024-12-31", "≤130(万元)", "~明显提升", "≥85(%)"],
    ],
    // 资金总额 135 against the project's 130.
    reported: ["13:≠135"],
    notes: [[], ["total:合计 215.2"]],
  },
  "pipes-shifted.md": {
    projects: [
      {
        title: "部门预算项目绩效目标申报表(2023年度)", name: "村道保洁", implementer: "某镇人民政府", department: null,
        funds: ["万元", 360000, null], goals: [null, "保洁村道120公里，做到“路面净|边沟通”，群众满意度90%以上"],
        indicators: ["产出指标/数量指标/保洁村道里程", "产出指标/质量指标/路面保洁合格率", "产出指标/时效指标/垃圾日产日清率",
          "成本指标/经济成本指标/每公里年保洁成本", "效益指标/生态效益指标/村容村貌", "满意度指标/服务对象满意度指标/群众满意度"],
      },
      {
        title: "部门预算项目绩效目标申报表(2023年度)", name: "垃圾分类宣传", implementer: "某镇人民政府", department: null,
        funds: ["万元", 600000, null], goals: [null, "开展垃圾分类宣传活动不少于24场，居民知晓率达到85%"],
        indicators: ["产出指标/数量指标/宣传活动场次", "产出指标/质量指标/宣传资料发放准确率", "效益指标/社会效益指标/居民垃圾分类知晓率", "满意度指标/服务对象满意度指标/居民满意度"],
      },
    ],
    values: [["≥120(公里)", "≥95(%)", "=100(%)", "≤3000(元)", "~明显改善", "≥90(%)"], ["≥24(场)", "≥98(%)", "≥85(%)", "≥90(%)"]],
    reported: [],
    notes: [["total:合计 96.00"], []],
  },
  "sc-jingyan-mata-2023.txt": {
    projects: [
      {
        title: "部门预算项目绩效目标申报表(2023年度)", name: "村组干部报酬", implementer: "820001-井研县马踏镇人民政府", department: null,
        funds: ["元", 3309840, null], goals: [null, "按时发放村组干部报酬"],
        indicators: ["效益指标/社会效益指标/维护社会稳定", "产出指标/时效指标/维持时效", "产出指标/质量指标/按时发放", "效益指标/经济效益指标/促进村集体经济发展",
          "产出指标/数量指标/村组干部230人", "效益指标/生态效益指标/保护生态环境卫生", "效益指标/可持续影响指标/项目维持时效", "满意度指标/服务对象满意度指标/人民群众满意度"],
      },
      {
        title: "部门预算项目绩效目标申报表(2023年度)", name: "基层组织活动经费", implementer: "820001-井研县马踏镇人民政府", department: null,
        funds: ["元", 660000, null], goals: [null, "包括必要的办公用品费、水电费、报刊费等村社区办公经费,基层党组织开展组织活动、党员干部教育培训,群团活动开展,组织活动场所维护等。"],
        indicators: ["满意度指标/服务对象满意度指标/辖区内群众满意度", "效益指标/经济效益指标/促进农村集体经济发展", "效益指标/可持续影响指标/经济、环境等方面可持续发展",
          "产出指标/质量指标/保障村社区正常运转", "产出指标/数量指标/行政村数量"],
      },
    ],
    values: [["≥95(%)", "≥1(年)", "≥1(人/年)", "≥95(%)", "≥230(个)", "≥95(%)", "≥95(%)", "≥95(%)"], ["≥95(%)", "≥95(%)", "≥95(%)", "≥95(%)", "=11(个)"]],
    // The department's subtotal row (no 合计 word: a row with an amount and no project).
    reported: ["4:820-马踏镇部门", "4:8,827,620.53"],
  },
  "synthetic-flat-export-tsv.txt": {
    projects: [
      {
        title: "部门预算项目绩效目标申报表(2024年度)", name: "乡村公路日常养护", implementer: "801001-某县某镇人民政府", department: null,
        funds: ["元", 960000, null], goals: [null, "完成辖区内村道日常养护，保障道路安全畅通"],
        indicators: ["产出指标/数量指标/养护村道里程", "产出指标/质量指标/养护路段优良路率", "产出指标/时效指标/路面病害处置时限",
          "成本指标/经济成本指标/每公里养护成本", "效益指标/社会效益指标/道路安全隐患减少", "满意度指标/服务对象满意度指标/沿线群众满意度"],
      },
      {
        title: "部门预算项目绩效目标申报表(2024年度)", name: "村级公共服务运行维护", implementer: "801001-某县某镇人民政府", department: null,
        funds: ["元", 600000, null], goals: [null, "保障11个行政村公共服务场所正常运转"],
        indicators: ["产出指标/数量指标/保障行政村数量", "产出指标/时效指标/资金拨付及时率", "效益指标/可持续影响指标/村级组织运转保障", "满意度指标/服务对象满意度指标/群众满意度"],
      },
    ],
    values: [["≥86.5(公里)", "≥80(%)", "≤7(天)", "≤11100(元/公里)", "~明显减少", "≥90(%)"], ["=11(个)", "=100(%)", "~持续保障", "≥95(%)"]],
    reported: ["4:801-某镇部门", "4:1,560,000.00"],
  },
  "synthetic-flat-export.csv": {
    projects: [
      {
        title: null, name: "社区党群服务阵地运营", implementer: "某街道社区党群服务中心", department: "某区某街道办事处",
        funds: ["万元", 1256000, null], goals: [null, "开展党群活动不少于40场,\n服务对象满意度达到90%以上"],
        indicators: ["产出指标/数量指标/举办党群活动场次", "产出指标/质量指标/活动设施完好率", "成本指标/经济成本指标/成本控制率",
          "效益指标/社会效益指标/居民知晓率", "满意度指标/服务对象满意度指标/活动参与者满意度"],
      },
      {
        title: null, name: "老旧小区微更新", implementer: "某街道城市运行管理中心", department: "某区某街道办事处",
        funds: ["万元", 10800000, null], goals: [null, "完成3个小区微更新"],
        indicators: ["产出指标/数量指标/完成改造小区", "产出指标/时效指标/竣工时间", "满意度指标/服务对象满意度指标/居民满意度"],
      },
    ],
    values: [["≥40(场)", "=100(%)", "~控制在预算内", "≥80(%)", "≥90(%)"], ["3(个)", "≤@2024-11-30", "~≥**%"]],
    // A row with one field more than the heading (an unquoted comma in 备注).
    reported: ["8:结转"],
  },
};

describe.each(HAND)("%s", (name) => {
  const golden = GOLDEN[name];
  const found = check(text(name), { path: name });
  const waits = golden.wait ? it.skip : it;
  const because = golden.wait ? ` — waits on the builder: ${golden.wait}` : "";

  it("projects: title, header, funds and goals", () => {
    expect(found.document.projects.map((p) => ({ ...summary(p), indicators: p.indicators.length })))
      .toEqual(golden.projects.map((p) => ({ ...p, indicators: p.indicators.length })));
  });

  waits(`indicators: categories and names${because}`, () => {
    expect(found.document.projects.map(summary)).toEqual(golden.projects);
  });

  waits(`indicator values${because}`, () => {
    expect(found.document.projects.map(values)).toEqual(golden.values);
  });

  it("rows that are not data are kept as notes", () => {
    expect(found.document.projects.map(notes)).toEqual(golden.notes ?? golden.projects.map(() => []));
  });

  it("the cells that belong to no project, and second values, are reported once each", () => {
    const left = unplaced(found.diagnostics);
    for (const cell of golden.reported) expect(left.filter((c) => c === cell)).toHaveLength(golden.reported.filter((c) => c === cell).length);
  });

  waits(`nothing else is reported${because}`, () => {
    expect(unplaced(found.diagnostics).sort()).toEqual([...golden.reported].sort());
  });
});

describe("every non-empty cell is placed, reported or accounted for", () => {
  it.each([...OWN, ...HAND])("%s", (name, syntax) => {
    const source = text(name);
    const { real, accounted, synthetic } = handedOn(flatRows([source]));
    const given = [...real, ...accounted].map((c) => c.offset).sort((a, b) => a - b);
    expect(given).toEqual(inputCellOffsets(source, syntax).sort((a, b) => a - b));
    // Real cells are the input's own text at their places (unescaped where the syntax escapes).
    // (A CSV cell guarded for spreadsheets, `'=5.00`, reads without its apostrophe.)
    for (const cell of real) {
      const guarded = syntax === "csv" && /^[=+\-@]/.test(cell.text) && source[cell.offset] === "'";
      expect(source.slice(cell.offset, cell.offset + 1)).toBe(guarded ? "'" : rawFirst(cell.text, syntax, name));
    }
    const document = buildDocument(source, { path: name, encoding: "utf-8" });
    expect(document.placedCount + document.unplaced.length).toBe(document.cellCount);
    // Synthetic labels are no cells of the input; the cells the front end accounted for are placed ones.
    expect(synthetic.every((c) => c.synthetic)).toBe(true);
    expect(document.cellCount).toBe(real.length + accounted.length);
  });

  it("the builder counts only real cells, and the accounted ones as placed", () => {
    for (const [name] of [...OWN, ...HAND]) {
      const source = text(name);
      const { real, accounted } = handedOn(flatRows([source]));
      const document = buildDocument(source, { path: name, encoding: "utf-8" });
      expect(document.cellCount).toBe(real.length + accounted.length);
      expect(document.placedCount + document.unplaced.length).toBe(document.cellCount);
    }
  });

  it.each(HAND)("%s: what the front end accounts for is a heading, a total's label or a copy of a cell it hands on", (name) => {
    const rows = flatRows([text(name)]);
    const { real, accounted } = handedOn(rows);
    const perLine = new Map<number, number>();
    for (const cell of accounted) perLine.set(cell.line, (perLine.get(cell.line) ?? 0) + 1);
    const handed = new Set(real.map((c) => c.text));
    for (const cell of accounted) {
      const heading = perLine.get(cell.line)! >= 3 && !handed.has(cell.text);
      const ok = heading || /^(部门|单位)?(合计|总计)$/.test(cell.text) || /申报表/.test(cell.text) || handed.has(cell.text);
      expect(ok, `${cell.line}:${cell.column} ${cell.text}`).toBe(true);
    }
  });
});

/** The first character of a cell's text as it stands in the input. */
function rawFirst(text: string, syntax: Syntax, name: string): string {
  if (name.startsWith("seed-own") && syntax !== "csv" && text.startsWith("\\")) return "\\";
  return text[0];
}

describe("pieces of any size", () => {
  it.each([...OWN, ...HAND])("%s: the same rows whatever the cuts after the first piece", (name) => {
    const source = text(name);
    const whole = JSON.stringify(flatRows([source]));
    const headEnd = source.indexOf("\n", source.indexOf("一级指标") >= 0 ? source.indexOf("一级指标") : source.indexOf("indicator")) + 1;
    for (const size of [1, 2, 7, 100]) {
      const pieces = [source.slice(0, headEnd)];
      for (let at = headEnd; at < source.length; at += size) pieces.push(source.slice(at, at + size));
      expect(JSON.stringify(flatRows(pieces))).toBe(whole);
    }
  });
});

describe("rows that are no project", () => {
  const heading = "项目名称\t单位名称\t预算数\t一级指标\t二级指标\t三级指标\t指标值";

  it("a heading and nothing under it: no declaration", () => {
    const found = check(`${heading}\n`, { path: "x.tsv" });
    expect(found.document.projects).toEqual([]);
    expect(found.diagnostics.map((d) => d.ruleId)).toEqual(["document-no-declaration"]);
  });

  it("a line of other text between projects is reported where it stands, and starts nothing", () => {
    const found = check([
      heading,
      "甲项目\t某中心\t10.00\t产出指标\t数量指标\t活动场次\t≥1(次)",
      "以上数据由单位填报",
      "乙项目\t\t20.00\t产出指标\t数量指标\t培训人次\t≥2(人次)",
    ].join("\n"), { path: "x.tsv" });
    expect(found.document.projects.map((p) => [p.name, p.implementer, p.indicators.length])).toEqual([["甲项目", "某中心", 1], ["乙项目", "某中心", 1]]);
    expect(unplaced(found.diagnostics)).toEqual(["3:以上数据由单位填报"]);
  });

  it("a total row first, and a 合计 row last: never a project, kept as a note of the project it stands with", () => {
    const found = check([heading, "合计\t\t30.00", "甲项目\t某中心\t10.00\t产出指标\t数量指标\t活动场次\t≥1(次)", "乙项目\t某中心\t20.00\t产出指标\t数量指标\t培训人次\t≥2(人次)", "\t部门合计\t30.00"].join("\n"), { path: "x.tsv" });
    expect(found.document.projects.map((p) => [p.name, notes(p)])).toEqual([["甲项目", ["total:合计 30.00"]], ["乙项目", ["total:部门合计 30.00"]]]);
    expect(unplaced(found.diagnostics)).toEqual([]);
  });

  it("a row with an amount and no project (a department's subtotal) is no project: its cells are reported", () => {
    const found = check([heading, "\t某局\t30.00", "甲项目\t某中心\t10.00\t产出指标\t数量指标\t活动场次\t≥1(次)"].join("\n"), { path: "x.tsv" });
    expect(found.document.projects.map((p) => p.name)).toEqual(["甲项目"]);
    expect(unplaced(found.diagnostics)).toEqual(["2:某局", "2:30.00"]);
  });

  it("a heading further down than the first 40 lines is not looked for", () => {
    const text = `${"说明文字\n".repeat(41)}${heading}\n甲项目\t某中心\t10.00\t产出指标\t数量指标\t活动场次\t≥1(次)\n`;
    expect(detectFamily(text).name).not.toBe("flat");
  });
});

describe("a file's grid (a workbook sheet)", () => {
  /** The tab-separated fixture as the grid a workbook gives: one grid row a line, merged cells blank. */
  function sheet(source: string): Grid {
    const letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    return {
      format: "xlsx", notes: [],
      rows: source.split("\n").map((line, r) => ({
        cells: line.split("\t").flatMap((text, c) => (text.trim() ? [{ text, column: c + 1, where: `Sheet1!${letters[c]}${r + 1}` }] : [])),
      })),
    };
  }
  const projectsOf = (rows: Iterable<RawRow>) => {
    const head: DocumentHead = { title: null, year: null };
    const tables = [...readTables(rows, head)];
    const nodes = tables.flatMap((t) => (t.project ? [t.project] : []));
    return { nodes, projects: nodes.map(projectToJson), unplaced: tables.flatMap((t) => t.unplaced) };
  };

  it("reads a flat export as the text does, with the cells' places in the sheet", () => {
    const source = text("merged-blank.tsv");
    const fromGrid = projectsOf(regroupRows(gridRows(sheet(source)).rows));
    const fromText = check(source, { path: "x.tsv" }).document.projects;
    expect(fromGrid.projects.map(summary)).toEqual(fromText.map(summary));
    expect(fromGrid.projects.map(values)).toEqual(fromText.map(values));
    expect(fromGrid.unplaced).toEqual([]);
    expect(fromGrid.nodes[1].conflicts?.map((c) => [c.label, c.other.where])).toEqual([["预算数", "Sheet1!D14"]]);
  });

  it("hands on the rows of a sheet that is no flat export as they are", () => {
    const rows = gridRows(sheet(fixtureText(SEED))).rows;
    expect([...regroupRows(rows)]).toEqual(rows);
  });
});
