/**
 * fast-check generators: whole declarations with their expected model, written out in the
 * messy layouts real exports have (shifted rows, wrapped labels, blank lines, CRLF, full-width
 * operators, 万元), and random mutations of the fixtures.
 */
import fc from "fast-check";
import { CURRENT_LEVEL2, LEVEL1 } from "../../src/model/taxonomy.js";

/** Characters that spell no label, keyword, unit or value of the vocabulary. */
const NAME_CHARS = "甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未酉戌亥".split("");
export const nameArb = fc.array(fc.constantFrom(...NAME_CHARS), { minLength: 2, maxLength: 8 }).map((c) => c.join(""));

const OPERATORS: Array<[string, string]> = [["≥", "≥"], ["≤", "≤"], ["=", "="], [">", ">"], ["<", "<"], ["＝", "="], [">=", "≥"], ["<=", "≤"], ["≧", "≥"], ["≦", "≤"], ["＞", ">"], ["＜", "<"]];
// Units and words that point at a 二级 stand only under that 二级, as in a coherent declaration
// (the reader uses them to place rows whose labels are printed mid-block).
const COUNT_UNITS: Array<[string, string | null]> = [["(次)", "次"], ["（次）", "次"], ["(人次)", "人次"], ["(名/场)", "名/场"], [" (个)", "个"]];
const OTHER_UNITS: Array<[string, string | null]> = [["(%)", "%"], ["（％）", "%"], ["%", "%"], ["", null]];
const QUALITATIVE = ["建立健全", "明显改善", "优良", "达标", "有效", "控制在预算内"];

export interface ExpectedIndicator {
  level1: string;
  level2: string;
  name: string;
  value: { kind: "quantitative"; operator: string; number: number; unit: string | null } | { kind: "qualitative"; text: string };
  valueText: string;
}

const quantitative = (units: Array<[string, string | null]>) => fc.record({
  op: fc.constantFrom(...OPERATORS),
  whole: fc.integer({ min: 0, max: 99999 }),
  cents: fc.option(fc.integer({ min: 0, max: 99 }), { nil: undefined }),
  unit: fc.constantFrom(...units),
}).map(({ op, whole, cents, unit }) => {
  const digits = cents === undefined ? String(whole) : `${whole}.${String(cents).padStart(2, "0")}`;
  return {
    text: `${op[0]}${digits}${unit[0]}`,
    value: { kind: "quantitative" as const, operator: op[1], number: Number(digits), unit: unit[1] },
  };
});
const qualitative = (words: string[]) => fc.constantFrom(...words).map((text) => ({ text, value: { kind: "qualitative" as const, text } }));

function valueFor(level2: string) {
  if (level2 === "数量指标") return quantitative(COUNT_UNITS);
  if (level2 === "时效指标") return fc.oneof(quantitative(OTHER_UNITS), qualitative(["及时", ...QUALITATIVE]));
  return fc.oneof(quantitative(OTHER_UNITS), qualitative(QUALITATIVE));
}

const LEVEL2 = Object.keys(CURRENT_LEVEL2);

/** Indicators grouped by 二级 in taxonomy order, names unique. */
export const indicatorsArb = fc.uniqueArray(
  fc.constantFrom(...LEVEL2).chain((level2) => fc.record({ level2: fc.constant(level2), name: nameArb, value: valueFor(level2) })),
  { minLength: 1, maxLength: 14, selector: (i) => i.name },
).map((list) => list
  .sort((a, b) => LEVEL2.indexOf(a.level2) - LEVEL2.indexOf(b.level2))
  .map((i): ExpectedIndicator => ({ level1: CURRENT_LEVEL2[i.level2], level2: i.level2, name: i.name, value: i.value.value, valueText: i.value.text })));

export interface Funds {
  unit: "元" | "万元";
  appropriation: bigint;
  carryOver: bigint;
  other: bigint;
  /** Added to the true total: 0 for a correct declaration. */
  error: bigint;
}

