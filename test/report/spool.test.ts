/**
 * The findings spool gives back what sorting the whole list gives (sortDiagnostics: line,
 * column, rule id, ties in the order added), whether it holds them in memory or in its
 * temporary file, for tables in order and for findings that come before the end of the run.
 */
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { FindingSpool } from "../../src/report/spool.js";
import { sortDiagnostics } from "../../src/engine/run.js";
import type { Diagnostic } from "../../src/model/schema.js";

const runs = Number(process.env.PERFGOAL_FC_RUNS ?? 200);
const seed = Number(process.env.PERFGOAL_FC_SEED ?? 20241128);

const diagnosticArb: fc.Arbitrary<Diagnostic> = fc.record({
  ruleId: fc.constantFrom("funds-missing", "goal-vague", "value-unparsed", "layout-unrecognized-cell"),
  severity: fc.constantFrom("error", "warning", "info") as fc.Arbitrary<Diagnostic["severity"]>,
  message: fc.constantFrom("年度目标“不少于120次”", "a \"quoted\" message\nwith a line break", "\ud800 lone"),
  line: fc.option(fc.integer({ min: 1, max: 40 }), { nil: null }),
  column: fc.option(fc.integer({ min: 1, max: 5 }), { nil: null }),
  project: fc.option(fc.constantFrom("党建经费", "专户项目经费"), { nil: null }),
});
/** Batches as tables give them: each sorted, most after the one before, some not. */
const batchesArb = fc.array(fc.array(diagnosticArb, { maxLength: 8 }).map((list) => sortDiagnostics(list)), { maxLength: 12 });

describe("findings spool", () => {
  it.each([["in memory", 1_000_000], ["in its temporary file", 0], ["spilled on the way", 5]])("reads back the sorted list (%s)", (_how, spillAfter) => {
    fc.assert(fc.property(batchesArb, (batches) => {
      const spool = new FindingSpool(spillAfter);
      try {
        for (const batch of batches) spool.add(batch);
        const all = sortDiagnostics(batches.flat());
        expect([...spool.serialized()]).toEqual(all.map((d) => JSON.stringify(d)));
        expect([...spool.findings()]).toEqual(all);
        expect(spool.counts).toEqual({ error: count(all, "error"), warning: count(all, "warning"), info: count(all, "info") });
        expect(spool.size).toBe(all.length);
      } finally {
        spool.close();
      }
    }), { numRuns: runs, seed });
  });

  it("reads a file of many blocks back whole (characters of several bytes across block ends)", () => {
    const spool = new FindingSpool(100);
    try {
      const tables = Array.from({ length: 300 }, (_, t) => Array.from({ length: 100 }, (_, i): Diagnostic => (
        { ruleId: "goal-indicator-mismatch", severity: "warning", message: `年度目标承诺“不少于${t * 100 + i}次”𠀀`, line: t * 100 + i + 1, column: 1, project: `项目${t}` })));
      for (const table of tables) spool.add(table);
      expect([...spool.findings()]).toEqual(tables.flat());
    } finally {
      spool.close();
    }
  });

  it("leaves no file behind", () => {
    const before = readdirSync(tmpdir()).filter((name) => name.startsWith("perfgoal-findings-"));
    const spool = new FindingSpool(0);
    spool.add([{ ruleId: "goal-vague", severity: "warning", message: "m", line: 1, column: 1, project: null }]);
    expect([...spool.serialized()]).toHaveLength(1);
    spool.close();
    expect(readdirSync(tmpdir()).filter((name) => name.startsWith("perfgoal-findings-"))).toEqual(before);
  });
});

function count(list: Diagnostic[], severity: Diagnostic["severity"]): number {
  return list.filter((d) => d.severity === severity).length;
}
