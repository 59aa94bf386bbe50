/**
 * The indicator taxonomy (format.md §3): the current national framework of 财预〔2021〕101号
 * (成本, 产出, 效益, 满意度 as 一级) and the older forms of the 2011 (财预〔2011〕285号 era) and
 * 2015 (财预〔2015〕88号) generations — 成本 a 二级 of 产出, satisfaction a 二级 of 效益 — as the
 * legacy framework. Which one a table is judged by: src/model/framework.ts.
 */
import { labelKey } from "../../grammar/normalize.js";

export type Level1 = "成本指标" | "产出指标" | "效益指标" | "满意度指标";
export const LEVEL1: readonly Level1[] = ["成本指标", "产出指标", "效益指标", "满意度指标"];

/** The framework a table is judged by. */
export type Framework = "current" | "legacy";
/** The framework asked for: `auto` (default) judges each table by its own categories. */
export type Profile = "auto" | Framework;
export const PROFILES: readonly Profile[] = ["auto", "current", "legacy"];

/** 二级 → 一级 under the current framework. */
export const CURRENT_LEVEL2: Readonly<Record<string, Level1>> = {
  经济成本指标: "成本指标",
  社会成本指标: "成本指标",
  生态环境成本指标: "成本指标",
  数量指标: "产出指标",
  质量指标: "产出指标",
  时效指标: "产出指标",
  经济效益指标: "效益指标",
  社会效益指标: "效益指标",
  生态效益指标: "效益指标",
  可持续影响指标: "效益指标",
  服务对象满意度指标: "满意度指标",
};

/** 二级 placements that only the legacy (2011 and 2015) forms use. */
export const LEGACY_LEVEL2: Readonly<Record<string, Level1>> = {
  成本指标: "产出指标",
  满意度指标: "效益指标",
  服务对象满意度指标: "效益指标",
};

/** 二级 names kept as printed that mean a 二级 of the framework (the 2011 form's 环境效益 is 生态效益). */
const SAME_LEVEL2: Readonly<Record<string, string>> = {
  环境效益指标: "生态效益指标",
};

export const LEVEL2_NAMES: readonly string[] = [
  ...Object.keys(CURRENT_LEVEL2),
  "环境效益指标",
];

/** Other names of the same categories in other regions' and generations' forms. */
const LEVEL1_ALIASES: Readonly<Record<string, Level1>> = {
  效果指标: "效益指标",
  投入指标: "成本指标",
};
const LEVEL2_ALIASES: Readonly<Record<string, string>> = {
  进度指标: "时效指标",
  时间指标: "时效指标",
  成本指标: "经济成本指标",
  社会公众或服务对象满意度指标: "服务对象满意度指标",
  社会公众满意度指标: "服务对象满意度指标",
  群众满意度指标: "服务对象满意度指标",
  服务对象满意度: "服务对象满意度指标",
  生态环境效益指标: "生态效益指标",
  可持续发展指标: "可持续影响指标",
  可持续影响: "可持续影响指标",
};

function addNames<T extends string>(map: Map<string, T>, name: string, canonical: T): void {
  map.set(name, canonical);
  map.set(name.replace(/指标$/, ""), canonical);
}
const level1ByKey = new Map<string, Level1>();
for (const name of LEVEL1) addNames(level1ByKey, name, name);
for (const [alias, name] of Object.entries(LEVEL1_ALIASES)) addNames(level1ByKey, alias, name);
const level2ByKey = new Map<string, string>();
for (const [alias, name] of Object.entries(LEVEL2_ALIASES)) if (!level1ByKey.has(alias)) addNames(level2ByKey, alias, name);
for (const name of LEVEL2_NAMES) addNames(level2ByKey, name, name);

/** The canonical 一级 name of a label (`产出` → `产出指标`), or undefined. */
export function level1Of(label: string): Level1 | undefined {
  return level1ByKey.get(labelKey(label));
}

/** The canonical 二级 name of a label (`经济成本` → `经济成本指标`), or undefined. */
export function level2Of(label: string): string | undefined {
  return level2ByKey.get(labelKey(label));
}

function currentParent(level2: string): Level1 | undefined {
  return CURRENT_LEVEL2[SAME_LEVEL2[level2] ?? level2];
}

/** The 一级 a 二级 belongs to under the current framework (the default reading). */
export function parentOf(level2: string): Level1 | undefined {
  return currentParent(level2) ?? LEGACY_LEVEL2[level2];
}

/**
 * Whether `level2` may stand under `level1` in the given framework. A 一级 label printed again
 * in the 二级 column (`满意度指标 | 满意度指标`, a merged cell exported twice) is its own 二级.
 */
export function belongsTo(level2: string, level1: Level1, framework: Framework): boolean {
  if (currentParent(level2) === level1 || level2 === level1) return true;
  return framework === "legacy" && LEGACY_LEVEL2[level2] === level1;
}

/** Whether the pair is accepted only by the legacy framework. */
export function isLegacyPair(level2: string, level1: Level1): boolean {
  return currentParent(level2) !== level1 && level2 !== level1 && LEGACY_LEVEL2[level2] === level1;
}

/** The 二级 names the current framework lists under a 一级. */
export function childrenOf(level1: Level1): string[] {
  return Object.keys(CURRENT_LEVEL2).filter((name) => CURRENT_LEVEL2[name] === level1);
}

/** Every key a 一级 or 二级 label is known by (aliases and forms without `指标` included). */
export function categoryKeys(): string[] {
  return [...level1ByKey.keys(), ...level2ByKey.keys()];
}
