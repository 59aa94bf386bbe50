/**
 * A worker thread's entry (bundled as dist/worker-main.cjs): it takes tasks one after another and
 * answers each with its result, or with why it failed — an unreadable file as the
 * single-threaded run says it, anything else as an internal error the main thread reports.
 */
import { parentPort, workerData } from "node:worker_threads";
import { InputError } from "../read/errors.js";
import type { Failure, Reply, Task, WorkerSetup } from "./protocol.js";
import { runSteps } from "../pipeline.js";
import { runTask } from "./tasks.js";

const setup = workerData as WorkerSetup;
const port = parentPort!;

function failure(error: unknown): Failure {
  if (error instanceof InputError) return { input: { path: error.path, said: error.said } };
  const e = error as Error;
  return { internal: { message: e?.message ?? String(error), stack: e?.stack } };
}

// Tasks run one at a time, in the order they came (a second one may wait here while the first runs).
let queue: Promise<void> = Promise.resolve();
port.on("message", ({ id, task }: { id: number; task?: Task }) => {
  if (!task) return; // not a task (the build's message to save the code cache: worker-loader.cjs)
  queue = queue.then(async () => {
    let reply: Reply;
    try {
      reply = { id, done: await runTask(task, setup, runSteps) };
    } catch (error) {
      reply = { id, failed: failure(error) };
    }
    try {
      port.postMessage(reply);
    } catch (error) { // a result that cannot be sent (a bug): said as one
      port.postMessage({ id, failed: failure(error) });
    }
  });
});
