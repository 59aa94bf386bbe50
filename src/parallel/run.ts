/**
 * A run's inputs read by threads (pool.ts: the main thread and worker threads), handed on in
 * the order of the inputs, each with its result (`done`) — or, for what the main thread is to
 * read as the single-threaded run does, as that run's loader hands it on (a source to read, or
 * the InputError of a file that cannot be read).
 *
 * - A run of little text (wantsWorkers: under THREADS_FROM bytes in all) is not given to this at
 *   all: a thread warms up its own compiled code and caches, which costs more than such a run
 *   saves (bench/parallel.mjs measures where threads start to pay).
 * - A file is a task whole; a large text (a file of SPLIT_FROM bytes and more) is cut
 *   into parts at table boundaries (split.ts), one task a part, and put back together
 *   (assemble.ts). A large text that cannot be cut (one table, no line to cut at) is handed on
 *   to be read whole, as is stdin (it streams in the main thread: cutting it would hold it whole).
 * - At most WINDOW_PER_JOB files a job are under way ahead of the one handed on, and about
 *   `jobs + 1` parts of a file wait for a thread, so memory stays bounded on a batch of any size.
 */
import { statSync } from "node:fs";
import type { Source } from "../read/input.js";
import { readHead } from "../read/input.js";
import { InputError } from "../read/errors.js";
import { openInput, type TextSource } from "../read/source.js";
import { formatOf, SNIFF_BYTES } from "../read/files/index.js";
import { textChunks } from "../read/layouts/index.js";
import { flatFormatOf } from "../convert/flat-source.js";
import type { Loaded } from "../cli/inputs.js";
import { Pool } from "./pool.js";
import { runTask } from "./tasks.js";
import { runStepsPausing } from "../cli/steps.js";
import { splitText, type Part } from "./split.js";
import { headOf } from "./part-source.js";
import type { Opened, WorkerSetup } from "./protocol.js";
import type { DocumentHead } from "../model/builder/stream.js";

/**
 * A run with less text than this in all is read by the main thread alone: every thread warms up
 * its own compiled code and caches, which costs about what 4 MB of text saves on a second core
 * (bench/parallel.mjs measures where threads start to pay). PERFGOAL_THREADS_FROM (bytes) sets
 * another size, for measuring that and for tests.
 */
export const THREADS_FROM = 4 * 1024 * 1024;
/** In a run that has threads, a text this large is cut into parts. */
export const SPLIT_FROM = 1024 * 1024;

function threadsFrom(): number {
  const set = process.env.PERFGOAL_THREADS_FROM;
  return set !== undefined && /^\d+$/.test(set) ? Number(set) : THREADS_FROM;
}
/**
 * Parts are of about a sixteenth of the text a job, between PART_MIN and PART_MAX characters: many
 * enough that the threads end together (a thread takes the next part as it is done), large
 * enough that a part's message and restart cost nothing, small enough that the main thread,
 * which reads parts too, is never long away from its other work.
 */
const PART_MIN = 64 * 1024;
const PART_MAX = 256 * 1024;
/** Text held without a place to cut before the main thread gives up cutting and reads it as it streams (no table is this long: unrelated text, or no titles). */
const HOLDING = 1024 * 1024;
/** The most threads a run starts (more than the machine's cores gains nothing). */
export const MAX_JOBS = 64;

/** One input, as the run hands it on. */
export interface Handed<R> extends Loaded {
  /** What the workers made of it; absent when the main thread reads `source` itself. */
  done?: R;
}

/** How a command turns what the workers send back into its result. */
export interface Mode<R> {
  setup: WorkerSetup;
  /** A whole file's result: the source as the command sees it (encoding, text), and the result. */
  file(reply: unknown, path: string): { source: TextSource; done: R };
  /** A file read in parts (`replies` in order); `source` is the file as the main thread opened it. */
  parts(replies: unknown[], source: TextSource): R;
}

export interface RunOptions {
  jobs: number;
  /** Called with each chunk of bytes the main thread reads (progress). */
  onBytes?: (n: number) => void;
}

const WINDOW_PER_JOB = 4;

/**
 * Whether a run is worth threads: more than one job, and THREADS_FROM bytes of input in all.
 * Stdin is always read in the main thread, as it streams: cutting it would mean holding it whole.
 */
