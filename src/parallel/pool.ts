/**
 * The threads of a run: the main thread and up to `jobs - 1` worker threads. Every thread
 * warms up its own compiled code, so the main thread — which would otherwise only wait — takes
 * tasks too, between its other work (cutting text, writing the report). Workers start lazily,
 * one at a time: the first when a task is given, another only while every started one is busy.
 * A worker has at most DEPTH tasks at once (the next waits in the worker while one runs, so a
 * worker never waits for the main thread between tasks), and is given its tasks before the main
 * thread takes one. A task's promise settles with its result, or rejects with an InputError (the
 * file could not be read) or an Error (a bug: its message and stack).
 */
import type { Worker } from "node:worker_threads";
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { InputError } from "../read/errors.js";
import type { Failure, Reply, Task, WorkerSetup } from "./protocol.js";

const DEPTH = 2;

/**
 * node:worker_threads (with the stream modules it loads) is loaded when the first worker
 * starts: most CLI runs start none, and would pay for it at start-up.
 */
const require = createRequire(import.meta.url);
const workerThreads = () => require("node:worker_threads") as typeof import("node:worker_threads");

/** The bundled worker: beside the bundle that runs (dist/), or the built one when run from the sources (tests). */
export function workerFile(): string {
  const beside = fileURLToPath(new URL("./worker.cjs", import.meta.url));
  if (existsSync(beside)) return beside;
  const built = fileURLToPath(new URL("../../dist/worker.cjs", import.meta.url));
  if (existsSync(built)) return built;
  throw new Error("the worker bundle dist/worker.cjs is missing: run `npm run build`");
}

interface Slot {
  worker: Worker;
  busy: number;
}

interface Job {
  task: Task;
  resolve: (value: unknown) => void;
  reject: (error: Error) => void;
}

export function failureError(failure: Failure): Error {
  if ("input" in failure) return new InputError(failure.input.path, failure.input.said);
  const error = new Error(failure.internal.message);
  if (failure.internal.stack) error.stack = failure.internal.stack;
  return error;
}

export interface PoolOptions {
  /** Threads at once, the main thread included when it takes tasks (`inline`). */
  jobs: number;
  setup: WorkerSetup;
  /** How the main thread runs a task itself; without it, only workers do. */
  inline?: (task: Task) => Promise<unknown>;
  /** The worker's bundle (tests give others). */
  file?: string;
}

export class Pool {
  private readonly slots: Slot[] = [];
  private readonly queue: Job[] = [];
  private readonly running = new Map<number, Job & { slot: Slot }>();
  private readonly maxWorkers: number;
  private inlineBusy = false;
  private nextId = 0;
  private closing = false;
  private file?: string;
  /** Workers started so far (a run that never needed one started none). */
  started = 0;

  constructor(private readonly options: PoolOptions) {
    this.maxWorkers = Math.max(options.inline ? options.jobs - 1 : options.jobs, options.inline ? 0 : 1);
    this.file = options.file;
  }

  run<T>(task: Task): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      this.queue.push({ task, resolve: resolve as (value: unknown) => void, reject });
      this.pump();
    });
  }

  /** Stop every worker (their tasks are no longer wanted). */
  async close(): Promise<void> {
    this.closing = true;
    await Promise.all(this.slots.splice(0).map((slot) => slot.worker.terminate()));
  }

  private pump(): void {
    while (this.queue.length > 0 && !this.closing) {
      const least = this.slots.reduce<Slot | undefined>((best, s) => (!best || s.busy < best.busy ? s : best), undefined);
      if (least && least.busy === 0) this.post(least);
      else if (this.slots.length < this.maxWorkers) this.post(this.spawn());
      else if (least && least.busy < DEPTH) this.post(least);
      else if (this.options.inline && !this.inlineBusy) this.runInline();
      else return;
    }
  }

  private post(slot: Slot): void {
    const job = this.queue.shift()!;
    const id = this.nextId++;
    slot.busy++;
    this.running.set(id, { ...job, slot });
    slot.worker.postMessage({ id, task: job.task });
  }

  /** The main thread's turn: after the events waiting now (replies, signals), so they are not held up. */
  private runInline(): void {
    const job = this.queue.shift()!;
    this.inlineBusy = true;
    setImmediate(() => {
      this.options.inline!(job.task).then(job.resolve, job.reject).finally(() => {
        this.inlineBusy = false;
        this.pump();
      });
    });
  }

  private spawn(): Slot {
    this.file ??= workerFile();
    const worker = new (workerThreads().Worker)(this.file, { workerData: this.options.setup });
    const slot: Slot = { worker, busy: 0 };
    this.started++;
    worker.on("message", (reply: Reply) => {
      const job = this.running.get(reply.id);
      if (!job) return;
      this.running.delete(reply.id);
      slot.busy--;
      if ("failed" in reply) job.reject(failureError(reply.failed));
      else job.resolve(reply.done);
      this.pump();
    });
    const lost = (error: Error) => {
      if (this.closing) return;
      const at = this.slots.indexOf(slot);
      if (at >= 0) this.slots.splice(at, 1);
      for (const [id, job] of this.running) {
        if (job.slot !== slot) continue;
        this.running.delete(id);
        job.reject(error);
      }
      this.pump();
    };
    worker.on("error", lost);
    worker.on("exit", (code) => lost(new Error(`a worker thread stopped (exit code ${code})`)));
    this.slots.push(slot);
    return slot;
  }
}