const fen = fc.bigInt({ min: 0n, max: 10n ** 13n });
export const fundsArb = fc.record({
  unit: fc.constantFrom<"元" | "万元">("元", "万元"),
  appropriation: fen,
  carryOver: fen,
  other: fen,
  error: fc.oneof(fc.constant(0n), fc.constant(0n), fc.bigInt({ min: -1000n, max: 1000n })),
});

/** An amount in fen written as 元 (2 decimals, thousands separators) or 万元 (6 decimals). */
export function writeAmount(amount: bigint, unit: "元" | "万元", separators: boolean): string {
  const negative = amount < 0n;
  const abs = negative ? -amount : amount;
  const scale = unit === "元" ? 100n : 1_000_000n;
  const decimals = unit === "元" ? 2 : 6;
  let whole = (abs / scale).toString();
  if (separators && unit === "元") whole = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return `${negative ? "-" : ""}${whole}.${(abs % scale).toString().padStart(decimals, "0")}`;
}

export interface Layout {
  /** Extra leading tabs per row (page-break shifts), cycled over the rows. */
  shifts: number[];
  blankLines: boolean[];
  crlf: boolean;
  wrapLabels: boolean;
  separators: boolean;
  /** Print some 二级 labels near the middle of their block instead of on its first row. */
  midBlock: boolean;
}

export const layoutArb = fc.record({
  shifts: fc.array(fc.integer({ min: 0, max: 2 }), { minLength: 1, maxLength: 8 }),
  blankLines: fc.array(fc.boolean(), { minLength: 1, maxLength: 8 }),
  crlf: fc.boolean(),
  wrapLabels: fc.boolean(),
  separators: fc.boolean(),
  midBlock: fc.boolean(),
});

export interface Generated {
  name: string;
  funds: Funds;
  indicators: ExpectedIndicator[];
  layout: Layout;
}

/**
 * Name endings that carry two signs of their 二级 (format.md §5): a label printed mid-block
 * is read from the rows' content, so rows above such a label say clearly where they belong.
 */
const MID_BLOCK_ENDINGS: Readonly<Record<string, string>> = {
  经济成本指标: "成本费用",
  质量指标: "质量达标率",
  时效指标: "按期及时率",
  经济效益指标: "产业收入",
  社会效益指标: "参与覆盖率",
  生态效益指标: "环境绿化率",
  可持续影响指标: "长效机制",
};

/** Runs of indicators with the same 二级: [start, end). */
export function blocks(indicators: ExpectedIndicator[]): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (let i = 0; i < indicators.length;) {
    let j = i + 1;
    while (j < indicators.length && indicators[j].level2 === indicators[i].level2) j++;
    out.push([i, j]);
    i = j;
  }
  return out;
}

/** Where each block prints its 二级 label (index within the block). */
export function labelRows(g: Generated): number[] {
  return blocks(g.indicators).map(([start, end]) =>
    g.layout.midBlock && MID_BLOCK_ENDINGS[g.indicators[start].level2] && end - start >= 2 ? Math.floor((end - start) / 2) : 0);
}

export const declarationArb = fc.record({ name: nameArb, funds: fundsArb, indicators: indicatorsArb, layout: layoutArb })
  .map((g): Generated => {
    if (!g.layout.midBlock) return g;
    // Blocks whose label moves get names that point at their 二级.
    const indicators = g.indicators.map((i) => ({ ...i }));
    for (const [start, end] of blocks(indicators)) {
      const ending = MID_BLOCK_ENDINGS[indicators[start].level2];
      if (ending && end - start >= 2) for (let k = start; k < end; k++) indicators[k].name += ending;
    }
    return { ...g, indicators };
  });

