/**
 * The overview's two charts as inline SVG, drawn from the counts (no chart library: they are
 * bars). Findings by rule: one bar per rule, in segments per severity, each bar a link that
 * filters the finding list. Projects by number of errors: a histogram. Both carry text labels
 * and accessible names; the numbers are printed on the bars, so colour is never the only cue.
 */
import type { Lang, Rule } from "../../engine/rule.js";
import { attr, escapeHtml } from "./escape.js";
import { SEVERITIES } from "./collect.js";
import type { Words } from "./words.js";
import { SEVERITY_COLORS } from "./styles.js";

/** Findings by rule: rules with findings, most first. */
export function ruleChart(rules: readonly Rule[], counts: ReadonlyArray<readonly [number, number, number]>, words: Words, lang: Lang): string {
  const rows = rules
    .map((rule, index) => ({ rule, index, counts: counts[index], total: counts[index][0] + counts[index][1] + counts[index][2] }))
    .filter((row) => row.total > 0)
    .sort((a, b) => b.total - a.total || a.index - b.index);
  if (rows.length === 0) return `<p class="empty">${escapeHtml(words.noFindings)}</p>`;
  const label = 232, bar = 300, gap = 8, rowHeight = 24, top = 4;
  const width = label + bar + 56;
  const height = top * 2 + rows.length * rowHeight;
  const max = Math.max(...rows.map((r) => r.total));
  const out: string[] = [
    `<svg class="chart" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="group" aria-label="${attr(words.byRule)}">`,
  ];
  rows.forEach((row, i) => {
    const y = top + i * rowHeight;
    const parts = SEVERITIES.map((severity, s) => `${row.counts[s]} ${words[severity]}`).filter((_, s) => row.counts[s] > 0).join(", ");
    out.push(`<a href="#findings" data-rule="${row.index}" aria-label="${attr(`${row.rule.id}: ${parts}`)}">`,
      `<title>${escapeHtml(`${row.rule.id} — ${row.rule.docs.summary[lang]}`)}</title>`,
      `<rect class="bar-hit" x="0" y="${y}" width="${width}" height="${rowHeight}"/>`,
      `<text class="bar-label" x="${label - gap}" y="${y + rowHeight / 2}" text-anchor="end" dominant-baseline="central">${escapeHtml(row.rule.id)}</text>`);
    let x = label;
    SEVERITIES.forEach((severity, s) => {
      const n = row.counts[s];
      if (n === 0) return;
      const w = Math.max(2, (n / max) * bar);
      out.push(`<rect x="${x.toFixed(1)}" y="${y + 5}" width="${w.toFixed(1)}" height="${rowHeight - 10}" rx="2" fill="${SEVERITY_COLORS[severity].bar}"/>`);
      x += w;
    });
    out.push(`<text class="bar-value" x="${(x + 6).toFixed(1)}" y="${y + rowHeight / 2}" dominant-baseline="central">${row.total}</text>`, "</a>");
  });
  out.push("</svg>");
  return out.join("");
}

/** How many projects have 0, 1, 2, 3, 4, 5–9 and 10 or more errors. */
export function errorBuckets(errorsPerProject: Iterable<number>): Array<{ label: string; count: number; clean: boolean }> {
  const buckets = [
    { label: "0", min: 0, max: 0 }, { label: "1", min: 1, max: 1 }, { label: "2", min: 2, max: 2 },
    { label: "3", min: 3, max: 3 }, { label: "4", min: 4, max: 4 }, { label: "5–9", min: 5, max: 9 },
    { label: "10+", min: 10, max: Infinity },
  ].map((b) => ({ ...b, count: 0 }));
  for (const errors of errorsPerProject) buckets.find((b) => errors >= b.min && errors <= b.max)!.count++;
  return buckets.map((b) => ({ label: b.label, count: b.count, clean: b.max === 0 }));
}

export function errorChart(errorsPerProject: Iterable<number>, words: Words): string {
  const buckets = errorBuckets(errorsPerProject);
  const left = 40, bottom = 44, top = 22, plot = 180, step = 56, barWidth = 36;
  const width = left + buckets.length * step + 8;
  const height = top + plot + bottom;
  const max = Math.max(1, ...buckets.map((b) => b.count));
  const description = buckets.map((b) => `${b.label} ${words.errorsAxis}: ${b.count}`).join("; ");
  const out: string[] = [
    `<svg class="chart" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-label="${attr(`${words.byErrors}. ${description}`)}">`,
    `<line class="axis" x1="${left}" y1="${top + plot}" x2="${width - 4}" y2="${top + plot}"/>`,
  ];
  buckets.forEach((b, i) => {
    const h = b.count === 0 ? 0 : Math.max(2, (b.count / max) * plot);
    const x = left + i * step + (step - barWidth) / 2;
    const color = b.clean ? SEVERITY_COLORS.clean.bar : SEVERITY_COLORS.error.bar;
    if (h > 0) out.push(`<rect x="${x}" y="${(top + plot - h).toFixed(1)}" width="${barWidth}" height="${h.toFixed(1)}" rx="2" fill="${color}"/>`);
    out.push(`<text class="bar-value" x="${x + barWidth / 2}" y="${(top + plot - h - 6).toFixed(1)}" text-anchor="middle">${b.count}</text>`,
      `<text class="bar-label" x="${x + barWidth / 2}" y="${top + plot + 16}" text-anchor="middle">${escapeHtml(b.label)}</text>`);
  });
  out.push(`<text class="axis-title" x="${left + (buckets.length * step) / 2}" y="${height - 6}" text-anchor="middle">${escapeHtml(words.errorsAxis)}</text>`,
    `<text class="axis-title" x="12" y="${top + plot / 2}" text-anchor="middle" transform="rotate(-90 12 ${top + plot / 2})">${escapeHtml(words.projectsAxis)}</text>`,
    "</svg>");
  return out.join("");
}
