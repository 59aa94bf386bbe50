/**
 * The CLI's inputs with `--jobs`: read by threads when the run is worth it (run.ts),
 * else by the single-threaded loader as without workers; what the reader says about a file
 * (notes, bytes not valid in its encoding) is said as the run reaches the file, in input order.
 */
import type { Source } from "../read/input.js";
import type { InputError } from "../read/errors.js";
import type { Lang } from "../engine/rule.js";
import { loadInputs, sayOpened } from "../cli/inputs.js";
import type { Progress } from "../cli/progress.js";
import { inWorkers, wantsWorkers, type Handed, type Mode } from "./run.js";

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
