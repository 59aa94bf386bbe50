/** `--jobs N`: how many threads read the inputs (1: the main thread alone, as without workers). */
import { availableParallelism, loadavg } from "node:os";
import { UsageError } from "../read/errors.js";

/**
 * The default: one job a core the process may use that is not busy with other work — the cores
 * less the load average of the last minute (where the system has one; 0 elsewhere), at least one.
 * A thread on a core that is busy anyway only adds its warm-up (bench/parallel.mjs: on a loaded
 * machine two threads took longer than one).
 */
export function defaultJobs(cores = availableParallelism(), load = loadavg()[0]): number {
  return Math.max(1, Math.min(cores, Math.round(cores - load)));
}

/** `--jobs` as given (absent: the default); anything but a whole number of at least 1 is a usage error (exit 2). */
export function parseJobs(option: string | undefined): number {
  if (option === undefined) return defaultJobs();
  if (!/^\d+$/.test(option) || Number(option) < 1) {
    throw new UsageError({
      zh: `--jobs ${option}：应为不小于 1 的整数（1 为单线程）`,
      en: `--jobs ${option}: expected a whole number of at least 1 (1 reads in one thread)`,
    });
  }
  return Number(option);
}
