/** `perfgoal explain ID` shows every rule's source, in the run's language. */
import { describe, expect, it } from "vitest";
import { runExplain } from "../../src/cli/catalogue.js";
import { sourceIn } from "../../src/engine/rule.js";
import { RULES } from "../../src/rules/index.js";

function explained(id: string, lang: "zh" | "en"): string {
  let out = "";
  runExplain(id, { lang }, (text) => { out += text; });
  return out;
}

describe.each(RULES.map((rule) => [rule.id, rule] as const))("%s", (id, rule) => {
  it("explain shows its source in Chinese and in English", () => {
    expect(explained(id, "zh")).toContain(`依据：${rule.docs.source}`);
    expect(explained(id, "en")).toContain(`Source: ${sourceIn(rule.docs, "en")}`);
  });

  it("cites no 财预〔2020〕10号 (the evaluation rules) for the form, and no article number", () => {
    expect(`${rule.docs.source} ${sourceIn(rule.docs, "en")}`).not.toMatch(/2020〕10号|\[2020\] No\. 10|第[一二三四五六七八九十百]+条|article \d+/);
  });
});
