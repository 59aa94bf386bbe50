/** Issue 11, defect 6 (the UTF-16 part): UTF-16 with a BOM over 4 MiB is streamed, not refused as binary. */
import { describe, expect, it } from "vitest";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { openSource } from "../../src/read/source.js";
import { checkSource } from "../../src/pipeline.js";
import { perfgoal } from "../support/cli.js";
import { SEED } from "../support/fixtures.js";
import { tempDir } from "../support/temp.js";

const seed = readFileSync(SEED, "utf8");

function utf16(text: string, encoding: "le" | "be"): Buffer {
  const le = Buffer.from(text, "utf16le");
  if (encoding === "le") return Buffer.concat([Buffer.from([0xff, 0xfe]), le]);
  return Buffer.concat([Buffer.from([0xfe, 0xff]), le.swap16()]);
}

describe("UTF-16 over the streaming threshold", () => {
  it("a 4.3 MB UTF-16LE file converts (exit 0), read in the same projects as the same text in UTF-8", () => {
    const dir = tempDir();
    const copies = Math.ceil(4_300_000 / Buffer.byteLength(seed, "utf16le"));
    writeFileSync(join(dir, "big16.txt"), utf16(`${seed}\n`.repeat(copies), "le"));
    const run = perfgoal(["convert", join(dir, "big16.txt")]);
    expect([run.code, run.stderr]).toEqual([0, ""]);
    const document = JSON.parse(run.stdout).documents[0];
    expect(document.encoding).toBe("utf-16le");
    expect(document.projects).toHaveLength(3 * copies);
    // (the copies but the last are followed by the next copy's summary title, a stray cell of their last table: layout differs)
    expect(document.projects[3 * copies - 1]).toEqual({ ...document.projects[2], lines: expect.any(Object), indicators: expect.any(Array), layout: expect.any(Object) });
  });

  it.each(["le", "be"] as const)("UTF-16%s read in small chunks gives the same findings as read whole", (encoding) => {
    const dir = tempDir();
    const path = join(dir, "a.txt");
    writeFileSync(path, utf16(`${seed}\n${seed}`, encoding));
    const whole = checkSource(openSource({ path, stdin: false }, "auto"), {});
    const streamed = openSource({ path, stdin: false }, "auto", { streamFrom: 100, chunk: 333 });
    expect([...streamed.pieces()].length).toBeGreaterThan(10);
    expect(streamed.encoding).toBe(`utf-16${encoding}`);
    expect(checkSource(streamed, {})).toEqual(whole);
    expect(streamed.wholeText()).toBe(`${seed}\n${seed}`);
  });
});
