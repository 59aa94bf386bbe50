/**
 * Go through a reading's steps (one per table) while letting the event loop run every
 * 50 ms: a long file is read synchronously, and without a pause now and then a signal
 * (Ctrl-C) would wait for the end of the file before its handler removed `-o`'s temporary file.
 */
import type { Steps } from "../pipeline.js";

const PAUSE_EVERY_MS = 50;

export async function runStepsPausing<T>(steps: Steps<T>): Promise<T> {
  let last = Date.now();
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    if (Date.now() - last >= PAUSE_EVERY_MS) {
      await new Promise((resolve) => setImmediate(resolve));
      last = Date.now();
    }
  }
}
