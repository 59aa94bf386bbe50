/**
 * The CLI's inputs with `--jobs`: read by worker threads when the run is worth it (run.ts),
 * else by the single-threaded loader as without workers; what the reader says about a file
 * (notes, bytes not valid in its encoding) is said as the run reaches the file, in input order.
 */
import type { Source } from "../read/input.js";
import type { InputError } from "../read/errors.js";
import type { Lang } from "../engine/rule.js";
import type { ConvertSink } from "../convert/sink.js";
import type { DocumentNode } from "../model/nodes.js";
import { loadInputs, sayOpened } from "../cli/inputs.js";
import type { Progress } from "../cli/progress.js";
import { assembleCheck, assembleConvert, type CheckedWhole } from "./assemble.js";
import { inWorkers, wantsWorkers, workerSource, type Handed, type Mode } from "./run.js";
import type { CheckedFile, CheckedPart, ConvertedFile, ConvertedPart, WorkerSetup } from "./protocol.js";

/** The document of a file read whole by a task, as the reports use it: its title. */
function titled(path: string, encoding: string, title: string | null): DocumentNode {
  return { path, encoding, title, titlePlace: null, year: null, projects: [], unplaced: [], cellCount: 0, placedCount: 0, text: "" };
}

export function checkMode(setup: WorkerSetup): Mode<CheckedWhole> {
  return {
    setup,
    file: (reply, path) => {
      const { text, diagnostics, projects, title, full, encoding } = reply as CheckedFile;
      const done = { diagnostics, projects, document: titled(path, encoding, title), ...(full ? { full } : {}) };
      return { source: workerSource(path, reply as CheckedFile, text), done };
    },
    parts: (replies) => assembleCheck(replies as CheckedPart[], setup),
  };
}

/** convert's result: written to the sink in the order a single-threaded run writes it. */
export type Replay = (sink: ConvertSink) => void;

export function convertMode(setup: WorkerSetup): Mode<Replay> {
  return {
    setup,
    file: (reply, path) => {
      const { events } = reply as ConvertedFile;
      const replay: Replay = (sink) => {
        for (const [kind, value] of events) {
          if (kind === "start") sink.startDocument(value);
          else if (kind === "project") sink.project(value);
          else sink.endDocument(value);
        }
      };
      return { source: workerSource(path, reply as ConvertedFile, undefined), done: replay };
    },
    parts: (replies, source) => assembleConvert(replies as ConvertedPart[], source.path, source.encoding, setup.lang),
  };
}

export async function* cliInputs<R>(entries: Array<Source | InputError>, jobs: number, mode: Mode<R>, lang: Lang, progress?: Progress): AsyncGenerator<Handed<R>> {
  if (!wantsWorkers(entries, jobs)) {
    yield* loadInputs(entries, mode.setup.encoding, lang, progress);
    return;
  }
  for await (const input of inWorkers(entries, mode, { jobs, onBytes: progress?.onBytes })) {
    if (input.source) sayOpened(input.path, input.source, lang);
    yield input;
  }
}
