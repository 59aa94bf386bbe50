// What the benchmarks share: one process measured (run.mjs, parallel.mjs) — wall time, and peak
// memory as the maximum resident set size the OS reports (from /usr/bin/time, else polled from
// /proc) — and the median and spread of a figure's runs.
import { spawn, spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";

const TIME = "/usr/bin/time";
export const hasTime = existsSync(TIME) && spawnSync(TIME, ["-q", "-f", "PEAK %M %x", "true"]).status === 0;

/** One run: wall milliseconds and peak RSS in KiB. */
export function once(command, argv) {
  return new Promise((resolve, reject) => {
    const start = process.hrtime.bigint();
    const child = hasTime
      ? spawn(TIME, ["-q", "-f", "PEAK %M %x", command, ...argv], { stdio: ["ignore", "ignore", "pipe"] })
      : spawn(command, argv, { stdio: ["ignore", "ignore", "pipe"] });
    let stderr = "", peak = 0;
    const poll = hasTime ? undefined : setInterval(() => {
      try {
        const hwm = /VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${child.pid}/status`, "utf8"));
        if (hwm) peak = Math.max(peak, Number(hwm[1]));
      } catch { /* exited */ }
    }, 5);
    child.stderr.on("data", (d) => { stderr += d; });
    child.on("error", reject);
    child.on("close", (status) => {
      if (poll) clearInterval(poll);
      const wall = Number(process.hrtime.bigint() - start) / 1e6;
      const report = /PEAK (\d+) (\d+)\s*$/.exec(stderr);
      if (hasTime && report) { peak = Number(report[1]); status = Number(report[2]); }
      // perfgoal exits 1 on these corpora (they have errors); anything else means it failed.
      if (status !== 0 && status !== 1) reject(new Error(`${command} ${argv.join(" ")} exited ${status}: ${stderr.slice(0, 500)}`));
      resolve({ wall, peak });
    });
  });
}

/** The median of some numbers (the mean of the middle two for an even count). */
export const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2; };

/** A figure's runs as median and spread (min–max). */
export const stats = (xs) => ({ median: median(xs), min: Math.min(...xs), max: Math.max(...xs) });
