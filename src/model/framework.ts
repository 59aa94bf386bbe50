/**
 * Which indicator framework a table is judged by. `--profile current|legacy` forces one; the
 * default (`auto`) reads it from the table's own labelled categories:
 * - 成本 as a 二级 under 产出, or satisfaction as a 二级 under 效益 (the 2011 and 2015 forms,
 *   财预〔2011〕285号 era and 财预〔2015〕88号) → legacy;
 * - 成本 as a 一级, or 经济/社会/生态环境成本 as its 二级 (财预〔2021〕101号) → current;
 * - both → uncertain: judged by the current framework, without the findings that only a
 *   legacy-form table would dispute (its legacy placements are accepted, not reported).
 * Rows filed by their content (no 二级 label for them) say nothing about the form but for a
 * 一级 label printed on them (`成本指标 | | 项目总成本`: 成本 as a 一级).
 */
import type { IndicatorNode, ProjectNode } from "./nodes.js";
import { childrenOf, isLegacyPair, type Framework, type Profile } from "./taxonomy.js";

export interface Judgement {
  framework: Framework;
  /** `forced`: by --profile; `detected`: by the table's categories; `uncertain`: the table shows both. */
  how: "forced" | "detected" | "uncertain";
  /** The first row whose labels place it in the legacy form (for saying why). */
  legacySign?: IndicatorNode;
}

const COST_LEVEL2 = new Set(childrenOf("成本指标"));

const detected = new WeakMap<ProjectNode, Judgement>();

/** The framework `project` is judged by under `profile`. */
export function judge(project: ProjectNode, profile: Profile): Judgement {
  if (profile !== "auto") return { framework: profile, how: "forced" };
  let judgement = detected.get(project);
  if (!judgement) detected.set(project, (judgement = detect(project.indicators)));
  return judgement;
}

function detect(indicators: readonly IndicatorNode[]): Judgement {
  let legacySign: IndicatorNode | undefined;
  let currentSign = false;
  for (const indicator of indicators) {
    const { level1, level2 } = indicator;
    if (!level1 || !level2) continue;
    // A row filed by its content says nothing of the form, but for a 一级 label printed on it.
    if (indicator.placement === "content") {
      if (level1 === "成本指标" && indicator.level1Cell) currentSign = true;
      continue;
    }
    if (isLegacyPair(level2, level1)) legacySign ??= indicator;
    else if (level1 === "成本指标" || COST_LEVEL2.has(level2)) currentSign = true;
  }
  if (!legacySign) return { framework: "current", how: "detected" };
  return currentSign ? { framework: "current", how: "uncertain", legacySign } : { framework: "legacy", how: "detected", legacySign };
}

/** Whether a legacy placement is accepted without a finding: judged legacy, or a table that shows both forms. */
export function acceptsLegacy(judgement: Judgement): boolean {
  return judgement.framework === "legacy" || judgement.how === "uncertain";
}
