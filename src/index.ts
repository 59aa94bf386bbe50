/**
 * perfgoal as a library.
 *
 *   import { parse, check } from "perfgoal";
 *   const { document } = parse(text);            // the model, as `perfgoal convert` prints it
 *   const { diagnostics } = check(text);         // the findings, as `perfgoal check --format json`
 *   const files = await checkFiles(["区县/"]);    // a batch of files, on every core (`jobs`, as --jobs)
 */
import { checkSource, convertDocument, decodeInput, readDocument, readingFindings, type CheckOptions, type ReadOptions } from "./pipeline.js";
import { projectToJson } from "./model/serialize.js";
import { textSource } from "./read/source.js";
import { OptionsError } from "./read/errors.js";
import { checkInput, checkOptions } from "./library-options.js";
import type { DeclarationDocument, Diagnostic, Project } from "./model/schema.js";

export interface ParseResult {
  /** The model in the public JSON shape (schemaVersion 1), with the reader's diagnostics. */
  document: DeclarationDocument;
}

export interface CheckResult extends ParseResult {
  diagnostics: Diagnostic[];
  errorCount: number;
  warningCount: number;
  infoCount: number;
}

/**
 * Read declaration text (a string, or bytes in UTF-8/GB18030) into the model.
 * Throws an OptionsError naming the option when an option cannot be taken.
 */
export function parse(input: string | Uint8Array, options: ReadOptions & { lang?: "zh" | "en" } = {}): ParseResult {
  checkInput(input);
  const checked = checkOptions(options);
  const checkOnly = (["levels", "profile", "ruleOptions"] as const).find((key) => checked[key] !== undefined);
  if (checkOnly) throw new OptionsError(`options.${checkOnly}`, "is an option of check(), not parse()");
  return { document: convertDocument(readDocument(input, checked), checked.lang) };
}

/**
 * Read and check declaration text: every finding of the rule catalogue.
 * Throws an OptionsError naming the option when an option cannot be taken.
 */
export function check(input: string | Uint8Array, given: ReadOptions & CheckOptions = {}): CheckResult {
  checkInput(input);
  const options = checkOptions(given);
  const { text, encoding } = decodeInput(input, options);
  const path = options.path ?? "<input>";
  // One reading: the findings exactly as `perfgoal check` gives them, the projects as convert does.
  const projects: Project[] = [];
  const checked = checkSource(textSource(path, text, encoding), options, (project) => projects.push(projectToJson(project)));
  const { diagnostics } = checked;
  const count = (severity: string) => diagnostics.filter((d) => d.severity === severity).length;
  return {
    document: { path, encoding, title: checked.document.title, projects, diagnostics: readingFindings(checked.document, options.lang) },
    diagnostics,
    errorCount: count("error"),
    warningCount: count("warning"),
    infoCount: count("info"),
  };
}

export { checkFiles, type CheckFilesOptions, type FileCheck } from "./parallel/library.js";
export { RULES } from "./rules/index.js";
export type { Rule, RuleDocs, RuleCategory, RuleOptions, OptionValues, Lang } from "./engine/rule.js";
export type { ReadOptions, CheckOptions } from "./pipeline.js";
export {
  ConvertOutputSchema,
  DocumentSchema,
  ProjectSchema,
  IndicatorSchema,
  DiagnosticSchema,
  SCHEMA_VERSION,
} from "./model/schema.js";
export type {
  ConvertOutput,
  DeclarationDocument,
  Project,
  Funds,
  Indicator,
  IndicatorValue,
  Diagnostic,
  Severity,
} from "./model/schema.js";
export type { EncodingChoice } from "./read/decode.js";
export { InputError, OptionsError } from "./read/errors.js";
