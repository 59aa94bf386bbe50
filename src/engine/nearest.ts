/**
 * The nearest of some names to what was typed, by edit distance (Damerau–Levenshtein, an
 * adjacent swap counting one), case-insensitive, the nearest first; a name that contains what
 * was typed (or is contained in it) counts as near too. Imports nothing, so the config checker
 * (bundled apart) can use it without the rule catalogue.
 */
export function nearest(typed: string, candidates: readonly string[], max = 3): string[] {
  const a = typed.trim().toLowerCase();
  if (a === "") return [];
  const limit = Math.max(2, Math.floor(a.length * 0.4));
  return candidates
    .map((c) => ({ c, d: distance(a, c.toLowerCase()) }))
    .filter(({ c, d }) => d <= limit || (a.length >= 4 && (c.toLowerCase().includes(a) || a.includes(c.toLowerCase()))))
    .sort((x, y) => x.d - y.d || (x.c < y.c ? -1 : 1))
    .slice(0, max)
    .map(({ c }) => c);
}

/** Optimal string alignment distance. */
export function distance(a: string, b: string): number {
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i++) rows.push([i]);
  for (let j = 1; j <= b.length; j++) rows[0][j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(rows[i - 1][j] + 1, rows[i][j - 1] + 1, rows[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, rows[i - 2][j - 2] + 1);
      rows[i][j] = d;
    }
  }
  return rows[a.length][b.length];
}

