/** The flat table reads back into the same model. */
import { describe, expect, it } from "vitest";
import { parse } from "../../src/index.js";
import { writeFlat, type FlatFormat } from "../../src/convert/flat.js";
import { readFlat, detectFlat } from "../../src/convert/flat-read.js";
import { allFixtures, fixtureBytes } from "../support/fixtures.js";

const documents = allFixtures().filter((f) => !f.startsWith("encoding/")).map((name) => parse(fixtureBytes(name), { path: name }).document);

describe.each(["tsv", "csv", "markdown"] as FlatFormat[])("%s", (format) => {
  const text = writeFlat(documents, format);
  it("is recognised by its header", () => expect(detectFlat(text)).toBe(format));
  it("reads back into the same model", () => {
    expect(readFlat(text, format).documents).toEqual(documents);
  });
  it("has one row per indicator (and one per project without any), one per finding", () => {
    const rows = documents.flatMap((d) => d.projects).reduce((n, p) => n + Math.max(1, p.indicators.length), 0)
      + documents.reduce((n, d) => n + d.diagnostics.length + (d.projects.length + d.diagnostics.length === 0 ? 1 : 0), 0);
    const lines = text.trimEnd().split(/\r?\n/).length - (format === "markdown" ? 2 : 1);
    expect(lines).toBe(rows);
  });
});

it("keeps tabs, newlines, pipes, quotes and commas in cells", () => {
  const tricky = documents[0];
  const doc = { ...tricky, projects: [{ ...tricky.projects[0], goals: { overall: "a\tb|c\"d,e\\n", annual: "第一行\n第二行" } }] };
  for (const format of ["tsv", "csv", "markdown"] as FlatFormat[]) {
    expect(readFlat(writeFlat([doc], format), format).documents[0].projects[0].goals).toEqual(doc.projects[0].goals);
  }
});
