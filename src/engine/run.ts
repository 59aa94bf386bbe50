/** Run the rules over a document: findings with severity, message, line, column and project. */
import type { DocumentNode } from "../model/nodes.js";
import type { Diagnostic } from "../model/schema.js";
import type { Profile } from "../model/taxonomy.js";
import { RULES } from "../rules/index.js";
import { detach } from "../model/detach.js";
import { format, type Lang, type OptionValues, type Rule, type RuleContext } from "./rule.js";
import type { Level } from "./config.js";

export interface RunOptions {
  lang: Lang;
  profile: Profile;
  /** Severity per rule id; `off` turns a rule off. */
  levels?: Record<string, Level>;
  /** Only these rules (default: all). */
  rules?: readonly Rule[];
  /** Only these messages of a rule (default: all of them). */
  messages?: Readonly<Record<string, readonly string[]>>;
  /** Options per rule id, already checked against the rule's schema (engine/rule-options.ts). */
  ruleOptions?: Readonly<Record<string, OptionValues>>;
}

const NO_OPTIONS: OptionValues = Object.freeze({});

export function runRules(document: DocumentNode, options: RunOptions): Diagnostic[] {
  const out: Diagnostic[] = [];
  // One context for all the rules of the run (it is made once a table, for every table): the
  // rule being run and its level are read when a finding is reported, as rules report while they check.
  let rule: Rule = RULES[0];
  let configured: Exclude<Level, "off"> | undefined;
  const context: RuleContext = {
    document,
    profile: options.profile,
    lang: options.lang,
    options: NO_OPTIONS,
    report(finding) {
      // A table read without confidence: the rules that need its missing part are held back.
      if (finding.project?.layout?.unreadable?.heldBack.includes(rule.category)) return;
      if (options.messages?.[rule.id] && !options.messages[rule.id].includes(finding.messageId)) return;
      const template = rule.messages[finding.messageId];
      const diagnostic: Diagnostic = {
        ruleId: rule.id,
        severity: configured ?? finding.severity ?? rule.severity,
        message: format(template[options.lang], finding.data),
        line: finding.place?.line ?? null,
        column: finding.place?.column ?? null,
        project: projectLabel(finding.project?.name ?? null),
      };
      if (finding.place?.where) diagnostic.place = finding.place.where;
      out.push(diagnostic);
    },
  };
  for (const each of options.rules ?? RULES) {
    const level = options.levels?.[each.id];
    if (level === "off") continue;
    rule = each;
    configured = level;
    context.options = each.options || options.ruleOptions?.[each.id] ? { ...each.options?.defaults, ...options.ruleOptions?.[each.id] } : NO_OPTIONS;
    each.check(context);
  }
  return sortDiagnostics(out);
}

const MAX_PROJECT_LABEL = 100;

/** The 项目名称 a finding names, shortened when a broken export made it huge. */
function projectLabel(name: string | null): string | null {
  return name !== null && name.length > MAX_PROJECT_LABEL ? `${name.slice(0, MAX_PROJECT_LABEL)}…` : detach(name);
}

/** By line, then column; findings with no place first. */
export function sortDiagnostics(list: Diagnostic[]): Diagnostic[] {
  // Plain code-unit order for ids (localeCompare would load ICU's collator: ~5 ms at start-up).
  return list.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0) || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0));
}

/** The rules whose findings `convert` carries: what the reader itself could not do. */
export const READING_RULES = ["layout-unrecognized-cell", "document-no-declaration", "layout-unreadable", "layout-conflicting-value", "funds-unit", "header-date"];
/** Of those, only the messages about reading (an amount or a date that could not be read). */
export const READING_MESSAGES: Readonly<Record<string, readonly string[]>> = { "funds-unit": ["unparsed"], "header-date": ["invalid"] };
