/** Rows picked from a text given in pieces are the rows of the whole text. */
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { pickLines, SourceLines } from "../../src/report/source-lines.js";

const runs = Number(process.env.PERFGOAL_FC_RUNS ?? 200);
const seed = Number(process.env.PERFGOAL_FC_SEED ?? 20241128);

const textArb = fc.array(fc.constantFrom("项目名称", "\t", "a", " ", "\n", "\r\n", "\r", "≥1(次)"), { maxLength: 80 }).map((parts) => parts.join(""));

/** The text cut into pieces after line feeds, as a streamed source gives it. */
function piecesOf(text: string, every: number): string[] {
  const lines = text.split(/(?<=\n)/);
  const out: string[] = [];
  for (let i = 0; i < lines.length; i += every) out.push(lines.slice(i, i + every).join(""));
  return out;
}

describe("pickLines", () => {
  it("gives the lines SourceLines gives, whatever the pieces", () => {
    fc.assert(fc.property(textArb, fc.array(fc.integer({ min: 0, max: 30 }), { maxLength: 10 }), fc.integer({ min: 1, max: 4 }), (text, wanted, every) => {
      const whole = new SourceLines(text);
      const picked = pickLines(piecesOf(text, every), wanted);
      for (const n of wanted) expect(picked.line(n), `line ${n}`).toBe(whole.line(n));
    }), { numRuns: runs, seed });
  });

  it("stops reading after the last line it wants", () => {
    let read = 0;
    function* pieces() { for (let i = 0; i < 1000; i++) { read++; yield "a\tb\n"; } }
    expect(pickLines(pieces(), [2]).line(2)).toBe("a\tb");
    expect(read).toBe(2);
  });
});
