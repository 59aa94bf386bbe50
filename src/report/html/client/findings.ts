/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
/**
 * Page script, part 3: the finding list. Filters by severity, rule, file and project and a
 * search box; the counts beside each severity and rule follow the other filters, and a live
 * region says how many findings match. A long list is drawn a few hundred rows at a time.
 * Self-contained: see types.ts.
 */
import type { Client } from "./types.js";

export function installFindings(pg: Client): void {
  const FIRST_ROWS = 200;
  const MORE_ROWS = 500;
  const state = { severities: [true, true, true], rule: -1, file: -1, project: -1, query: "" };
  let limit = FIRST_ROWS;
  let haystacks: string[] | null = null;
  let matched: number[] = [];
  const controls = {} as {
    severity: HTMLInputElement[];
    severityCount: HTMLElement[];
    rule: HTMLSelectElement;
    file: HTMLSelectElement | null;
    project: HTMLSelectElement;
    query: HTMLInputElement;
    count: HTMLElement;
    body: HTMLElement;
    more: HTMLButtonElement;
    table: HTMLElement;
    empty: HTMLElement;
  };

  function projectLabel(index: number): string {
    const entry = pg.data.projects[index];
    const name = entry.p.name ?? `#${index + 1}`;
    return pg.data.files.length > 1 ? `${name} — ${baseName(pg.data.files[entry.f].path)}` : name;
  }

  function baseName(path: string): string {
    return path.slice(Math.max(path.lastIndexOf("/"), path.lastIndexOf("\\")) + 1);
  }

  /** What the search box looks through, lower-cased once, on the first search. */
  function haystack(id: number): string {
    if (!haystacks) {
      const { findings, rules, files, projects } = pg.data;
      haystacks = findings.map((f) => [f[7], rules[f[1]]?.id ?? "", f[3] >= 0 ? projects[f[3]].p.name ?? "" : "", files[f[2]].path].join("\n").toLowerCase());
    }
    return haystacks[id];
  }

  function apply(): void {
    const { findings, rules } = pg.data;
    const query = state.query.trim().toLowerCase();
    const severityCounts = [0, 0, 0];
    const ruleCounts = rules.map(() => 0);
    let ruleTotal = 0;
    matched = [];
    for (let id = 0; id < findings.length; id++) {
      const f = findings[id];
      if (state.file >= 0 && f[2] !== state.file) continue;
      if (state.project >= 0 && f[3] !== state.project) continue;
      if (query && !haystack(id).includes(query)) continue;
      const severityOk = state.severities[f[0]];
      const ruleOk = state.rule < 0 || f[1] === state.rule;
      if (ruleOk) severityCounts[f[0]]++;
      if (severityOk) { ruleCounts[f[1]]++; ruleTotal++; }
      if (severityOk && ruleOk) matched.push(id);
    }
    const w = pg.data.words;
    controls.severityCount.forEach((node, s) => { node.textContent = String(severityCounts[s]); });
    const options = controls.rule.options;
    options[0].textContent = `${w.allRules} (${ruleTotal})`;
    for (let i = 1; i < options.length; i++) {
      const rule = Number(options[i].value);
      options[i].textContent = `${rules[rule].id} (${ruleCounts[rule]})`;
    }
    controls.count.textContent = pg.fill(w.shown, { matched: matched.length, all: findings.length });
    limit = FIRST_ROWS;
    draw();
  }

  function draw(): void {
    const rows: HTMLElement[] = [];
    for (let i = 0; i < matched.length && i < limit; i++) rows.push(row(matched[i]));
    controls.body.replaceChildren(...rows);
    controls.table.hidden = matched.length === 0;
    controls.empty.hidden = matched.length !== 0;
    const left = matched.length - Math.min(limit, matched.length);
    controls.more.hidden = left <= 0;
    controls.more.textContent = pg.fill(pg.data.words.showMore, { n: Math.min(left, MORE_ROWS) });
  }

  function row(id: number): HTMLElement {
    const [severity, ruleIndex, file, project, line, column, , message, where] = pg.data.findings[id];
    const rule = pg.data.rules[ruleIndex];
    const key = pg.severityKey(severity);
    const path = pg.data.files[file].path;
    const position = where ?? (line === null ? "" : `${line}:${column ?? 1}`);
    return pg.el("tr", { class: `row-${key}` },
      pg.el("td", null, pg.el("span", { class: `pill pill-${key}`, text: pg.severityName(severity) })),
      pg.el("td", { class: "loc", title: path },
        pg.data.files.length > 1 ? pg.el("span", { class: "loc-file" }, pg.cellText(baseName(path))) : null,
        position),
      pg.el("td", { class: "proj" }, project >= 0
        ? pg.el("a", { href: `#f-${id}` }, pg.cellText(pg.data.projects[project].p.name ?? `#${project + 1}`))
        : pg.el("a", { href: `#f-${id}`, class: "muted" }, pg.cellText(baseName(path)))),
      pg.el("td", { class: "msg" }, pg.cellText(message)),
      pg.el("td", null, rule ? pg.el("a", { href: `#rule-${rule.id}`, class: "rule-link" }, pg.el("code", { text: rule.id })) : null));
  }

  pg.setRuleFilter = (rule) => {
    state.rule = rule;
    controls.rule.value = String(rule);
    apply();
  };

  pg.initFindings = () => {
    const host = document.getElementById("pg-findings");
    if (!host) return;
    const w = pg.data.words;
    const { rules, files, findings } = pg.data;
    const usedRules = rules.map((_, i) => i).filter((i) => findings.some((f) => f[1] === i));
    const select = (id: string, labelText: string, options: Array<[number, string]>) => {
      const node = pg.el("select", { id }, options.map(([value, text]) => pg.el("option", { value, text }))) as HTMLSelectElement;
      return { node, label: pg.el("div", { class: "ctl-label" }, pg.el("label", { for: id, text: labelText }), node) };
    };
    controls.severity = [];
    controls.severityCount = [];
    const severityBoxes = [0, 1, 2].map((s) => {
      const box = pg.el("input", { type: "checkbox", id: `flt-sev-${s}`, checked: true, value: s }) as HTMLInputElement;
      const count = pg.el("span", { class: "count", text: "0" });
      controls.severity.push(box);
      controls.severityCount.push(count);
      return pg.el("label", { for: `flt-sev-${s}`, class: `sev-box sev-box-${pg.severityKey(s)}` }, box, pg.el("span", { text: pg.severityName(s) }), count);
    });
    const rule = select("flt-rule", w.rule, [[-1, w.allRules], ...usedRules.map((i): [number, string] => [i, rules[i].id])]);
    const file = files.length > 1 ? select("flt-file", w.file, [[-1, w.allFiles], ...files.map((f, i): [number, string] => [i, baseName(f.path)])]) : null;
    const project = select("flt-project", w.project, [[-1, w.allProjects], ...pg.data.projects.map((_, i): [number, string] => [i, projectLabel(i)])]);
    const query = pg.el("input", { type: "search", id: "flt-q", placeholder: w.searchHint, autocomplete: "off" }) as HTMLInputElement;
    const reset = pg.el("button", { type: "reset", class: "btn" }, w.reset);
    const form = pg.el("form", { class: "filters", role: "search", "aria-label": w.findings },
      pg.el("fieldset", { class: "sev" }, pg.el("legend", { text: w.severity }), severityBoxes),
      rule.label, file ? file.label : null, project.label,
      pg.el("div", { class: "ctl-label grow" }, pg.el("label", { for: "flt-q", text: w.search }), query),
      reset);
    controls.rule = rule.node;
    controls.file = file ? file.node : null;
    controls.project = project.node;
    controls.query = query;
    controls.count = pg.el("p", { class: "count-line", id: "flt-count", role: "status", "aria-live": "polite" });
    controls.body = pg.el("tbody");
    controls.table = pg.el("table", { class: "findings", id: "flt-table" },
      pg.el("caption", { class: "sr-only", text: w.findings }),
      pg.el("thead", null, pg.el("tr", null, [w.severity, w.where, w.project, w.message, w.rule].map((text) => pg.el("th", { scope: "col", text })))),
      controls.body);
    controls.empty = pg.el("p", { class: "empty", text: w.noMatch, hidden: true });
    controls.more = pg.el("button", { type: "button", class: "btn more" }) as HTMLButtonElement;
    host.replaceChildren(form, controls.count, pg.el("div", { class: "table-scroll" }, controls.table), controls.empty, controls.more);

    form.addEventListener("submit", (event) => event.preventDefault());
    form.addEventListener("change", (event) => {
      const target = event.target as HTMLElement;
      if (target === controls.rule) state.rule = Number(controls.rule.value);
      else if (target === controls.file) state.file = Number(controls.file!.value);
      else if (target === controls.project) state.project = Number(controls.project.value);
      else if (target instanceof HTMLInputElement && target.type === "checkbox") state.severities[Number(target.value)] = target.checked;
      else return;
      apply();
    });
    let timer = 0;
    query.addEventListener("input", () => {
      clearTimeout(timer);
      timer = window.setTimeout(() => { state.query = query.value; apply(); }, findings.length > 5000 ? 200 : 60);
    });
    form.addEventListener("reset", () => {
      // After the browser has reset the controls.
      setTimeout(() => {
        Object.assign(state, { severities: [true, true, true], rule: -1, file: -1, project: -1, query: "" });
        apply();
      });
    });
    controls.more.addEventListener("click", () => { limit += MORE_ROWS; draw(); });
    apply();
  };
}
