/**
 * What a task is: the same reading and checking as the single-threaded run (pipeline.ts), its
 * result made plain data. A worker runs tasks, and so does the main thread between its other
 * work (pool.ts); `run` goes through a reading's steps (the main thread pauses between them
 * so that a signal is heard). A part's document-wide findings are left out: those rules run
 * once, over the whole document (assemble.ts).
 */
import { checkSteps, convertSteps, type Steps } from "../pipeline.js";
import { openInput, type TextSource } from "../read/source.js";
import { fullProject, type FullProject } from "../report/projects.js";
import { RULES } from "../rules/index.js";
import { readFlatInto } from "../convert/flat-read.js";
import { flatFormatOf } from "../convert/flat-source.js";
import type { ConvertSink } from "../convert/sink.js";
import type { Diagnostic, Project } from "../model/schema.js";
import type { DocumentHead } from "../model/builder/stream.js";
import { partSource } from "./part-source.js";
import type { CheckedFile, CheckedPart, ConvertedFile, ConvertedPart, Opened, SinkEvent, Task, WorkerSetup } from "./protocol.js";

/** Goes through a reading's steps. */
export type StepRunner = <T>(steps: Steps<T>) => T | Promise<T>;

type PartTask = Extract<Task, { kind: "part" }>;

/** The rules that run over a whole document (run once over the whole for a file read in parts). */
const DOCUMENT_RULE_IDS: ReadonlySet<string> = new Set(RULES.filter((rule) => rule.scope === "document").map((rule) => rule.id));

const ofTables = (diagnostics: Diagnostic[]) => diagnostics.filter((d) => !DOCUMENT_RULE_IDS.has(d.ruleId));

async function open(path: string, setup: WorkerSetup): Promise<{ source: TextSource; opened: Opened }> {
  const source = await openInput({ path, stdin: false }, setup.encoding);
  return { source, opened: { encoding: source.encoding, notes: source.notes, invalidBytes: source.invalidBytes } };
}

async function check(source: TextSource, setup: WorkerSetup, run: StepRunner, head?: DocumentHead) {
  const full: FullProject[] | undefined = setup.needsProjects ? [] : undefined;
  const checked = await run(checkSteps(source, setup, full && ((project) => full.push(fullProject(project))), undefined, head));
  return { ...checked, ...(full ? { full } : {}) };
}

export async function checkFile(path: string, setup: WorkerSetup, run: StepRunner): Promise<CheckedFile> {
  const { source, opened } = await open(path, setup);
  const { diagnostics, projects, document, full } = await check(source, setup, run);
  // The reports need of the document only its title.
  return { ...opened, diagnostics, projects, title: document.title, ...(full ? { full } : {}), ...(setup.needsText ? { text: source.wholeText() } : {}) };
}

export async function checkPart(task: PartTask, setup: WorkerSetup, run: StepRunner): Promise<CheckedPart> {
  const checked = await check(partSource(task.path, task.encoding, task), setup, run, task.head);
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

export async function convertFile(path: string, setup: WorkerSetup, run: StepRunner): Promise<ConvertedFile> {
  const { source, opened } = await open(path, setup);
  const events: SinkEvent[] = [];
  const sink = recordingSink(events);
  const flat = flatFormatOf(source);
  if (flat) readFlatInto(source.pieces(), flat, sink);
  else await run(convertSteps(source, sink, setup.lang));
  return { ...opened, events };
}

export async function convertPart(task: PartTask, setup: WorkerSetup, run: StepRunner): Promise<ConvertedPart> {
  const projects: Project[] = [];
  let findings: Diagnostic[] = [];
  const sink: ConvertSink = {
    startDocument: () => {},
    project: (project) => { projects.push(project); },
    endDocument: (diagnostics) => { findings = ofTables(diagnostics); },
    end: () => {},
  };
  const document = await run(convertSteps(partSource(task.path, task.encoding, task), sink, setup.lang, task.head));
  return { projects, findings, document };
}

export function runTask(task: Task, setup: WorkerSetup, run: StepRunner): Promise<unknown> {
  if (setup.command === "check") return task.kind === "file" ? checkFile(task.path, setup, run) : checkPart(task, setup, run);
  return task.kind === "file" ? convertFile(task.path, setup, run) : convertPart(task, setup, run);
}
