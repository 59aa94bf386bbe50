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

