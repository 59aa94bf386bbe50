// A process of bench/formats.mjs that times one build of perfgoal (the dist/ folder given as its
// argument), as the parent asks over IPC: { figure } makes that figure the one timed, { calls }
// times that many calls of it and answers { ms } (the milliseconds of all of them). The parent
// gives the baseline's process and the current one the same requests, in turn, so both warm up
// alike and a busy moment of the machine falls on both.
//
//   started by bench/formats.mjs: node --expose-gc bench/formats-child.mjs <dist>
import { workFor } from "./formats-figures.mjs";

const dist = process.argv[2];
let work;

process.on("message", async (request) => {
  try {
    if (request.figure !== undefined) {
      work = await workFor(dist, request.figure);
      process.send({ ready: true });
      return;
    }
    // Each round starts from a collected heap, so no round pays for the garbage of the one before.
    globalThis.gc?.();
    const start = process.hrtime.bigint(), cpuStart = process.cpuUsage();
    for (let i = 0; i < request.calls; i++) await work();
    const cpu = process.cpuUsage(cpuStart);
    process.send({ ms: Number(process.hrtime.bigint() - start) / 1e6, cpu: (cpu.user + cpu.system) / 1e3 });
  } catch (error) {
    process.send({ failed: String(error?.stack ?? error) });
  }
});
process.on("disconnect", () => process.exit(0));
