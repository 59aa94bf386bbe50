/**
 * The pipeline in one place: read → lex/parse → build model → run rules → report.
 * The CLI and the library API both go through here.
 */
import { buildDocument } from "./model/build/index";
import type { DocumentNode } from "./model/nodes";
import type { Diagnostic, DeclarationDocument } from "./model/schema";
import { documentToJson } from "./model/serialize";
import type { Profile } from "./model/taxonomy";
import { decode, type EncodingChoice } from "./read/decode";
import { READING_RULES, runRules } from "./engine/run";
import type { Lang } from "./engine/rule";
import type { Level } from "./engine/config";
import { RULES } from "./rules/index";

export interface ReadOptions {
  /** The path shown in reports. */
  path?: string;
  /** How bytes are decoded (strings are taken as they are). */
  encoding?: EncodingChoice;
}

/** Text or bytes → the model. */
export function readDocument(input: string | Uint8Array, options: ReadOptions = {}): DocumentNode {
  const path = options.path ?? "<input>";
  if (typeof input === "string") {
    return buildDocument(input.replace(/^\ufeff/, ""), { path, encoding: "utf-8" });
  }
  const decoded = decode(input, options.encoding ?? "auto", path);
  return buildDocument(decoded.text.replace(/^\ufeff/, ""), { path, encoding: decoded.encoding });
}

export interface CheckOptions {
  lang?: Lang;
  profile?: Profile;
  levels?: Record<string, Level>;
}

export function checkDocument(document: DocumentNode, options: CheckOptions = {}): Diagnostic[] {
  return runRules(document, { lang: options.lang ?? "zh", profile: options.profile ?? "current", levels: options.levels });
}

const readingRules = RULES.filter((rule) => READING_RULES.includes(rule.id));

/** The model as convert's JSON, with the reader's own findings (cells it could not place). */
export function convertDocument(document: DocumentNode, lang: Lang = "zh"): DeclarationDocument {
  return documentToJson(document, runRules(document, { lang, profile: "current", rules: readingRules }));
}
