/**
 * The shape of RuleTester-style cases: for every rule, inputs that must pass (no finding of
 * the rule) and inputs that must fail, with the line and column of each expected finding.
 * Each rule's cases live in cases/<rule-id>.ts; most mutate CLEAN, a declaration that
 * passes every rule.
 */
import { CLEAN } from "../support/declaration.js";
import type { Profile } from "../../src/model/taxonomy.js";

export interface Expected {
  line: number | null;
  /** The column, or the text the finding must point at on that line. */
  column: number | string | null;
  severity?: "error" | "warning" | "info";
  /** A fragment the message must contain. */
  message?: string;
}

export interface InvalidCase {
  name: string;
  text: string;
  errors: Expected[];
  profile?: Profile;
  /** The rule's options, as perfgoal.config.json gives them (`{ floor: 85 }`). */
  options?: Record<string, unknown>;
}

export interface ValidCase {
  name: string;
  text: string;
  profile?: Profile;
  options?: Record<string, unknown>;
}

export interface RuleCases {
  valid: ValidCase[];
  invalid: InvalidCase[];
}

export const clean = { name: "the clean declaration", text: CLEAN };
