/**
 * Temporary folders for tests, removed when the test file ends: a test run leaves nothing in
 * the temp folder (test/support/global-setup.ts checks).
 */
import { afterAll } from "vitest";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const made: string[] = [];

afterAll(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A new empty folder under the temp folder, removed after the test file. */
export function tempDir(prefix = "perfgoal-"): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}
