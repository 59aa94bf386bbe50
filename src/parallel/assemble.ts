/**
 * A file read in parts, put back together as the reading of the whole gives it: the document
 * as the document-wide rules see it (every project, the first MAX_UNPLACED_LISTED unplaced
 * cells and the count of the rest, the cells counted), those rules run once over it, and the
 * findings sorted as one reading sorts them (a stable sort: equal places keep the order the
 * tables came in).
 */
import { MAX_UNPLACED_LISTED, type CheckedText, type CheckOptions } from "../pipeline.js";
import type { DocumentNode } from "../model/nodes.js";
import type { Diagnostic } from "../model/schema.js";
import { READING_MESSAGES, READING_RULES, runRules, sortDiagnostics } from "../engine/run.js";
import type { Lang } from "../engine/rule.js";
import { RULES } from "../rules/index.js";
import type { FullProject } from "../report/projects.js";
import type { ConvertSink } from "../convert/sink.js";
import type { CheckedPart, ConvertedPart } from "./protocol.js";

const documentRules = RULES.filter((rule) => rule.scope === "document");
const documentReadingRules = documentRules.filter((rule) => READING_RULES.includes(rule.id));

/** The whole document from its parts' documents, in order (the first part read the text before the first table). */
export function wholeDocument(parts: readonly DocumentNode[]): DocumentNode {
  const first = parts[0];
  const whole: DocumentNode = { ...first, projects: [], unplaced: [], unplacedOmitted: 0, cellCount: 0, placedCount: 0, text: "" };
  // Labels are counted once the reading has seen a row (a text of no rows has no count).
  const counted = parts.filter((p) => p.labelCount !== undefined);
  if (counted.length > 0) whole.labelCount = counted.reduce((n, p) => n + p.labelCount!, 0);
  for (const part of parts) {
    for (const project of part.projects) whole.projects.push(project);
    for (const cell of part.unplaced) {
      if (whole.unplaced.length < MAX_UNPLACED_LISTED) whole.unplaced.push(cell);
      else whole.unplacedOmitted! += 1;
    }
    whole.unplacedOmitted! += part.unplacedOmitted ?? 0;
    whole.cellCount += part.cellCount;
    whole.placedCount += part.placedCount;
  }
  return whole;
}

export type CheckedWhole = CheckedText & { full?: FullProject[] };

export function assembleCheck(parts: readonly CheckedPart[], options: CheckOptions): CheckedWhole {
  const document = wholeDocument(parts.map((p) => p.document));
  const diagnostics: Diagnostic[] = [];
  for (const part of parts) for (const d of part.diagnostics) diagnostics.push(d);
  const run = { lang: options.lang ?? "zh", profile: options.profile ?? "auto", levels: options.levels, ruleOptions: options.ruleOptions } as const;
  for (const d of runRules(document, { ...run, rules: documentRules })) diagnostics.push(d);
  const full = parts[0].full && parts.flatMap((p) => p.full!);
  return { diagnostics: sortDiagnostics(diagnostics), projects: parts.flatMap((p) => p.projects), document, ...(full ? { full } : {}) };
}

/** Convert's output for a file read in parts, written to the sink in the order one reading writes it. */
export function assembleConvert(parts: readonly ConvertedPart[], path: string, encoding: string, lang: Lang): (sink: ConvertSink) => void {
  const document = wholeDocument(parts.map((p) => p.document));
  const findings: Diagnostic[] = [];
  for (const part of parts) for (const d of part.findings) findings.push(d);
  for (const d of runRules(document, { lang, profile: "current", rules: documentReadingRules, messages: READING_MESSAGES })) findings.push(d);
  sortDiagnostics(findings);
  return (sink) => {
    sink.startDocument({ path, encoding, title: document.title });
    for (const part of parts) for (const project of part.projects) sink.project(project);
    sink.endDocument(findings);
  };
}
