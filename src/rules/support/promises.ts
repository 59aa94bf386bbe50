/**
 * Figures a goal text promises: `不少于120次活动`, `满意度为90%以上`, `不超500元`. Each with
 * its direction, number, unit and the sentence it stands in (to find the indicator that
 * should carry it).
 */
import { toHalfWidth } from "../../../grammar/normalize.js";

export interface Promise {
  operator: "≥" | "≤";
  number: number;
  unit: string;
  /** The figure as written in the goal. */
  text: string;
  /** The sentence around it, for matching indicator names. */
  sentence: string;
}

// Longer units first (人次 before 人), and 个 not when it is part of 个月 or 个工作日.
const UNIT = "(%|万元|元|人次|人|场次|场|个(?!月|工作日|季度|小时|百分点)|次|名|家|户|件|项|天|学时|课时|小时|篇|期|批|所|处|套|台)";
const NUMBER = "(?<![\\d.])(\\d{1,12}(?:\\.\\d{1,6})?)";
const PATTERNS: ReadonlyArray<[RegExp, "≥" | "≤"]> = [
  // A few words may stand between the promise and its figure: 至少完成5个, 不低于全年的90%.
  [new RegExp(`(?:不少于|不低于|不小于|至少|达到|超过|大于等于)[\\u4e00-\\u9fff]{0,4}?\\s*${NUMBER}\\s*${UNIT}`, "g"), "≥"],
  [new RegExp(`${NUMBER}\\s*${UNIT}\\s*(?:以上|及以上)`, "g"), "≥"],
  [new RegExp(`(?:不超过|不超|不高于|不多于|控制在)[\\u4e00-\\u9fff]{0,4}?\\s*${NUMBER}\\s*${UNIT}`, "g"), "≤"],
  [new RegExp(`${NUMBER}\\s*${UNIT}\\s*(?:以内|以下|及以下)`, "g"), "≤"],
];

export function extractPromises(goal: string): Promise[] {
  const out: Promise[] = [];
  for (const sentence of toHalfWidth(goal).split(/[。;；!?！？\n]/)) {
    const taken = new Set<number>();
    for (const [pattern, operator] of PATTERNS) {
      pattern.lastIndex = 0;
      for (let m = pattern.exec(sentence); m; m = pattern.exec(sentence)) {
        if (taken.has(m.index)) continue;
        taken.add(m.index);
        out.push({ operator, number: Number(m[1]), unit: m[2], text: m[0], sentence });
      }
    }
  }
  return out;
}

/**
 * Two-character runs of Chinese text, for a rough likeness of a name and a sentence. Each run
 * is held as one number (two UTF-16 units), which spares a string per run. A name's set is
 * shared by every caller that asks for the same name: read it, never change it.
 */
export function bigrams(text: string): Set<number> {
  if (text.length > NAME_LENGTH) return bigramsOf(text);
  // Indicator names repeat from table to table (a district's forms share most of them).
  let known = names.get(text);
  if (known === undefined) {
    if (names.size >= NAMES_KEPT) names.clear();
    names.set(text, (known = bigramsOf(text)));
  }
  return known;
}

/** Texts up to this long are names, and their runs are kept (at most NAMES_KEPT of them). */
const NAME_LENGTH = 64;
const NAMES_KEPT = 10_000;
const names = new Map<string, Set<number>>();

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
