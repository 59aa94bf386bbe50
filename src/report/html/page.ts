/**
 * The page: one self-contained HTML file. Styles and the page script are inline, the charts
 * are inline SVG, and the data the script draws from is embedded as JSON; a
 * Content-Security-Policy forbids loading anything (`default-src 'none'`) and lets only the
 * page's own script run (by its hash). Written in pieces, so a batch of thousands of tables
 * never becomes one huge string.
 */
import type { ReportContext } from "../model.js";
import { VERSION } from "../../version.js";
import type { Batch } from "./collect.js";
import { attr, escapeHtml, scriptSafe, text } from "./escape.js";
import { baseName, overview } from "./overview.js";
import { findingsSection, projectsSection, rulesSection } from "./sections.js";
import { STYLES } from "./styles.js";
import { PAGE_SCRIPT, PAGE_SCRIPT_HASH } from "./client/script.js";
import { fill, WORDS } from "./words.js";

export const CSP = `default-src 'none'; script-src ${PAGE_SCRIPT_HASH}; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'`;

/** When the report was made: SOURCE_DATE_EPOCH (seconds) when set, for reproducible output. */
export function generatedAt(env: NodeJS.ProcessEnv = process.env): Date {
  const epoch = env.SOURCE_DATE_EPOCH;
  return epoch && /^\d+$/.test(epoch) ? new Date(Number(epoch) * 1000) : new Date();
}

function formatDate(date: Date): string {
  const two = (n: number) => String(n).padStart(2, "0");
  return `${date.getFullYear()}-${two(date.getMonth() + 1)}-${two(date.getDate())} ${two(date.getHours())}:${two(date.getMinutes())}`;
}

export function* pagePieces(batch: Batch, context: ReportContext, date = generatedAt()): Generator<string> {
  const words = WORDS[context.lang];
  const only = batch.files.length === 1 ? batch.files[0] : null;
  const heading = only?.title ?? words.title;
  const subject = only ? baseName(only.path) : fill(words.fileCount, { n: batch.files.length });
  const meta = [
    `${escapeHtml(words.generated)} ${formatDate(date)}`,
    only ? `<span class="mono">${text(only.path)}</span>` : escapeHtml(subject),
    `perfgoal ${escapeHtml(VERSION)}`,
  ];
  const count = (n: number) => `<span class="n">${n}</span>`;
  yield `<!doctype html>
<html lang="${words.htmlLang}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<meta name="referrer" content="no-referrer">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="perfgoal ${escapeHtml(VERSION)}">
<title>${attr(`${words.title} · ${subject}`)}</title>
<style>${STYLES}</style>
</head>
<body>
<a class="skip" href="#main">${escapeHtml(words.skip)}</a>
<header class="top"><div class="top-in">
<div class="brand"><span class="brand-mark" aria-hidden="true">绩</span>${escapeHtml(words.title)}</div>
<nav aria-label="${attr(words.nav)}">
<a href="#overview">${escapeHtml(words.overview)}</a>
<a href="#findings">${escapeHtml(words.findings)}${count(batch.findingCount)}</a>
<a href="#projects">${escapeHtml(words.projects)}${count(batch.projects.length)}</a>
<a href="#rules">${escapeHtml(words.rules)}</a>
</nav></div></header>
<main id="main">
`;
  yield overview(batch, words, context.lang, heading, meta);
  yield "\n";
  yield findingsSection(batch, words);
  yield "\n";
  yield* projectsSection(batch, words);
  yield rulesSection(batch, words, context.lang);
  yield `\n</main>\n<footer><p>${escapeHtml(fill(words.footer, { version: VERSION }))}</p></footer>\n`;
  yield `<script type="application/json" id="pg-data">`;
  yield* dataPieces(batch, context);
  yield `</script>\n<script>${PAGE_SCRIPT}</script>\n</body>\n</html>\n`;
}

/** The embedded data (client/types.ts PageData), safe inside `<script>`. */
export function* dataPieces(batch: Batch, context: ReportContext): Generator<string> {
  const head = {
    lang: context.lang,
    words: WORDS[context.lang],
    version: VERSION,
    files: batch.files.map((f) => ({ path: f.path, title: f.title, error: f.error })),
    rules: batch.rules.map((r) => ({ id: r.id, severity: r.severity, summary: r.docs.summary[context.lang], source: r.docs.source })),
  };
  yield scriptSafe(`${JSON.stringify(head).slice(0, -1)},"findings":[`);
  for (const [i, piece] of batch.findingJson.entries()) yield scriptSafe(i === 0 ? piece : `,${piece}`);
  yield `],"projects":[`;
  for (const [i, json] of batch.projectJson.entries()) {
    const row = batch.projects[i];
    yield scriptSafe(`${i === 0 ? "" : ","}{"f":${row.file},"c":[${row.counts.join(",")}],"p":${json}}`);
  }
  yield "]}";
}
