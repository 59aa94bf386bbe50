/**
 * What a worker does with a task: the same reading and checking as the single-threaded run
 * (pipeline.ts), its result made plain data. A part's document-wide findings are left out:
 * those rules run once, in the main thread, over the whole document (assemble.ts).
 */
import { checkSteps, convertSteps, runSteps } from "../pipeline.js";
import { openInput, type TextSource } from "../read/source.js";
import { fullProject, type FullProject } from "../report/projects.js";
import { RULES } from "../rules/index.js";
import { readFlatInto } from "../convert/flat-read.js";
import { flatFormatOf } from "../convert/flat-source.js";
import type { ConvertSink } from "../convert/sink.js";
import type { Diagnostic, Project } from "../model/schema.js";
import { partSource } from "./part-source.js";
import type { CheckedFile, CheckedPart, ConvertedFile, ConvertedPart, Opened, SinkEvent, Task, WorkerSetup } from "./protocol.js";

/** The rules that run over a whole document (the main thread runs them for a file read in parts). */
export const DOCUMENT_RULE_IDS: ReadonlySet<string> = new Set(RULES.filter((rule) => rule.scope === "document").map((rule) => rule.id));

const ofTables = (diagnostics: Diagnostic[]) => diagnostics.filter((d) => !DOCUMENT_RULE_IDS.has(d.ruleId));

async function open(path: string, setup: WorkerSetup): Promise<{ source: TextSource; opened: Opened }> {
  const source = await openInput({ path, stdin: false }, setup.encoding);
  return { source, opened: { encoding: source.encoding, notes: source.notes, invalidBytes: source.invalidBytes } };
}

function check(source: TextSource, setup: WorkerSetup, head?: Extract<Task, { kind: "part" }>["head"]) {
  const full: FullProject[] | undefined = setup.needsProjects ? [] : undefined;
  const checked = runSteps(checkSteps(source, setup, full && ((project) => full.push(fullProject(project))), head));
  return { ...checked, ...(full ? { full } : {}) };
}

export async function checkFile(path: string, setup: WorkerSetup): Promise<CheckedFile> {
  const { source, opened } = await open(path, setup);
  const checked = check(source, setup);
  return { ...opened, ...checked, ...(setup.needsText ? { text: source.wholeText() } : {}) };
}

export function checkPart(task: Extract<Task, { kind: "part" }>, setup: WorkerSetup): CheckedPart {
  const checked = check(partSource(task.path, task.encoding, task), setup, task.head);
  return { ...checked, diagnostics: ofTables(checked.diagnostics) };
}

/** A sink that keeps what it is given, to be written in order by the main thread. */
export function recordingSink(events: SinkEvent[]): ConvertSink {
  return {
    startDocument: (start) => { events.push(["start", start]); },
    project: (project) => { events.push(["project", project]); },
    endDocument: (diagnostics) => { events.push(["end", diagnostics]); },
    end: () => {},
  };
}

export async function convertFile(path: string, setup: WorkerSetup): Promise<ConvertedFile> {
  const { source, opened } = await open(path, setup);
  const events: SinkEvent[] = [];
  const sink = recordingSink(events);
  const flat = flatFormatOf(source);
  if (flat) readFlatInto(source.pieces(), flat, sink);
  else runSteps(convertSteps(source, sink, setup.lang));
  return { ...opened, events };
}

export function convertPart(task: Extract<Task, { kind: "part" }>, setup: WorkerSetup): ConvertedPart {
  const projects: Project[] = [];
  let findings: Diagnostic[] = [];
  const sink: ConvertSink = {
    startDocument: () => {},
    project: (project) => { projects.push(project); },
    endDocument: (diagnostics) => { findings = ofTables(diagnostics); },
    end: () => {},
  };
  const document = runSteps(convertSteps(partSource(task.path, task.encoding, task), sink, setup.lang, task.head));
  return { projects, findings, document };
}

export async function runTask(task: Task, setup: WorkerSetup): Promise<unknown> {
  if (setup.command === "check") return task.kind === "file" ? checkFile(task.path, setup) : checkPart(task, setup);
  return task.kind === "file" ? convertFile(task.path, setup) : convertPart(task, setup);
}
