/** Fixtures of the project (never ../shared). */
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";

export const ROOT = new URL("../../", import.meta.url).pathname;
export const FIXTURES = join(ROOT, "fixtures");
export const SEED = join(FIXTURES, "seed", "000_f9c598031c2c4aa2.txt");

export function fixtureText(relative: string): string {
  return readFileSync(join(FIXTURES, relative), "utf8");
}

export function fixtureBytes(relative: string): Buffer {
  return readFileSync(join(FIXTURES, relative));
}

/** Every declaration fixture (text files under fixtures/), relative to fixtures/. */
export function allFixtures(): string[] {
  const out: string[] = [];
  for (const dir of readdirSync(FIXTURES, { withFileTypes: true })) {
    if (!dir.isDirectory()) continue;
    for (const file of readdirSync(join(FIXTURES, dir.name))) if (/\.(txt|md)$/.test(file)) out.push(`${dir.name}/${file}`);
  }
  return out.sort();
}

/**
 * A document as a flat table carries it: without how each table was read (`layout`: a table
 * read back from a flat file was not laid out as text), and without the fields the flat
 * columns do not hold yet (notes, values as written, contact, an indicator's extra columns).
 */
export function withoutLayout<T extends { projects: Array<Record<string, unknown> & { indicators: Array<Record<string, unknown>> }> }>(document: T): T {
  const projects = document.projects.map(({ layout: _l, notes: _n, asWritten: _a, contact: _c, ...rest }) => ({
    ...rest,
    indicators: rest.indicators.map(({ longTermValue: _v, weight: _w, nature: _t, direction: _d, other: _o, ...indicator }) => indicator),
  }));
  return { ...document, projects } as T;
}
