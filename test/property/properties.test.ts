/**
 * Properties over generated declarations and mutated fixtures (fixed seed; a longer run:
 * `npm run test:properties`, with PERFGOAL_FC_RUNS and PERFGOAL_FC_SEED).
 */
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { check, parse } from "../../src/index.js";
import { buildDocument } from "../../src/model/builder/index.js";
import { writeFlat } from "../../src/convert/flat.js";
import { readFlat } from "../../src/convert/flat-read.js";
import { allFixtures, fixtureText } from "../support/fixtures.js";
import { declarationArb, mutate, mutationArb, render } from "./generate.js";

const runs = Number(process.env.PERFGOAL_FC_RUNS ?? 60);
const seed = Number(process.env.PERFGOAL_FC_SEED ?? 20241128);
const options = { numRuns: runs, seed };

const fixtures = allFixtures().map((name) => fixtureText(name));

describe("generated declarations", () => {
  it("read back as they were written, whatever the layout", () => {
    fc.assert(fc.property(declarationArb, (g) => {
      const { document } = parse(render(g));
      expect(document.diagnostics).toEqual([]);
      expect(document.projects).toHaveLength(1);
      const [p] = document.projects;
      expect(p.name).toBe(g.name);
      expect(p.indicators.map((i) => ({ level1: i.level1, level2: i.level2, name: i.name, value: stripText(i.value) })))
        .toEqual(g.indicators.map((i) => ({ level1: i.level1, level2: i.level2, name: i.name, value: i.value })));
    }), options);
  });

  it("fund sums in fen agree with an independent BigInt computation", () => {
    fc.assert(fc.property(declarationArb, (g) => {
      const text = render(g);
      const { document, diagnostics } = check(text);
      const f = g.funds;
      const toYuan = (fen: bigint) => Number(fen) / 100;
      expect(document.projects[0].funds).toMatchObject({
        unit: f.unit,
        annualAppropriation: toYuan(f.appropriation),
        annualCarryOver: toYuan(f.carryOver),
        annualOther: toYuan(f.other),
      });
      // Independently: re-read the written decimal strings as BigInt fen and compare the sum.
      const amounts = [...text.matchAll(/(?:年度资金申请总额|当年财政拨款|上年结转资金|其他资金)\t([-\d,.]+)/g)].map((m) => m[1]);
      // 元 with two decimals and 万元 with six are both whole fen once the point is dropped.
      const scale = f.unit === "元" ? 2 : 6;
      const asFen = (s: string) => {
        const [whole, frac = ""] = s.replace(/[,-]/g, "").split(".");
        const value = BigInt(whole + frac.padEnd(scale, "0").slice(0, scale));
        return s.startsWith("-") ? -value : value;
      };
      const [total, appropriation, carryOver, other] = amounts.map(asFen);
      const mismatch = total !== appropriation + carryOver + other;
      expect(diagnostics.some((d) => d.ruleId === "funds-annual-sum")).toBe(mismatch);
    }), options);
  });

  it("the canonical TSV and CSV read back into the same model, findings included", () => {
    fc.assert(fc.property(declarationArb, (g) => {
      const { document } = parse(render(g));
      expect(readFlat(writeFlat([document], "tsv"), "tsv").documents).toEqual([document]);
      expect(readFlat(writeFlat([document], "csv", true), "csv").documents).toEqual([document]);
    }), options);
  });
});

describe("mutated fixtures", () => {
  it("parse and check never throw, every cell is placed or reported, JSON stays valid", () => {
    fc.assert(fc.property(fc.constantFrom(...fixtures), mutationArb, (text, mutations) => {
      const mutated = mutate(text, mutations);
      const model = buildDocument(mutated, { path: "m.txt", encoding: "utf-8" });
      expect(model.placedCount + model.unplaced.length).toBe(model.cellCount);
      const result = check(mutated);
      expect(JSON.parse(JSON.stringify(result))).toEqual(JSON.parse(JSON.stringify(result)));
      for (const d of result.diagnostics) {
        expect(d.line === null || d.line >= 1).toBe(true);
        expect(d.message.length).toBeGreaterThan(0);
      }
    }), { ...options, numRuns: runs * 2 });
  });

  it("arbitrary text never throws", () => {
    fc.assert(fc.property(fc.string({ maxLength: 400 }), (text) => {
      const result = check(text);
      expect(result.errorCount + result.warningCount + result.infoCount).toBe(result.diagnostics.length);
    }), options);
  });
});

function stripText<T extends { kind: string }>(value: T): unknown {
  if (value.kind !== "quantitative") return value;
  const { text: _text, ...rest } = value as T & { text: string };
  return rest;
}
