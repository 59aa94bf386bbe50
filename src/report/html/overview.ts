/**
 * The overview of the batch, drawn on the server (it reads without the page script and
 * prints as it is): files, projects, total annual funds, findings by severity; the two
 * charts; and the table of projects, which the page script makes sortable by any column.
 */
import { formatYuan } from "../../../grammar/money.js";
import type { Lang } from "../../engine/rule.js";
import { SEVERITIES, type Batch } from "./collect.js";
import { SEVERITY_COLORS } from "./styles.js";
import { errorChart, ruleChart } from "./charts.js";
import { attr, escapeHtml, text } from "./escape.js";
import { fill, type Words } from "./words.js";

export function overview(batch: Batch, words: Words, lang: Lang, heading: string, meta: string[]): string {
  return [
    `<section id="overview" class="sheet" aria-labelledby="overview-h">`,
    `<h1 id="overview-h">${text(heading)}</h1>`,
    `<p class="meta">${meta.map((m) => `<span>${m}</span>`).join("")}</p>`,
    stats(batch, words),
    `<div class="charts">`,
    `<figure><figcaption id="chart-rules">${escapeHtml(words.byRule)}<span class="note">${escapeHtml(words.byRuleNote)}</span>`,
    `<span class="legend" aria-hidden="true">${SEVERITIES.map((s) => `<span><i style="background:${SEVERITY_COLORS[s].bar}"></i>${escapeHtml(words[s])}</span>`).join("")}</span></figcaption>`,
    ruleChart(batch.rules, batch.ruleCounts, words, lang),
    `</figure>`,
    `<figure><figcaption id="chart-errors">${escapeHtml(words.byErrors)}<span class="note">${escapeHtml(words.byErrorsNote)}</span></figcaption>`,
    errorChart(batch.projects.map((p) => p.counts[0]), words),
    `</figure>`,
    `</div>`,
    projectTable(batch, words),
    `</section>`,
  ].join("\n");
}

/** Sum of the annual totals in fen, and how many projects have none. */
function annualSum(batch: Batch): { fen: number; missing: number } {
  let fen = 0, missing = 0;
  for (const p of batch.projects) {
    if (p.annualFen === null) missing++;
    else fen += p.annualFen;
  }
  return { fen, missing };
}

function stats(batch: Batch, words: Words): string {
  const unreadable = batch.files.filter((f) => f.error !== null).length;
  const { fen, missing } = annualSum(batch);
  const card = (className: string, label: string, value: string, note = "") =>
    `<div class="stat ${className}"><dt>${escapeHtml(label)}</dt><dd><span class="stat-n">${value}</span>${note ? `<small>${note}</small>` : ""}</dd></div>`;
  const [errors, warnings, infos] = batch.severityCounts;
  return [
    `<dl class="stats">`,
    card("stat-files", words.files, String(batch.files.length), unreadable ? `${escapeHtml(words.unreadable)} ${unreadable}` : ""),
    card("stat-projects", words.projectCount, String(batch.projects.length)),
    card("stat-wide stat-funds", words.annualTotal, `${formatYuan(fen)} <small class="unit">${escapeHtml(words.yuan)}</small>`,
      [escapeHtml(fill(words.about, { wan: formatYuan(Math.round(fen / 10_000)) })), missing ? `${missing} ${escapeHtml(words.annualTotalNote)}` : ""].filter(Boolean).join("；")),
    card("stat-error", words.errors, String(errors)),
    card("stat-warning", words.warnings, String(warnings)),
    card("stat-info", words.infos, String(infos)),
    `</dl>`,
  ].join("");
}

function projectTable(batch: Batch, words: Words): string {
  const several = batch.files.length > 1;
  const sortable = (label: string, kind: "number" | "text", className = "") =>
    `<th scope="col" aria-sort="none" data-sort="${kind}"${className ? ` class="${className}"` : ""}><button type="button">${escapeHtml(label)}<span class="arrow" aria-hidden="true"></span></button></th>`;
  const head = [
    sortable(words.no, "number", "num"),
    several ? sortable(words.file, "text") : "",
    sortable(words.unit, "text"),
    sortable(words.project, "text"),
    sortable(words.annual, "number", "num"),
    sortable(words.errors, "number", "num"),
    sortable(words.warnings, "number", "num"),
    sortable(words.infos, "number", "num"),
  ].join("");
  const rows = batch.projects.map((p, i) => {
    const count = (n: number, error = false) => `<td class="num${n === 0 ? " zero" : error ? " err" : ""}">${n}</td>`;
    const file = batch.files[p.file].path;
    return `<tr><td class="num">${i + 1}</td>${several ? `<td title="${attr(file)}">${text(baseName(file))}</td>` : ""}`
      + `<td>${text(p.implementer ?? "")}</td><td><a href="#p-${i}">${p.name === null ? `#${i + 1}` : text(p.name)}</a></td>`
      + `<td class="num" data-v="${p.annualFen ?? ""}">${p.annualFen === null ? "" : formatYuan(p.annualFen)}</td>`
      + `${count(p.counts[0], true)}${count(p.counts[1])}${count(p.counts[2])}</tr>`;
  });
  return [
    `<h2 id="project-table-h">${escapeHtml(words.projectTable)}<span class="sub">${escapeHtml(words.projectTableNote)}</span></h2>`,
    `<div class="table-scroll${batch.projects.length > 25 ? " tall" : ""}" role="region" aria-labelledby="project-table-h" tabindex="0">`,
    `<table class="data" id="project-table"><caption class="sr-only">${escapeHtml(words.projectTable)}</caption>`,
    `<thead><tr>${head}</tr></thead>`,
    `<tbody>${rows.join("\n")}</tbody></table></div>`,
  ].join("\n");
}

export function baseName(path: string): string {
  return path.slice(Math.max(path.lastIndexOf("/"), path.lastIndexOf("\\")) + 1);
}
