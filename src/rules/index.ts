/** The registry: every rule of the catalogue (rules.md), in catalogue order. */
import type { Rule } from "../engine/rule.js";
import fundsAnnualSum from "./funds-annual-sum.js";
import fundsProjectSum from "./funds-project-sum.js";
import fundsAnnualExceedsProject from "./funds-annual-exceeds-project.js";
import fundsUnit from "./funds-unit.js";
import fundsNegative from "./funds-negative.js";
import fundsMissing from "./funds-missing.js";
import headerRequired from "./header-required.js";
import headerDate from "./header-date.js";
import headerYear from "./header-year.js";
import projectDuplicate from "./project-duplicate.js";
import documentNoDeclaration from "./document-no-declaration.js";
import goalMissing from "./goal-missing.js";
import goalVague from "./goal-vague.js";
import goalOverallMissing from "./goal-overall-missing.js";
import goalIndicatorMismatch from "./goal-indicator-mismatch.js";
import categoryRequired from "./category-required.js";
import categoryOutputDimensions from "./category-output-dimensions.js";
import categoryTaxonomy from "./category-taxonomy.js";
import indicatorMissingValue from "./indicator-missing-value.js";
import indicatorMissingName from "./indicator-missing-name.js";
import indicatorDuplicate from "./indicator-duplicate.js";
import indicatorPlaceholder from "./indicator-placeholder.js";
import indicatorTooFew from "./indicator-too-few.js";
import indicatorNameHasTarget from "./indicator-name-has-target.js";
import indicatorWeightsSum from "./indicator-weights-sum.js";
import indicatorInputAsOutput from "./indicator-input-as-output.js";
import indicatorOutputAsOutcome from "./indicator-output-as-outcome.js";
import indicatorTimelinessNotTime from "./indicator-timeliness-not-time.js";
import valueRateUnit from "./value-rate-unit.js";
import valuePercentRange from "./value-percent-range.js";
import valueUnitHint from "./value-unit-hint.js";
import valueUnitMissing from "./value-unit-missing.js";
import valueQuantityUnit from "./value-quantity-unit.js";
import valueOperatorMissing from "./value-operator-missing.js";
import valueOperatorDirection from "./value-operator-direction.js";
import valueSatisfaction from "./value-satisfaction.js";
import valueCostUnquantified from "./value-cost-unquantified.js";
import valueCostBudgetMismatch from "./value-cost-budget-mismatch.js";
import valueNotMeasurable from "./value-not-measurable.js";
import valueUnparsed from "./value-unparsed.js";
import layoutUnrecognizedCell from "./layout-unrecognized-cell.js";
import layoutUnreadable from "./layout-unreadable.js";
import layoutConflictingValue from "./layout-conflicting-value.js";
import layoutAmbiguous from "./layout-ambiguous.js";

export const RULES: readonly Rule[] = [
  fundsAnnualSum as Rule,
  fundsProjectSum as Rule,
  fundsAnnualExceedsProject as Rule,
  fundsUnit as Rule,
  fundsNegative as Rule,
  fundsMissing as Rule,
  headerRequired as Rule,
  headerDate as Rule,
  headerYear as Rule,
  projectDuplicate as Rule,
  documentNoDeclaration as Rule,
  goalMissing as Rule,
  goalVague as Rule,
  goalOverallMissing as Rule,
  goalIndicatorMismatch as Rule,
  categoryRequired as Rule,
  categoryOutputDimensions as Rule,
  categoryTaxonomy as Rule,
  indicatorMissingValue as Rule,
  indicatorMissingName as Rule,
  indicatorDuplicate as Rule,
  indicatorPlaceholder as Rule,
  indicatorTooFew as Rule,
  indicatorNameHasTarget as Rule,
  indicatorWeightsSum as Rule,
  indicatorInputAsOutput as Rule,
  indicatorOutputAsOutcome as Rule,
  indicatorTimelinessNotTime as Rule,
  valueRateUnit as Rule,
  valuePercentRange as Rule,
  valueUnitHint as Rule,
  valueUnitMissing as Rule,
  valueQuantityUnit as Rule,
  valueOperatorMissing as Rule,
  valueOperatorDirection as Rule,
  valueSatisfaction as Rule,
  valueCostUnquantified as Rule,
  valueCostBudgetMismatch as Rule,
  valueNotMeasurable as Rule,
  valueUnparsed as Rule,
  layoutUnrecognizedCell as Rule,
  layoutAmbiguous as Rule,
  layoutUnreadable as Rule,
  layoutConflictingValue as Rule,
];

const BY_ID = new Map(RULES.map((rule) => [rule.id, rule]));

export function ruleById(id: string): Rule | undefined {
  return BY_ID.get(id);
}
