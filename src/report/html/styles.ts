/**
 * The page's look: calm, paper-like, Chinese typography first (the font stack falls back
 * through the common Chinese system fonts), and a print stylesheet for A4 landscape that
 * never cuts a row. Colours are named once here; test/report/html.test.ts checks that every
 * text colour on its background passes WCAG AA (4.5:1).
 */

/** Text and background pairs used for text, by severity; `bar` is for charts (3:1 against white). */
export const SEVERITY_COLORS = {
  error: { text: "#b42318", tint: "#fdeeec", border: "#e5a29a", bar: "#c8372a" },
  warning: { text: "#8a4b00", tint: "#fdf3e1", border: "#e8c27a", bar: "#c77c02" },
  info: { text: "#1d5aa8", tint: "#ebf2fc", border: "#a9c4ea", bar: "#3b78c4" },
  clean: { text: "#1f6b43", tint: "#e9f5ee", border: "#9fd0b3", bar: "#3a8f62" },
} as const;

export const PALETTE = {
  ink: "#1c2430",
  muted: "#56606d",
  page: "#f4f5f7",
  paper: "#ffffff",
  line: "#dde1e6",
  formLine: "#8e99a6",
  label: "#f1f3f6",
  accent: "#1f3a5f",
  link: "#1c4f8f",
  focus: "#1d64d8",
} as const;

/** Text colours and the backgrounds they are drawn on (checked for contrast by the tests). */
export const TEXT_PAIRS: Array<[string, string, string]> = [
  ["ink on paper", PALETTE.ink, PALETTE.paper],
  ["ink on page", PALETTE.ink, PALETTE.page],
  ["ink on label", PALETTE.ink, PALETTE.label],
  ["muted on paper", PALETTE.muted, PALETTE.paper],
  ["muted on page", PALETTE.muted, PALETTE.page],
  ["muted on label", PALETTE.muted, PALETTE.label],
  ["link on paper", PALETTE.link, PALETTE.paper],
  ["accent on paper", PALETTE.accent, PALETTE.paper],
  ...(["error", "warning", "info", "clean"] as const).flatMap((s): Array<[string, string, string]> => [
    [`${s} on paper`, SEVERITY_COLORS[s].text, PALETTE.paper],
    [`${s} on its tint`, SEVERITY_COLORS[s].text, SEVERITY_COLORS[s].tint],
    [`ink on ${s} tint`, PALETTE.ink, SEVERITY_COLORS[s].tint],
    [`white on ${s}`, "#ffffff", SEVERITY_COLORS[s].text],
  ]),
];

const FONT = `"PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Noto Sans CJK SC", "Source Han Sans SC", "WenQuanYi Micro Hei", system-ui, sans-serif`;
const MONO = `ui-monospace, "SFMono-Regular", Menlo, Consolas, "Noto Sans Mono CJK SC", monospace`;

const severityRules = (["error", "warning", "info"] as const).map((s) => {
  const c = SEVERITY_COLORS[s];
  return `
.pill-${s}{color:${c.text};background:${c.tint};border-color:${c.border}}
.hl-${s}{background:${c.tint}!important;box-shadow:inset 3px 0 0 ${c.text}}
.mk-${s}{background:${c.text}}
.fi-${s}{border-left-color:${c.text}}
.stat-${s}{border-top-color:${c.text}}.stat-${s} .stat-n{color:${c.text}}
.sev-box-${s} input{accent-color:${c.text}}
.row-${s} td:first-child{box-shadow:inset 3px 0 0 ${c.text}}`;
}).join("");

