/**
 * The test run gets a temporary folder of its own (TMPDIR), and fails if a test leaves
 * anything in it: tests leave no temporary folders behind (test/support/temp.ts cleans up).
 */
import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export default function setup(): () => void {
  const previous = process.env.TMPDIR;
  const dir = mkdtempSync(join(tmpdir(), "perfgoal-test-run-"));
  process.env.TMPDIR = dir;
  return () => {
    if (previous === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = previous;
    // A Node.js code cache the CLI may make when dist's does not match is not a leftover.
    const left = readdirSync(dir).filter((name) => !/^perfgoal-v[\d.]+-\d+\.cache$/.test(name));
    rmSync(dir, { recursive: true, force: true });
    if (left.length > 0) throw new Error(`tests left temporary files behind: ${left.join(", ")}`);
  };
}
