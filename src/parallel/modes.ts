/**
 * What check and convert make of the threads' results: a file read whole by a task, as the
 * single-threaded run would have it (its source's encoding and text, its findings), and a file
 * read in parts, put back together (assemble.ts).
 */
import type { ConvertSink } from "../convert/sink.js";
import type { DocumentNode } from "../model/nodes.js";
import { assembleCheck, assembleConvert, type CheckedWhole } from "./assemble.js";
import { workerSource, type Mode } from "./run.js";
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
