/**
 * The page's other server-drawn sections: the finding list's place (the page script fills
 * it), each file with a collapsed section per project (the script draws the form when it is
 * opened), and the explanations of the rules that have findings, which every finding links to.
 */
import { formatYuan } from "../../../grammar/money.js";
import type { Lang, Rule } from "../../engine/rule.js";
import type { Batch } from "./collect.js";
import { escapeHtml, text } from "./escape.js";
import { fill, type Words } from "./words.js";

/** Up to this many projects, every form is drawn at once; above it, when its section is opened. */
export const OPEN_AT_LOAD = 12;

export function findingsSection(batch: Batch, words: Words): string {
  return [
    `<section id="findings" class="sheet" aria-labelledby="findings-h">`,
    `<h2 id="findings-h">${escapeHtml(words.findings)}<span class="sub">${batch.findingCount}</span></h2>`,
    `<noscript><p class="note">${escapeHtml(words.noScript)}</p></noscript>`,
    `<div id="pg-findings"></div>`,
    `</section>`,
  ].join("\n");
}

export function* projectsSection(batch: Batch, words: Words): Generator<string> {
  const open = batch.projects.length <= OPEN_AT_LOAD;
  yield `<section id="projects" class="sheet" aria-labelledby="projects-h">\n`
    + `<h2 id="projects-h">${escapeHtml(words.projects)}<span class="sub">${escapeHtml(fill(words.projectsNote, { n: batch.projects.length }))}</span></h2>\n`
    + `<p id="print-note" class="note"></p>\n`;
  for (const [index, file] of batch.files.entries()) {
    const notes = [file.encoding, file.error ? "" : fill(words.fileProjects, { n: file.projectCount })].filter(Boolean) as string[];
    yield `<div class="file-block" id="file-${index}">\n<h3 class="file-h"><span class="mono">${text(file.path)}</span>`
      + `<span class="note">${notes.map(escapeHtml).join(" · ")}</span></h3>\n`
      + (file.title ? `<p class="note">${text(file.title)}</p>\n` : "")
      + (file.error ? `<p class="file-error"><span class="pill pill-error">${escapeHtml(words.error)}</span> ${text(file.error)}</p>\n` : "")
      + `<div class="file-findings" data-file="${index}"></div>\n`;
    const pieces: string[] = [];
    for (let i = file.firstProject; i < file.firstProject + file.projectCount; i++) {
      const p = batch.projects[i];
      const pills = (["error", "warning", "info"] as const)
        .map((s, k) => (p.counts[k] ? `<span class="pill pill-${s}">${escapeHtml(words[s])} ${p.counts[k]}</span>` : ""))
        .join("");
      pieces.push(`<details class="project" id="p-${i}" data-p="${i}"${open ? " open" : ""}><summary>`
        + `<span class="p-no">${i + 1}</span>`
        + `<h4 class="p-name">${p.name === null ? `#${i + 1}` : text(p.name)}</h4>`
        + (p.implementer ? `<span class="p-unit">${text(p.implementer)}</span>` : "")
        + `<span class="p-lines">${escapeHtml(fill(words.lines, { start: p.lines[0], end: p.lines[1] }))}</span>`
        + `<span class="p-funds">${p.annualFen === null ? "" : `${formatYuan(p.annualFen)} ${escapeHtml(words.yuan)}`}</span>`
        + `<span class="p-counts">${pills}</span>`
        + `</summary><div class="form-host"></div></details>`);
      if (pieces.length >= 200) yield `${pieces.splice(0).join("\n")}\n`;
    }
    yield `${pieces.join("\n")}\n</div>\n`;
  }
  yield `</section>\n`;
}

export function rulesSection(batch: Batch, words: Words, lang: Lang): string {
  const used = batch.rules
    .map((rule, index) => ({ rule, index, count: batch.ruleCounts[index][0] + batch.ruleCounts[index][1] + batch.ruleCounts[index][2] }))
    .filter((r) => r.count > 0);
  return [
    `<section id="rules" class="sheet" aria-labelledby="rules-h">`,
    `<h2 id="rules-h">${escapeHtml(words.rules)}<span class="sub">${escapeHtml(fill(words.rulesNote, { n: used.length }))}</span></h2>`,
    used.length === 0 ? `<p class="empty">${escapeHtml(words.noFindings)}</p>` : `<div class="rules-list">${used.map((r) => ruleArticle(r.rule, r.index, r.count, words, lang)).join("\n")}</div>`,
    `</section>`,
  ].join("\n");
}

function ruleArticle(rule: Rule, index: number, count: number, words: Words, lang: Lang): string {
  const d = rule.docs;
  return `<article class="rule" id="rule-${escapeHtml(rule.id)}" tabindex="-1" aria-labelledby="rule-${escapeHtml(rule.id)}-h">`
    + `<h3 id="rule-${escapeHtml(rule.id)}-h"><code>${escapeHtml(rule.id)}</code>`
    + `<span class="pill pill-${rule.severity}" title="${escapeHtml(words.defaultSeverity)}">${escapeHtml(words[rule.severity])}</span>`
    + `<span class="cat">${escapeHtml(rule.category)}</span></h3>`
    + `<p>${escapeHtml(d.summary[lang])}</p>`
    + `<dl><dt>${escapeHtml(words.why)}</dt><dd>${escapeHtml(d.why[lang])}</dd>`
    + `<dt>${escapeHtml(words.fails)}</dt><dd><span class="example">${escapeHtml(d.fail)}</span></dd>`
    + `<dt>${escapeHtml(words.passes)}</dt><dd><span class="example">${escapeHtml(d.pass)}</span></dd>`
    + `<dt>${escapeHtml(words.source)}</dt><dd>${escapeHtml(d.source)}</dd></dl>`
    + `<p class="note"><a href="#findings" data-rule="${index}">${escapeHtml(fill(words.ruleFindings, { n: count }))}</a></p>`
    + `</article>`;
}
