/**
 * The worker pool: threads start only when a task needs one (never more than the jobs, nor than
 * the tasks at once), a file that cannot be read comes back as the InputError the
 * single-threaded run gives, a bug in a worker as an Error with its message (never a hang).
 * And which runs are worth threads at all, and how many by default.
 */
import { describe, expect, it } from "vitest";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { Pool } from "../../src/parallel/pool.js";
import { THREADS_FROM, wantsWorkers } from "../../src/parallel/run.js";
import { defaultJobs } from "../../src/parallel/jobs.js";
import type { CheckedFile, WorkerSetup } from "../../src/parallel/protocol.js";
import { InputError } from "../../src/read/errors.js";
import { tempDir } from "../support/temp.js";
import { SEED } from "../support/fixtures.js";

const setup: WorkerSetup = { command: "check", lang: "en", profile: "current", encoding: "auto", needsText: false, needsProjects: false };

describe("the pool", () => {
  it("starts a thread only when a task comes, and at most one a task", async () => {
    const pool = new Pool({ jobs: 4, setup });
    try {
      expect(pool.started).toBe(0);
      const one = await pool.run<CheckedFile>({ kind: "file", path: SEED });
      expect(one.diagnostics.length).toBeGreaterThan(0);
      expect(pool.started).toBe(1); // one task at a time: one thread
      await Promise.all([1, 2].map(() => pool.run({ kind: "file", path: SEED })));
      expect(pool.started).toBe(2);
    } finally {
      await pool.close();
    }
  });

  it("never starts more threads than its jobs", async () => {
    const pool = new Pool({ jobs: 2, setup });
    try {
      const all = await Promise.all(Array.from({ length: 6 }, () => pool.run<CheckedFile>({ kind: "file", path: SEED })));
      expect(new Set(all.map((r) => JSON.stringify(r.diagnostics))).size).toBe(1);
      expect(pool.started).toBe(2);
    } finally {
      await pool.close();
    }
  });

  it("gives back a file that cannot be read as the InputError one thread gives", async () => {
    const pool = new Pool({ jobs: 1, setup });
    try {
      const missing = join(tempDir(), "missing.txt");
      const error = await pool.run({ kind: "file", path: missing }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(InputError);
      expect((error as InputError).path).toBe(missing);
      expect((error as InputError).reasonIn("zh")).toBe("找不到该文件");
    } finally {
      await pool.close();
    }
  });

  it("gives back a bug in a worker as an Error, and a worker that dies fails its tasks", async () => {
    const dir = tempDir();
    const throwing = join(dir, "throwing.cjs");
    writeFileSync(throwing, `const { parentPort } = require("node:worker_threads");
parentPort.on("message", ({ id }) => parentPort.postMessage({ id, failed: { internal: { message: "boom", stack: "Error: boom\\n    at here" } } }));`);
    const pool = new Pool({ jobs: 1, setup, file: throwing });
    const error = await pool.run({ kind: "file", path: SEED }).then(() => new Error("no error"), (e: unknown) => e as Error);
    expect([error.message, error.stack]).toEqual(["boom", "Error: boom\n    at here"]);
    await pool.close();

    const dying = join(dir, "dying.cjs");
    writeFileSync(dying, `require("node:worker_threads").parentPort.on("message", () => { throw new Error("crash"); });`);
    const dead = new Pool({ jobs: 1, setup, file: dying });
    await expect(dead.run({ kind: "file", path: SEED })).rejects.toThrow("crash");
    await dead.close();
  });
});

describe("a run worth threads", () => {
  const dir = tempDir();
  const file = (name: string, bytes: number) => {
    const path = join(dir, name);
    writeFileSync(path, "x".repeat(bytes));
    return { path, stdin: false };
  };
  const small = file("small.txt", 1000), half = file("half.txt", THREADS_FROM / 2 + 1), large = file("large.txt", THREADS_FROM);

  it("has more than one job and enough text (THREADS_FROM bytes in all)", () => {
    expect(wantsWorkers([half, half], 2)).toBe(true);
    expect(wantsWorkers([large], 2)).toBe(true);
  });

  it("never for stdin alone (it streams in the main thread; cutting it would hold it whole)", () => {
    expect(wantsWorkers([{ path: "<stdin>", stdin: true }], 2)).toBe(false);
  });

  it("never for --jobs 1, nor for less text", () => {
    expect(wantsWorkers([half, half, large], 1)).toBe(false);
    expect(wantsWorkers([small, small, half], 2)).toBe(false);
    expect(wantsWorkers([half, new InputError("gone.txt", "no such file")], 2)).toBe(false);
  });

  it("PERFGOAL_THREADS_FROM sets another size (for measuring and tests)", () => {
    process.env.PERFGOAL_THREADS_FROM = "0";
    try {
      expect(wantsWorkers([small], 2)).toBe(true);
    } finally {
      delete process.env.PERFGOAL_THREADS_FROM;
    }
  });
});

describe("the default --jobs", () => {
  it("is the cores not busy with other work (the load average of the last minute), at least one", () => {
    expect(defaultJobs(2, 0.1)).toBe(2);
    expect(defaultJobs(2, 0.8)).toBe(1);
    expect(defaultJobs(2, 6)).toBe(1);
    expect(defaultJobs(8, 1.2)).toBe(7);
    expect(defaultJobs(4, 0)).toBe(4); // no load average (Windows): every core
  });
});
