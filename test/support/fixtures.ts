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
 * A document as a flat table carries it: without how each table was read (`layout`), which
 * the flat columns do not hold (a table read back from a flat file was not laid out as text).
 */
export function withoutLayout<T extends { projects: Array<{ layout?: unknown }> }>(document: T): T {
  return { ...document, projects: document.projects.map(({ layout: _layout, ...rest }) => rest) };
}
