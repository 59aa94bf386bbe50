/**
 * What a rule is (after typescript-eslint's createRule): an id, a default severity, a
 * category, messages keyed by id in Chinese and English, a docs entry, and the check.
 * Rules report against places in the model; the engine adds the project, the
 * configured severity and the message in the chosen language.
 */
import type { z } from "zod";
import type { DocumentNode, Place, ProjectNode } from "../model/nodes.js";
import type { Severity } from "../model/schema.js";
import type { Profile } from "../model/taxonomy.js";

export type Lang = "zh" | "en";
export type Text = Record<Lang, string>;

export type RuleCategory =
  | "funds" | "header" | "document" | "goals" | "categories" | "indicators" | "values" | "layout";

export interface RuleDocs {
  /** One line: when the rule fires. */
  summary: Text;
  /** Why a reviewer cares. */
  why: Text;
  /** A row that fails, and the same row put right. */
  fail: string;
  pass: string;
  /** The guidance the rule encodes (in Chinese); says so where it is our reading rather than the letter. */
  source: string;
  /** The same in English (without Chinese punctuation); `source` when absent. */
  sourceEn?: string;
}

export interface Finding<M extends string = string> {
  messageId: M;
  data?: Record<string, string | number>;
  /** Where the finding points; null for a whole-document finding with no place. */
  place: Place | null;
  project?: ProjectNode | null;
  /** A severity other than the rule's default for this finding (used unless configured). */
  severity?: Severity;
}

/** A rule's options as the config gives them: plain JSON values by option name. */
export type OptionValues = Record<string, unknown>;

/**
 * The options a rule takes (as ESLint rules do): `"rules": { "value-satisfaction": ["warning",
 * { "floor": 85 }] }` in perfgoal.config.json. Each has a default, a description and a schema;
 * the schema is built with the zod the config loader brings, so a rule never loads zod itself.
 */
export interface RuleOptions<O extends OptionValues> {
  /** The values a run uses where the config sets none. */
  defaults: O;
  /** What each option sets, for `perfgoal explain` and the docs. */
  describe: { [K in keyof O]: Text };
  /** Each option's schema (unknown options are refused by the loader). */
  shape(zod: typeof z): { [K in keyof O]: z.ZodType<O[K]> };
}

export interface RuleContext<M extends string = string, O extends OptionValues = OptionValues> {
  document: DocumentNode;
  profile: Profile;
  /** The language of the run, for data a message lists in words. */
  lang: Lang;
  /** The rule's options: its defaults with what the config sets on top. */
  options: O;
  report(finding: Finding<M>): void;
}

export interface Rule<M extends string = string, O extends OptionValues = OptionValues> {
  id: string;
  severity: Severity;
  category: RuleCategory;
  /**
   * `project` (default): the rule looks at one table at a time, and runs as each table is read.
   * `document`: it needs the whole document (all project names, all unplaced cells), and runs
   * once at the end over projects without their indicators.
   */
  scope?: "project" | "document";
  messages: Record<M, Text>;
  docs: RuleDocs;
  /** The options the rule takes, if any. */
  options?: RuleOptions<O>;
  check(context: RuleContext<M, O>): void;
}

/** Identity with types: keeps a rule's message ids checked against its reports, and its options against their use. */
export function createRule<M extends string, O extends OptionValues = OptionValues>(rule: Rule<M, O>): Rule<M, O> {
  return rule;
}

/** Templates split once into text and placeholder names (messages are formatted thousands of times). */
const compiled = new Map<string, string[]>();

/** A value put into a message is shortened past this (a cell can hold megabytes). */
const MAX_VALUE = 80;

function shorten(value: string | number): string {
  const text = String(value);
  return text.length > MAX_VALUE ? `${text.slice(0, MAX_VALUE)}…` : text;
}

/** `{name}` placeholders filled from data. */
export function format(template: string, data: Record<string, string | number> = {}): string {
  let parts = compiled.get(template);
  if (!parts) compiled.set(template, (parts = template.split(/\{(\w+)\}/)));
  let out = parts[0];
  for (let i = 1; i < parts.length; i += 2) {
    const key = parts[i];
    out += (key in data ? shorten(data[key]) : `{${key}}`) + parts[i + 1];
  }
  return out;
}

/** A rule's source in the run's language. */
export function sourceIn(docs: RuleDocs, lang: Lang): string {
  return lang === "en" ? docs.sourceEn ?? docs.source : docs.source;
}
