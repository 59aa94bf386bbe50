/** Every registered rule is complete: file, messages in both languages, docs, cases, README row. */
import { describe, expect, it } from "vitest";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { RULES } from "../../src/rules/index.js";
import { CASES } from "./cases.js";
import { ROOT } from "../support/fixtures.js";

const readme = readFileSync(join(ROOT, "README.md"), "utf8");

describe.each(RULES.map((r) => [r.id, r] as const))("%s", (id, rule) => {
  it("lives in a file of its own name", () => {
    expect(existsSync(join(ROOT, "src", "rules", `${id}.ts`))).toBe(true);
  });
  it("has a kebab-case id, a severity and a category", () => {
    expect(id).toMatch(/^[a-z]+(-[a-z]+)+$/);
    expect(["error", "warning", "info"]).toContain(rule.severity);
    expect(rule.category.length).toBeGreaterThan(0);
  });
  it("has every message in Chinese and English, with the same placeholders", () => {
    expect(Object.keys(rule.messages).length).toBeGreaterThan(0);
    for (const text of Object.values(rule.messages)) {
      expect(text.zh).toMatch(/[\u4e00-\u9fff]/);
      expect(text.en).toMatch(/^[\x20-\x7e\u4e00-\u9fff（）“”、\u2265\u2264\u00b7–…]+$/);
      // The same data fills both; English may use an English form (`labelEn` beside `label`).
      const holes = (s: string) => [...new Set([...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1].replace(/En$/, "")))].sort();
      expect(holes(text.en)).toEqual(holes(text.zh));
    }
  });
  it("has docs: summary, why, a failing and a passing row, the guidance", () => {
    for (const key of ["summary", "why"] as const) {
      expect(rule.docs[key].zh.length).toBeGreaterThan(4);
      expect(rule.docs[key].en.length).toBeGreaterThan(4);
    }
    expect(rule.docs.fail.length).toBeGreaterThan(0);
    expect(rule.docs.pass.length).toBeGreaterThan(0);
    expect(rule.docs.source.length).toBeGreaterThan(0);
  });
  it("has test cases", () => {
    expect(CASES[id]?.valid.length).toBeGreaterThan(0);
    expect(CASES[id]?.invalid.length).toBeGreaterThan(0);
  });
  it("has a row in the README's rule table, with its summary and severity (npm run readme:rules)", () => {
    const row = readme.split("\n").find((line) => line.startsWith(`| \`${id}\` |`));
    expect(row).toBeDefined();
    const [, summary, severity, category] = row!.split(" | ").map((c) => c.trim());
    expect([summary, severity.split(" ")[0], category.replace(/ \|$/, "")]).toEqual([rule.docs.summary.zh, rule.severity, rule.category]);
  });
});

it("no case is for a rule that does not exist", () => {
  expect(Object.keys(CASES).sort()).toEqual(RULES.map((r) => r.id).sort());
});
