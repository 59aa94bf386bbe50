/**
 * Figures a goal text promises: `不少于120次活动`, `满意度为90%以上`, `不超500元`. Each with
 * its direction, number, unit and the clauses around it — what the figure is about, to find
 * the indicator that should carry it (`投诉率控制在3%以内` is about 投诉率, not the 满意度 of the
 * clause before). A figure said with words on both sides (`达到95%以上`) is one promise.
 */
import { toHalfWidth } from "../../../grammar/normalize.js";
import { remembered } from "../../../grammar/remembered.js";

export interface Promise {
  operator: "≥" | "≤";
  number: number;
  unit: string;
  /** The figure as written in the goal. */
  text: string;
  /** What the figure may be about, narrowest first (its clause, then with the clauses before), for matching indicator names. */
  contexts: string[];
}

// Longer units first (人次 before 人), and 个 not when it is part of 个月 or 个工作日.
const UNIT = "(%|万元|元|人次|人|场次|场|个(?!月|工作日|季度|小时|百分点)|次|名|家|户|件|项|天|学时|课时|小时|篇|期|批|所|处|套|台)";
const NUMBER = "(?<![\\d.])(\\d{1,12}(?:\\.\\d{1,6})?)";
const PATTERNS: ReadonlyArray<[RegExp, "≥" | "≤"]> = [
  // A few words may stand between the promise and its figure: 至少完成5个, 不低于全年的90%.
  [new RegExp(`(?:不少于|不低于|不小于|至少|达到|(?<!不)超过|大于等于)[\\u4e00-\\u9fff]{0,4}?\\s*${NUMBER}\\s*${UNIT}(?:\\s*(?:以上|及以上))?`, "dg"), "≥"],
  [new RegExp(`${NUMBER}\\s*${UNIT}\\s*(?:以上|及以上)`, "dg"), "≥"],
  [new RegExp(`(?:不超过|不超|不高于|不多于|控制在)[\\u4e00-\\u9fff]{0,4}?\\s*${NUMBER}\\s*${UNIT}(?:\\s*(?:以内|以下|及以下))?`, "dg"), "≤"],
  [new RegExp(`${NUMBER}\\s*${UNIT}\\s*(?:以内|以下|及以下)`, "dg"), "≤"],
];

/** Where one clause ends and the next begins inside a sentence (a list of subjects, `知晓率、参与率`, stays one). */
const CLAUSE_END = /[,，:：]/g;

/** How many clauses before its own a figure's subject may stand in. */
const MAX_CLAUSES_BACK = 3;

/** The start of each clause of a sentence. */
function clauseStarts(sentence: string): number[] {
  const starts = [0];
  for (const m of sentence.matchAll(CLAUSE_END)) starts.push(m.index + 1);
  return starts;
}

/**
 * What a figure may be about, narrowest first: its own clause, then that clause with the ones
 * before it (`…“两新”党组织开展组织生活，全年预计约60家，不少于120次活动`), never reaching back
 * past a clause that holds a figure of its own (that clause's words are its figure's).
 */
function contextsOf(slice: (from: number, to: number) => string, starts: number[], length: number, promiseClauses: Set<number>, k: number): string[] {
  const end = (starts[k + 1] ?? length + 1) - 1;
  const out = [slice(starts[k], end)];
  for (let j = k - 1; j >= Math.max(0, k - MAX_CLAUSES_BACK) && !promiseClauses.has(j); j--) out.push(slice(starts[j], end));
  return out;
}

/** The first `limit` promises of a goal. */
export function extractPromises(goal: string, limit = Infinity): Promise[] {
  const out: Promise[] = [];
  for (const sentence of toHalfWidth(goal).split(/[。;；!?！？\n]/)) {
    if (out.length >= limit) break;
    // One promise per figure: the first pattern that reads it (the widest), by where its number stands.
    const byNumber = new Map<number, { operator: "≥" | "≤"; number: number; unit: string; start: number; end: number }>();
    for (const [pattern, operator] of PATTERNS) {
      pattern.lastIndex = 0;
      for (let m = pattern.exec(sentence); m; m = pattern.exec(sentence)) {
        const at = m.indices![1][0];
        if (byNumber.has(at)) continue;
        byNumber.set(at, { operator, number: Number(m[1]), unit: m[2], start: m.index, end: m.index + m[0].length });
      }
    }
    if (byNumber.size === 0) continue;
    const starts = clauseStarts(sentence);
    const clauseOf = (at: number) => {
      let k = starts.length - 1;
      while (starts[k] > at) k--;
      return k;
    };
    const promiseClauses = new Set([...byNumber.keys()].map(clauseOf));
    // One string per stretch of the sentence, so figures of one clause share its words.
    const slices = new Map<number, string>();
    const slice = (from: number, to: number) => {
      const key = from * (sentence.length + 1) + to;
      let text = slices.get(key);
      if (text === undefined) slices.set(key, (text = sentence.slice(from, to)));
      return text;
    };
    for (const at of [...byNumber.keys()].sort((a, b) => a - b)) {
      if (out.length >= limit) break;
      const { operator, number, unit, start, end } = byNumber.get(at)!;
      const contexts = contextsOf(slice, starts, sentence.length, promiseClauses, clauseOf(at));
      out.push({ operator, number, unit, text: sentence.slice(start, end), contexts });
    }
  }
  return out;
}

/**
 * Two-character runs of Chinese text, for a rough likeness of a name and a sentence. Each run
 * is held as one number (two UTF-16 units), which spares a string per run. Names repeat from
 * table to table (a district's forms share most of them), so a name's set is remembered and
 * shared by every caller that asks for the same name: read it, never change it.
 */
export const bigrams: (text: string) => Set<number> = remembered(bigramsOf, { limit: 10_000 });

function bigramsOf(text: string): Set<number> {
  const out = new Set<number>();
  let previous = -1;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const han = code >= 0x4e00 && code <= 0x9fff;
    if (han && previous >= 0) out.add(previous * 0x10000 + code);
    previous = han ? code : -1;
  }
  return out;
}

export function overlap(a: ReadonlySet<number>, b: ReadonlySet<number>): number {
  let n = 0;
  for (const x of a) if (b.has(x)) n++;
  return n;
}