/** Write a declaration out as export text. */
export function render(g: Generated): string {
  const { funds, layout } = g;
  const total = funds.appropriation + funds.carryOver + funds.other + funds.error;
  const amount = (v: bigint) => writeAmount(v, funds.unit, layout.separators);
  const rows: string[] = [
    "# 财政项目支出绩效目标申报表",
    "(2024年度)",
    `项目名称\t${g.name}\t项目性质\t其他经常性项目\t项目类别\t特定目标类`,
    "主管部门\t某区某局\t实施单位\t某中心",
    "计划开始日期\t2024-01-01\t计划完成日期\t2024-12-31",
    `项目资金（${funds.unit}）\t项目资金总额\t\t年度资金申请总额\t${amount(total)}`,
    `\t其中：财政资金\t\t其中：当年财政拨款\t${amount(funds.appropriation)}`,
    `\t\t\t上年结转资金\t${amount(funds.carryOver)}`,
    `\t其他资金\t\t其他资金\t${amount(funds.other)}`,
    "项目 绩效 目标\t项目总目标\t年度总体目标",
    "\t\t全年完成各项任务。",
    "一级指标\t二级指标\t三级指标\t年度(/项目)指标值",
  ];
  const labelAt = new Set(blocks(g.indicators).map(([start], b) => start + labelRows(g)[b]));
  let previous1 = "", n = 0;
  for (const [index, i] of g.indicators.entries()) {
    const label1 = i.level1 !== previous1 ? i.level1 : "";
    const label2 = labelAt.has(index) ? i.level2 : "";
    previous1 = i.level1;
    const shift = "\t".repeat(layout.shifts[n % layout.shifts.length]);
    const blank = layout.blankLines[n % layout.blankLines.length];
    n++;
    if (blank) rows.push("");
    if (label2 && layout.wrapLabels && label2.length >= 4) {
      // The 二级 label wrapped over two lines, the rest of the row on the first.
      const cut = Math.floor(label2.length / 2);
      rows.push(`${shift}${label1}\t${label2.slice(0, cut)}\t${i.name}\t${i.valueText}`);
      rows.push(`${shift}\t${label2.slice(cut)}`);
    } else {
      rows.push(`${shift}${label1}\t${label2}\t${i.name}\t${i.valueText}`);
    }
  }
  return rows.join(layout.crlf ? "\r\n" : "\n") + (layout.crlf ? "\r\n" : "\n");
}

export { LEVEL1 };

/** Mutations of a text: lines deleted, duplicated, cut; tabs added or removed; symbols sprinkled. */
export const mutationArb = fc.array(
  fc.oneof(
    fc.record({ kind: fc.constant("delete" as const), at: fc.nat() }),
    fc.record({ kind: fc.constant("duplicate" as const), at: fc.nat() }),
    fc.record({ kind: fc.constant("truncate" as const), at: fc.nat() }),
    fc.record({ kind: fc.constant("tab" as const), at: fc.nat() }),
    fc.record({ kind: fc.constant("untab" as const), at: fc.nat() }),
    fc.record({ kind: fc.constant("insert" as const), at: fc.nat(), text: fc.string({ unit: fc.constantFrom("≥", "%", "(", "）", "|", "\t", "\u001b[31m", "\u3000", "项目名称", "绩效", "指标", "0.00", "<p>", "\ud800", "满意度指标", "*", "X") , maxLength: 6 }) }),
  ),
  { minLength: 1, maxLength: 12 },
);

export function mutate(text: string, mutations: fc.Arbitrary<unknown> extends never ? never : Array<{ kind: string; at: number; text?: string }>): string {
  let lines = text.split("\n");
  for (const m of mutations) {
    const i = lines.length === 0 ? 0 : m.at % lines.length;
    switch (m.kind) {
      case "delete": lines.splice(i, 1); break;
      case "duplicate": lines.splice(i, 0, lines[i] ?? ""); break;
      case "truncate": lines = lines.slice(0, i + 1); if (lines.length) lines[i] = lines[i].slice(0, Math.floor(lines[i].length / 2)); break;
      case "tab": if (lines[i] !== undefined) lines[i] = `\t${lines[i]}`; break;
      case "untab": if (lines[i] !== undefined) lines[i] = lines[i].replace("\t", ""); break;
      case "insert": if (lines[i] !== undefined) { const at = m.at % (lines[i].length + 1); lines[i] = lines[i].slice(0, at) + (m.text ?? "") + lines[i].slice(at); } break;
    }
  }
  return lines.join("\n");
}