export const STYLES = `
:root{color-scheme:light;--ink:${PALETTE.ink};--muted:${PALETTE.muted};--line:${PALETTE.line};--accent:${PALETTE.accent};--link:${PALETTE.link}}
*{box-sizing:border-box}
html{scroll-padding-top:4.5rem}
body{margin:0;background:${PALETTE.page};color:${PALETTE.ink};font:15px/1.65 ${FONT};-webkit-text-size-adjust:100%;font-variant-numeric:tabular-nums}
code,.mono{font-family:${MONO};font-size:.86em}
a{color:${PALETTE.link};text-underline-offset:.18em}
a:hover{text-decoration-thickness:2px}
:focus-visible{outline:3px solid ${PALETTE.focus};outline-offset:2px;border-radius:2px}
.sr-only{position:absolute!important;width:1px;height:1px;margin:-1px;padding:0;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap;border:0}
.skip{position:absolute;left:1rem;top:-3rem;background:${PALETTE.paper};padding:.5rem 1rem;z-index:10;border:1px solid var(--line)}
.skip:focus{top:.5rem}
.top{position:sticky;top:0;z-index:5;background:rgba(255,255,255,.96);border-bottom:1px solid var(--line);backdrop-filter:saturate(1.2) blur(4px)}
.top-in{max-width:1320px;margin:0 auto;padding:.6rem 1.5rem;display:flex;align-items:center;gap:2rem;flex-wrap:wrap}
.brand{font-weight:600;color:var(--accent);letter-spacing:.04em;display:flex;align-items:center;gap:.6rem}
.brand-mark{display:inline-grid;place-items:center;width:1.7rem;height:1.7rem;border-radius:4px;background:var(--accent);color:#fff;font-size:.8rem;letter-spacing:0}
.top nav{display:flex;gap:.25rem;flex-wrap:wrap}
.top nav a{color:var(--ink);text-decoration:none;padding:.3rem .75rem;border-radius:999px}
.top nav a:hover{background:${PALETTE.label}}
.top nav .n{color:var(--muted);font-size:.85em;margin-left:.3em}
main{max-width:1320px;margin:0 auto;padding:1.5rem}
.sheet{background:${PALETTE.paper};border:1px solid var(--line);border-radius:10px;padding:1.5rem 1.75rem;margin-bottom:1.5rem}
h1{font-size:1.55rem;margin:0 0 .25rem;font-weight:600;letter-spacing:.02em}
h2{font-size:1.2rem;margin:0 0 1rem;font-weight:600;color:var(--accent);display:flex;align-items:baseline;gap:.6rem}
h2 .sub,.note{font-size:.85rem;font-weight:400;color:var(--muted)}
h3{font-size:1.02rem;margin:1.25rem 0 .6rem;font-weight:600}
h4{font-size:.95rem;margin:.2rem 0 .5rem;font-weight:600}
.meta{color:var(--muted);margin:0 0 1.25rem;font-size:.9rem}
.meta span+span::before{content:"·";margin:0 .5em}
.stats{display:grid;grid-template-columns:repeat(auto-fit,minmax(150px,1fr));gap:.75rem;margin:0 0 1.5rem;padding:0}
.stat{margin:0;border:1px solid var(--line);border-top:3px solid var(--accent);border-radius:8px;padding:.7rem 1rem;background:${PALETTE.paper}}
.stat dt{color:var(--muted);font-size:.85rem}
.stat dd{margin:0}
.stat-n{font-size:1.6rem;font-weight:600;line-height:1.3;display:block;white-space:nowrap}
.stat-wide{grid-column:span 2}
.stat small{color:var(--muted);font-size:.8rem;display:block}
.stat-n small.unit{display:inline;font-size:.95rem;font-weight:400;margin-left:.15rem}
.charts{display:grid;grid-template-columns:minmax(0,1.4fr) minmax(0,1fr);gap:1.5rem;margin-bottom:1.5rem}
figure{margin:0;border:1px solid var(--line);border-radius:8px;padding:1rem 1.1rem}
figcaption{font-weight:600;margin-bottom:.1rem}
figcaption .note{display:block;font-weight:400}
.chart{max-width:100%;height:auto;display:block;margin-top:.6rem;overflow:visible}
.chart text{font:12px ${FONT};fill:${PALETTE.ink}}
.chart .bar-label{font-family:${MONO};font-size:11.5px}
.chart .bar-value{fill:${PALETTE.muted};font-weight:600}
.chart .axis{stroke:${PALETTE.formLine}}
.chart .axis-title{fill:${PALETTE.muted}}
.chart .bar-hit{fill:transparent}
.chart a:hover .bar-hit,.chart a:focus .bar-hit{fill:${PALETTE.label}}
.chart a:focus{outline:none}.chart a:focus-visible .bar-hit{stroke:${PALETTE.focus};stroke-width:2}
table{border-collapse:collapse;width:100%}
.data th,.data td,.findings th,.findings td{padding:.45rem .7rem;border-bottom:1px solid var(--line);text-align:left;vertical-align:top}
.data thead th,.findings thead th{background:${PALETTE.label};font-weight:600;font-size:.88rem;position:sticky;top:0;z-index:1}
.data tbody tr:hover,.findings tbody tr:hover{background:#f8fafc}
.num{text-align:right!important;white-space:nowrap}
.zero{color:var(--muted)}
.data .err{color:${SEVERITY_COLORS.error.text};font-weight:600}
.table-scroll{overflow:auto;border:1px solid var(--line);border-radius:8px}
.table-scroll.tall{max-height:70vh}
.table-scroll table{border:0}
th[aria-sort] button{all:unset;cursor:pointer;display:inline-flex;align-items:center;gap:.3em}
th[aria-sort] button:focus-visible{outline:3px solid ${PALETTE.focus};outline-offset:2px}
th[aria-sort] .arrow::after{content:"↕";color:var(--muted);font-size:.85em}
th[aria-sort=ascending] .arrow::after{content:"↑";color:var(--ink)}
th[aria-sort=descending] .arrow::after{content:"↓";color:var(--ink)}
th.num button{justify-content:flex-end}
.pill{display:inline-block;border:1px solid;border-radius:4px;padding:0 .4em;font-size:.8rem;line-height:1.5;white-space:nowrap;font-weight:600}
.filters{display:flex;flex-wrap:wrap;gap:.75rem 1rem;align-items:flex-end;margin-bottom:.75rem}
.filters fieldset{border:0;margin:0;padding:0;display:flex;gap:.5rem;align-items:center}
.filters legend{float:left;margin-right:.4rem;color:var(--muted);font-size:.85rem}
.sev-box{display:inline-flex;align-items:center;gap:.35rem;border:1px solid var(--line);border-radius:6px;padding:.3rem .6rem;cursor:pointer;background:${PALETTE.paper}}
.sev-box .count{color:var(--muted);font-size:.85em}
.ctl-label{display:flex;flex-direction:column;font-size:.85rem;color:var(--muted);gap:.15rem}
.ctl-label.grow{flex:1 1 14rem}
select,input[type=search]{font:inherit;font-size:.92rem;color:var(--ink);border:1px solid ${PALETTE.formLine};border-radius:6px;padding:.35rem .5rem;background:${PALETTE.paper};max-width:22rem}
input[type=search]{width:100%;max-width:none}
.btn{font:inherit;font-size:.9rem;border:1px solid ${PALETTE.formLine};border-radius:6px;padding:.35rem .9rem;background:${PALETTE.paper};color:var(--ink);cursor:pointer}
.btn:hover{background:${PALETTE.label}}
.more{margin-top:.75rem}
.count-line{margin:.25rem 0 .75rem;color:var(--muted);font-size:.9rem}
.findings .loc{white-space:nowrap;color:var(--muted);font-size:.88rem}
.findings .loc-file{display:block;font-size:.8rem}
.findings .msg{min-width:18rem}
.findings .proj{min-width:8rem;white-space:nowrap}
.empty{color:var(--muted)}
.file-block{margin-top:1.25rem}
.file-h{display:flex;gap:.75rem;align-items:baseline;flex-wrap:wrap;border-bottom:1px solid var(--line);padding-bottom:.35rem}
.file-h .note{font-weight:400}
.file-error{color:${SEVERITY_COLORS.error.text}}
details.project{border:1px solid var(--line);border-radius:8px;margin:.6rem 0;background:${PALETTE.paper};content-visibility:auto;contain-intrinsic-size:auto 3.2rem}
details.project[open]{content-visibility:visible}
details.project>summary{cursor:pointer;padding:.65rem 1rem;display:flex;gap:.9rem;align-items:baseline;flex-wrap:wrap;list-style:none}
details.project>summary::-webkit-details-marker{display:none}
details.project>summary::before{content:"▸";color:var(--muted);transition:transform .15s}
details.project[open]>summary::before{transform:rotate(90deg)}
details.project[open]>summary{border-bottom:1px solid var(--line);background:#fafbfc;border-radius:8px 8px 0 0}
.p-no{color:var(--muted);font-size:.85rem;min-width:2.2em}
.p-name{font-weight:600;font-size:1.02rem}
.p-unit,.p-lines{color:var(--muted);font-size:.88rem}
.p-funds{margin-left:auto;font-size:.92rem}
.p-counts{display:inline-flex;gap:.35rem}
.form-host{padding:1.25rem 1.25rem 1.5rem}
.form-scroll{overflow-x:auto}
table.form{table-layout:fixed;min-width:980px;border:1.5px solid ${PALETTE.formLine};font-size:.9rem;line-height:1.55}
table.form caption{caption-side:top;text-align:center;padding:.2rem 0 .9rem}
.form-title{display:block;font-size:1.25rem;font-weight:600;letter-spacing:.12em}
.form-year{display:inline-block;color:var(--muted);margin-top:.15rem;padding:0 .3rem}
table.form col.c1{width:9.5%}table.form col.c2{width:11%}table.form col.c3{width:11.5%}table.form col.c4{width:13%}table.form col.c5{width:12%}table.form col.c6{width:12%}table.form col.c7{width:31%}
table.form th,table.form td{border:1px solid ${PALETTE.formLine};padding:.4rem .55rem;vertical-align:middle;text-align:left;overflow-wrap:anywhere;position:relative;font-weight:400}
table.form .label,table.form .sub,table.form .heading th{background:${PALETTE.label};text-align:center;font-weight:500}
table.form .section{background:${PALETTE.label};text-align:center;font-weight:600;letter-spacing:.08em;overflow-wrap:normal;hyphens:auto}
html[lang=en] table.form .section{letter-spacing:0}
table.form .merged{background:#f8f9fb;text-align:center}
table.form .value{text-align:center}
table.form .strong{font-weight:600}
table.form .goal{white-space:pre-wrap;vertical-align:top;line-height:1.75}
table.form .name{font-weight:400}
table.form .blank{background:#fbfbfc}
table.form thead .band th{background:#e6ebf1;color:${PALETTE.accent};font-weight:600;font-size:.8rem;letter-spacing:.08em;text-align:center;padding:.2rem .5rem}
table.form thead .band .review-h{background:#dde4ec}
table.form td.review{background:#fcfcfd;vertical-align:top;font-size:.85rem;padding:.3rem .5rem;border-left:2px solid ${PALETTE.formLine}}
.unit-note{display:block;font-size:.75rem;font-weight:400;color:var(--muted);letter-spacing:0}
.involved{outline:2px dashed ${SEVERITY_COLORS.error.border};outline-offset:-4px}
.muted{color:var(--muted)}
.mk{display:inline-grid;place-items:center;min-width:1.25rem;height:1.25rem;padding:0 .25rem;border-radius:999px;color:#fff;font-size:.72rem;font-weight:600;line-height:1;vertical-align:.15em;margin-left:.3rem}
sup.mk{vertical-align:super;font-size:.68rem;height:1.15rem;min-width:1.15rem}
.fl{list-style:none;margin:0;padding:0}
.fi{border-left:3px solid;padding:.3rem .5rem .35rem .6rem;margin:.25rem 0;background:${PALETTE.paper};border-radius:0 4px 4px 0;scroll-margin:6rem}
.fi .mk{margin:0 .35rem 0 0}
.fi .pill{margin-right:.1rem}
.fi-meta{display:flex;flex-wrap:wrap;gap:.1rem .7rem;color:var(--muted);font-size:.8rem;margin-top:.15rem}
.rule-link code{font-size:.92em}
.arith{margin:.35rem 0 .1rem;padding:.35rem .5rem;background:${SEVERITY_COLORS.error.tint};border-radius:4px;font-family:${MONO};font-size:.85rem;color:${PALETTE.ink}}
.arith-eq{font-weight:600;white-space:nowrap;overflow-x:auto}
.arith-note{color:${SEVERITY_COLORS.error.text};font-family:${FONT};font-size:.8rem}
.table-findings{border:1px solid var(--line);border-radius:8px;padding:.6rem .9rem;margin-bottom:1rem;background:#fcfcfd}
.file-findings:empty{display:none}
.file-findings{margin:.5rem 0 1rem}
.ctl{font-family:${MONO};font-size:.8em;color:${SEVERITY_COLORS.error.text};background:${SEVERITY_COLORS.error.tint};border:1px dashed ${SEVERITY_COLORS.error.border};border-radius:3px;padding:0 .15em;margin:0 .05em;unicode-bidi:isolate}
.flash{animation:flash 1.6s ease-out}
@keyframes flash{0%,30%{outline:3px solid ${PALETTE.focus};outline-offset:-3px}100%{outline:3px solid transparent}}
.rules-list{display:grid;grid-template-columns:repeat(auto-fill,minmax(420px,1fr));gap:1rem}
.rule{border:1px solid var(--line);border-radius:8px;padding:.9rem 1.1rem;scroll-margin:5rem}
.rule:target{outline:3px solid ${PALETTE.focus};outline-offset:2px}
.rule h3{margin:0 0 .3rem;display:flex;gap:.5rem;align-items:center;flex-wrap:wrap;font-size:.98rem}
.rule .cat{color:var(--muted);font-size:.8rem;font-weight:400}
.rule p{margin:.2rem 0 .5rem}
.rule dl{display:grid;grid-template-columns:max-content 1fr;gap:.2rem .8rem;margin:.4rem 0;font-size:.88rem}
.rule dt{color:var(--muted)}
.rule dd{margin:0}
.rule .example{font-family:${MONO};font-size:.82rem;background:${PALETTE.label};padding:.05rem .35rem;border-radius:3px}
footer{max-width:1320px;margin:0 auto;padding:0 1.5rem 2.5rem;color:var(--muted);font-size:.85rem}
#print-note:empty{display:none}
.legend{display:flex;gap:1rem;font-size:.8rem;color:var(--muted);margin-top:.35rem;font-weight:400}
.legend i{display:inline-block;width:.75rem;height:.75rem;border-radius:2px;margin-right:.3rem;vertical-align:-.05rem}
@media screen and (min-width:1100px){.form-scroll{overflow:visible}table.form th.merged,table.form th.section{vertical-align:top}table.form .merged>.stick,table.form .section>.stick{position:sticky;top:4.5rem;display:block;padding:.2rem 0}}
@media (max-width:900px){.charts{grid-template-columns:1fr}.stat-wide{grid-column:auto}main{padding:1rem .75rem}.sheet{padding:1rem}}
@page{size:A4 landscape;margin:10mm}
@media print{
 body{background:#fff;font-size:10pt}
 .top,.skip,.filters,.more,noscript,.chart .bar-hit{display:none!important}
 main{max-width:none;padding:0}
 .sheet{border:0;padding:0;margin:0 0 6mm;border-radius:0}
 *{-webkit-print-color-adjust:exact;print-color-adjust:exact}
 tr,.fi,.stat,figure,.rule,.table-findings,caption{break-inside:avoid}
 thead{display:table-header-group}
 h2,h3,h4,summary{break-after:avoid}
 .table-scroll,.table-scroll.tall,.form-scroll{max-height:none;overflow:visible;border:0}
 .data thead th,.findings thead th{position:static}
 details.project{border:0;content-visibility:visible;break-before:page}
 details.project>summary::before{content:none}
 table.form{min-width:0}
 a{color:inherit;text-decoration:none}
 .rules-list{display:block}
 #rules{break-before:page}
}
${severityRules}
`;
