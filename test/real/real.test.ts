/**
 * Real published declarations (fixtures/real, sources in fixtures/README.md), text and files:
 * each has a golden model and golden findings (test/golden/real/), reviewed against what a
 * careful reader takes from it (the fixture's .expected.md), and every non-empty cell ends in
 * the model or in a finding.
 */
import { readdirSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { openInput } from "../../src/read/source.js";
import { checkSource, readingFindings } from "../../src/pipeline.js";
import { projectToJson } from "../../src/model/serialize.js";
import type { Project } from "../../src/model/schema.js";
import { FIXTURES, ROOT } from "../support/fixtures.js";

const REAL = join(FIXTURES, "real");
const READABLE = /\.(txt|csv|xlsx|xls|docx|html|pdf)$/;

function fixtures(dir = REAL): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? fixtures(join(dir, entry.name)) : READABLE.test(entry.name) ? [join(dir, entry.name)] : []).sort();
}

async function read(path: string) {
  const source = await openInput({ path: relative(ROOT, path), stdin: false }, "auto");
  const projects: Project[] = [];
  const checked = checkSource(source, {}, (project) => projects.push(projectToJson(project)));
  return { source, projects, checked };
}

describe.each(fixtures())("%s", (path) => {
  const name = relative(REAL, path);
  it("reads into its golden model and findings", async () => {
    const { projects, checked } = await read(path);
    const findings = checked.diagnostics.map((d) => `${d.line ?? "-"}:${d.column ?? "-"} ${d.severity} ${d.ruleId} ${d.message}`);
    await expect(JSON.stringify({ projects, findings }, null, 2) + "\n").toMatchFileSnapshot(join(ROOT, "test", "golden", "real", `${name}.json`));
  });

  it("places every non-empty cell in the model or a finding", async () => {
    const { checked } = await read(path);
    const document = checked.document;
    expect(document.placedCount + document.unplaced.length + (document.unplacedOmitted ?? 0)).toBe(document.cellCount);
    // Cells left unplaced are reported: listed one by one, or said once for a table read without confidence.
    const reported = readingFindings(document).filter((d) => d.ruleId === "layout-unrecognized-cell").length;
    const unreadable = document.projects.filter((p) => p.layout?.unreadable).length;
    if (document.unplaced.length > 0 && unreadable === 0 && document.projects.length > 0) expect(reported).toBeGreaterThan(0);
  });
});
