/** CRLF, CR, BOM and GB18030 copies of the sample read as the plain UTF-8 file does. */
import { describe, expect, it } from "vitest";
import { check } from "../../src/index.js";
import { FIXTURES, fixtureBytes } from "../support/fixtures.js";
import { decode } from "../../src/read/decode.js";

const plain = check(fixtureBytes("seed/000_f9c598031c2c4aa2.txt"), { path: "x" });
const strip = (r: typeof plain) => ({ ...r.document, encoding: "", path: "" });

describe.each([
  ["encoding/seed-crlf.txt", "utf-8"],
  ["encoding/seed-cr.txt", "utf-8"],
  ["encoding/seed-bom.txt", "utf-8"],
  ["encoding/seed-gb18030.txt", "gb18030"],
])("%s", (name, encoding) => {
  const copy = check(fixtureBytes(name), { path: "x" });
  it(`is read as ${encoding}`, () => expect(copy.document.encoding).toBe(encoding));
  it("gives the same model", () => expect(strip(copy)).toEqual(strip(plain)));
  it("gives the same findings at the same lines", () => expect(copy.diagnostics).toEqual(plain.diagnostics));
});

describe("decoding", () => {
  it("--encoding forces a reading", () => {
    expect(decode(fixtureBytes("encoding/seed-gb18030.txt"), "utf-8", "x").encoding).toBe("utf-8");
  });
  it("UTF-16 with a BOM", () => {
    const text = "项目名称\t党建经费\n";
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")]);
    expect(decode(bytes, "auto", "x")).toEqual({ text, encoding: "utf-16le", invalidBytes: 0 });
  });
  it("a few stray bytes in UTF-8 stay UTF-8", () => {
    const bytes = Buffer.concat([fixtureBytes("seed/000_f9c598031c2c4aa2.txt"), Buffer.from([0xff, 0x0a])]);
    const decoded = decode(bytes, "auto", "x");
    expect([decoded.encoding, decoded.invalidBytes]).toEqual(["utf-8", 1]);
  });
  it("binary data is refused", () => {
    expect(() => decode(Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0, 0, 1]), "auto", "a.bin")).toThrow("binary data");
  });
});

describe("streamed files", () => {
  it.each(["seed/000_f9c598031c2c4aa2.txt", "encoding/seed-crlf.txt", "encoding/seed-bom.txt", "encoding/seed-cr.txt", "layouts/several-tables.txt"])(
    "%s read in small chunks gives the findings of the whole text",
    async (name) => {
      const { openSource } = await import("../../src/read/source.js");
      const { checkSource } = await import("../../src/pipeline.js");
      const path = `${FIXTURES}/${name}`;
      const whole = checkSource(openSource({ path, stdin: false }, "auto"), {});
      for (const chunk of [64, 1000]) {
        const streamed = openSource({ path, stdin: false }, "auto", { streamFrom: 0, chunk });
        expect(checkSource(streamed, {})).toEqual(whole);
        expect(streamed.wholeText()).toBe(openSource({ path, stdin: false }, "auto").wholeText());
      }
    },
  );

  it("a GB18030 file is not streamed as UTF-8", async () => {
    const { openSource } = await import("../../src/read/source.js");
    expect(openSource({ path: `${FIXTURES}/encoding/seed-gb18030.txt`, stdin: false }, "auto", { streamFrom: 0, chunk: 64 }).encoding).toBe("gb18030");
  });
});

describe("Markdown pipe tables", () => {
  it("read as the tab-separated original (same model, same findings at the same lines)", () => {
    const text = fixtureBytes("seed/000_f9c598031c2c4aa2.txt").toString("utf8");
    const piped = text.split("\n").map((l) => (l.includes("\t") ? `| ${l.split("\t").join(" | ")} |` : l)).join("\n");
    const tabbed = check(text), pipes = check(piped);
    expect(pipes.document.projects).toEqual(tabbed.document.projects);
    expect(pipes.diagnostics.map((d) => [d.ruleId, d.line])).toEqual(tabbed.diagnostics.map((d) => [d.ruleId, d.line]));
  });
});
