/** Run the built CLI as a user would (npm test builds it first). */
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { ROOT } from "./fixtures.js";

export const BIN = join(ROOT, "bin", "perfgoal.js");

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

export function perfgoal(args: string[], options: { input?: string | Buffer; cwd?: string; env?: Record<string, string> } = {}): Run {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd: options.cwd ?? ROOT,
    input: options.input ?? "",
    env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "", ...options.env },
    encoding: "utf8",
    maxBuffer: 512 * 1024 * 1024,
  });
  return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}
