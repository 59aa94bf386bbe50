/**
 * What the main thread and the workers say to each other. A worker is told once what the run
 * is (`WorkerSetup`), then gets tasks — a whole file, or a part of a large text — and answers
 * each with its result or with why it failed. Everything crosses as plain data (structured clone).
 */
import type { DocumentHead } from "../model/builder/stream.js";
import type { DocumentNode } from "../model/nodes.js";
import type { Diagnostic, Project } from "../model/schema.js";
import type { Level } from "../engine/config.js";
import type { Lang, OptionValues } from "../engine/rule.js";
import type { Profile } from "../model/taxonomy.js";
import type { EncodingChoice } from "../read/decode.js";
import type { Said } from "../read/errors.js";
import type { ProjectSummary } from "../report/model.js";
import type { FullProject } from "../report/projects.js";
import type { DocumentStart } from "../convert/sink.js";
import type { PartChunk } from "./split.js";

export interface WorkerSetup {
  command: "check" | "convert";
  lang: Lang;
  profile: Profile;
  levels?: Record<string, Level>;
  ruleOptions?: Record<string, OptionValues>;
  encoding: EncodingChoice;
  /** check: send each file's text back (the pretty report shows rows). */
  needsText: boolean;
  /** check: send every project in full (the HTML report draws the forms). */
  needsProjects: boolean;
}

export type Task =
  | { kind: "file"; path: string }
  | { kind: "part"; path: string; encoding: string; chunks: PartChunk[]; start: { line: number; offset: number }; head?: DocumentHead };

/** What the opened file said about itself (written to stderr as the run reaches the file). */
export interface Opened {
  encoding: string;
  notes: string[];
  invalidBytes: number;
}

/** check, a whole file (of the document, the reports need its title only). */
export interface CheckedFile extends Opened {
  text?: string;
  diagnostics: Diagnostic[];
  projects: ProjectSummary[];
  title: string | null;
  full?: FullProject[];
}

/** check, a part: the findings of its tables (the document-wide rules run on the whole). */
export interface CheckedPart {
  diagnostics: Diagnostic[];
  projects: ProjectSummary[];
  document: DocumentNode;
  full?: FullProject[];
}

/** What convert wrote to its sink, in order. */
export type SinkEvent = ["start", DocumentStart] | ["project", Project] | ["end", Diagnostic[]];

/** convert, a whole file. */
export interface ConvertedFile extends Opened {
  events: SinkEvent[];
}

/** convert, a part: its projects and its tables' findings (the document-wide ones come from the whole). */
export interface ConvertedPart {
  projects: Project[];
  findings: Diagnostic[];
  document: DocumentNode;
}

export type Failure =
  /** A file perfgoal could not read (InputError): said as the single-threaded run says it. */
  | { input: { path: string; said: Said } }
  | { internal: { message: string; stack?: string } };

export type Reply = { id: number; done: unknown } | { id: number; failed: Failure };