export function wantsWorkers(entries: ReadonlyArray<Source | InputError>, jobs: number): boolean {
  if (jobs <= 1) return false;
  const files = entries.filter((e): e is Source => !(e instanceof InputError));
  const from = threadsFrom();
  let bytes = 0;
  for (const file of files) {
    bytes += sizeOf(file.path);
    if (bytes >= from) return true;
  }
  return false;
}

function sizeOf(path: string): number {
  try { return statSync(path).size; } catch { return 0; }
}

/** A source for a file a worker read: what the reports need of it (its encoding, its text). */
export function workerSource(path: string, opened: Opened, text: string | undefined): TextSource {
  const whole = () => {
    if (text === undefined) throw new Error(`internal: the text of ${path} was not sent back by its worker`);
    return text;
  };
  return {
    path, encoding: opened.encoding, invalidBytes: opened.invalidBytes, notes: opened.notes,
    pieces: () => [whole()], rows: () => { throw new Error("internal: a file read by a worker is not read again"); }, wholeText: whole,
  };
}

export async function* inWorkers<R>(entries: ReadonlyArray<Source | InputError>, mode: Mode<R>, options: RunOptions): AsyncGenerator<Handed<R>> {
  const jobs = Math.min(options.jobs, MAX_JOBS);
  // The main thread takes tasks too (pausing between tables, so that a signal is heard).
  const pool = new Pool({ jobs, setup: mode.setup, inline: (task) => runTask(task, mode.setup, runStepsPausing) });
  const pending: Array<Promise<Handed<R>>> = [];

  const whole = async (path: string): Promise<Handed<R>> => ({ path, ...mode.file(await pool.run({ kind: "file", path }), path) });

  /** A large text: cut and read in parts, or handed on for the main thread to read whole. */
  const cut = async (path: string, source: TextSource, size: number): Promise<Handed<R>> => {
    if (mode.setup.command === "convert" && flatFormatOf(source)) return { path, source };
    const target = Math.max(PART_MIN, Math.min(PART_MAX, Math.ceil(size / (jobs * 16))));
    const sent: Array<Promise<unknown>> = [];
    let held: Part | undefined, head: DocumentHead | undefined;
    const send = (part: Part) => {
      const reply = pool.run({ kind: "part", path, encoding: source.encoding, chunks: part.chunks, start: part.start, ...(head ? { head } : {}) });
      reply.catch(() => {}); // awaited in order below
      sent.push(reply);
    };
    for (const part of splitText(textChunks(source.pieces()), target, HOLDING)) {
      if (part === null) return { path, source }; // nowhere to cut: read whole
      if (held) {
        send(held);
        head ??= headOf(held); // every part after the first starts with what the text before its first table said
        // Parts wait for a worker a few at a time (each holds its text).
        if (sent.length > jobs) await sent[sent.length - 1 - jobs];
      }
      held = part;
      await new Promise((resolve) => setImmediate(resolve)); // signals and replies are heard between parts
    }
    if (sent.length === 0) return { path, source }; // one part: a worker would save nothing
    send(held!);
    return { path, source, done: mode.parts(await Promise.all(sent), source) };
  };

  const start = async (entry: Source | InputError): Promise<Handed<R>> => {
    if (entry instanceof InputError) return { path: entry.path, error: entry };
    try {
      if (entry.stdin) return { path: entry.path, source: await openInput(entry, mode.setup.encoding, { onBytes: options.onBytes }) };
      const size = sizeOf(entry.path);
      const head = size < SPLIT_FROM ? undefined : readHead(entry, SNIFF_BYTES);
      if (!head || formatOf(head, entry.path)) return await whole(entry.path);
      const source = await openInput(entry, mode.setup.encoding, { onBytes: options.onBytes });
      // A text whose start has no line break is no form to cut (a line of millions of cells): read as it streams.
      if (!head.includes(0x0a)) return { path: entry.path, source };
      return await cut(entry.path, source, size);
    } catch (error) {
      if (error instanceof InputError) return { path: entry.path, error };
      throw error;
    }
  };

  try {
    for (const entry of entries) {
      const next = start(entry);
      next.catch(() => {}); // awaited in order below
      pending.push(next);
      while (pending.length > jobs * WINDOW_PER_JOB) yield await pending.shift()!;
    }
    while (pending.length > 0) yield await pending.shift()!;
  } finally {
    await pool.close();
  }
}
