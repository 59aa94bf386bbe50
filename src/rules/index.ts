/** The registry: every rule of the catalogue (rules.md), in catalogue order. */
import type { Rule } from "../engine/rule";
import fundsAnnualSum from "./funds-annual-sum";
import fundsProjectSum from "./funds-project-sum";
import fundsAnnualExceedsProject from "./funds-annual-exceeds-project";
import fundsUnit from "./funds-unit";
import fundsNegative from "./funds-negative";
import fundsMissing from "./funds-missing";
import headerRequired from "./header-required";
import headerDate from "./header-date";
import headerYear from "./header-year";
import projectDuplicate from "./project-duplicate";
import documentNoDeclaration from "./document-no-declaration";
import goalMissing from "./goal-missing";
import goalVague from "./goal-vague";
import goalIndicatorMismatch from "./goal-indicator-mismatch";
import categoryRequired from "./category-required";
import categoryOutputDimensions from "./category-output-dimensions";
import categoryTaxonomy from "./category-taxonomy";
import indicatorMissingValue from "./indicator-missing-value";
import indicatorMissingName from "./indicator-missing-name";
import indicatorDuplicate from "./indicator-duplicate";
import indicatorPlaceholder from "./indicator-placeholder";
import indicatorTooFew from "./indicator-too-few";
import valueRateUnit from "./value-rate-unit";
import valuePercentRange from "./value-percent-range";
import valueUnitHint from "./value-unit-hint";
import valueQuantityUnit from "./value-quantity-unit";
import valueOperatorMissing from "./value-operator-missing";
import valueOperatorDirection from "./value-operator-direction";
import valueSatisfaction from "./value-satisfaction";
import valueCostUnquantified from "./value-cost-unquantified";
import valueNotMeasurable from "./value-not-measurable";
import valueUnparsed from "./value-unparsed";
import layoutUnrecognizedCell from "./layout-unrecognized-cell";
import layoutAmbiguous from "./layout-ambiguous";

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
  goalIndicatorMismatch as Rule,
  categoryRequired as Rule,
  categoryOutputDimensions as Rule,
  categoryTaxonomy as Rule,
  indicatorMissingValue as Rule,
  indicatorMissingName as Rule,
  indicatorDuplicate as Rule,
  indicatorPlaceholder as Rule,
  indicatorTooFew as Rule,
  valueRateUnit as Rule,
  valuePercentRange as Rule,
  valueUnitHint as Rule,
  valueQuantityUnit as Rule,
  valueOperatorMissing as Rule,
  valueOperatorDirection as Rule,
  valueSatisfaction as Rule,
  valueCostUnquantified as Rule,
  valueNotMeasurable as Rule,
  valueUnparsed as Rule,
  layoutUnrecognizedCell as Rule,
  layoutAmbiguous as Rule,
];

const BY_ID = new Map(RULES.map((rule) => [rule.id, rule]));

export function ruleById(id: string): Rule | undefined {
  return BY_ID.get(id);
}
