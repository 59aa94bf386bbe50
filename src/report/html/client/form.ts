/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
/**
 * Page script, part 2: one declaration drawn as the paper form — header, funds block, goals,
 * and the indicator table with its 一级/二级 labels merged over their rows — in one table
 * whose last column holds the review: each finding beside the row of the cell it is about.
 * Offending cells are tinted by severity and numbered (the number repeats on the finding, so
 * the link survives printing in black and white); findings about the table as a whole are
 * listed above it. Where a funds sum is wrong, the arithmetic is shown. Self-contained.
 */
import type { Child, Client } from "./types.js";

export function installForm(pg: Client): void {
  const FUND_RULES: Record<string, { total: string; parts: string[] }> = {
    "funds-annual-sum": { total: "annualTotal", parts: ["annualAppropriation", "annualCarryOver", "annualOther"] },
    "funds-project-sum": { total: "projectTotal", parts: ["projectFiscal", "projectOther"] },
  };

  /** `1,217,200.00 ≠ 1,200,000.00 + 0.00 + 0.00` for a funds-sum finding. */
  function arithmetic(ruleId: string, project: number): HTMLElement | null {
    const rule = FUND_RULES[ruleId];
    const funds = project >= 0 ? pg.data.projects[project].p.funds : null;
    if (!rule || !funds) return null;
    const amounts = funds as unknown as Record<string, number | null>;
    const total = amounts[rule.total];
    if (total === null || total === undefined) return null;
    const parts = rule.parts.map((key) => pg.yuanToFen(amounts[key] ?? 0));
    const sum = parts.reduce((a, b) => a + b, 0);
    const totalFen = pg.yuanToFen(total);
    const w = pg.data.words;
    return pg.el("div", { class: "arith" },
      pg.el("div", { class: "arith-eq", text: `${pg.formatFen(totalFen)} ${sum === totalFen ? "=" : "≠"} ${parts.map(pg.formatFen).join(" + ")}` }),
      pg.el("div", { class: "arith-note", text: `${w.sum} ${pg.formatFen(sum)}，${w.difference} ${pg.formatFen(Math.abs(totalFen - sum))}` }));
  }

  pg.findingItem = (id, number) => {
    const [severity, ruleIndex, , project, line, column, , message, where] = pg.data.findings[id];
    const rule = pg.data.rules[ruleIndex];
    const w = pg.data.words;
    const key = pg.severityKey(severity);
    const location = where ?? (line === null ? null : column === null ? pg.fill(w.line, { line }) : pg.fill(w.lineColumn, { line, column }));
    return pg.el("li", { id: `f-${id}`, class: `fi fi-${key}`, tabindex: -1 },
      number === null ? null : pg.el("span", { class: `mk mk-${key}`, "aria-hidden": "true", text: number }),
      pg.el("span", { class: `pill pill-${key}`, text: pg.severityName(severity) }),
      " ",
      pg.el("span", { class: "msg" }, pg.cellText(message)),
      rule ? arithmetic(rule.id, project) : null,
      pg.el("div", { class: "fi-meta" },
        rule ? pg.el("a", { href: `#rule-${rule.id}`, class: "rule-link" }, pg.el("code", { text: rule.id })) : null,
        location ? pg.el("span", { class: "loc", text: location }) : null,
        rule ? pg.el("span", { class: "basis" }, `${w.basis}：`, rule.source) : null));
  };

  pg.renderProject = (index) => {
    const w = pg.data.words;
    const p = pg.data.projects[index].p;
    const ids = pg.byProject[index] ?? [];
    const findings = pg.data.findings;
    const byCell = new Map<string, number[]>();
    const numberOf = new Map<number, number>();
    const involved = new Set<string>();
    ids.forEach((id, n) => {
      numberOf.set(id, n + 1);
      const cell = findings[id][6];
      if (cell) {
        const list = byCell.get(cell);
        if (list) list.push(id); else byCell.set(cell, [id]);
      }
      const rule = pg.data.rules[findings[id][1]];
      const fund = rule ? FUND_RULES[rule.id] : undefined;
      if (fund) for (const part of fund.parts) involved.add(`f.${part}`);
    });
    const placed = new Set<number>();

    /** A cell of the form; `key` names it for findings (see projects.ts CellKey). */
    function cell(tag: string, key: string | null, content: Child | Child[], props: Record<string, string | number | null> = {}): HTMLElement {
      const mine = key ? byCell.get(key) : undefined;
      let className = String(props.class ?? "");
      const extra: Record<string, string> = {};
      if (mine) {
        const worst = Math.min(...mine.map((id) => findings[id][0]));
        className += ` hl hl-${pg.severityKey(worst)}`;
        extra["aria-describedby"] = mine.map((id) => `f-${id}`).join(" ");
        extra["data-cell"] = key!;
      } else if (key && involved.has(key)) className += " involved";
      const marks = mine ? mine.map((id) => pg.el("sup", { class: `mk mk-${pg.severityKey(findings[id][0])}`, "aria-hidden": "true", text: numberOf.get(id)! })) : [];
      return pg.el(tag, { ...props, ...extra, class: className.trim() || null }, content, marks);
    }

    /** The review cell of a row: the findings of the row's cells. */
    function review(keys: Array<string | null>): HTMLElement {
      const mine: number[] = [];
      for (const key of keys) for (const id of (key && byCell.get(key)) || []) if (!placed.has(id)) { placed.add(id); mine.push(id); }
      mine.sort((a, b) => a - b);
      return pg.el("td", { class: "review" }, mine.length ? pg.el("ul", { class: "fl" }, mine.map((id) => pg.findingItem(id, numberOf.get(id)!))) : null);
    }

    const text = (value: string | null | undefined) => (value ? pg.cellText(value) : null);
    const label = (key: string | null, words: string, props: Record<string, string | number | null> = {}) => cell("th", key, words, { scope: "row", class: "label", ...props });

    // Header.
    const head = pg.el("tbody", { class: "part-head" },
      pg.el("tr", null,
        label("hl.name", w.fieldName), cell("td", "h.name", text(p.name), { class: "strong" }),
        label("hl.nature", w.fieldNature), cell("td", "h.nature", text(p.nature)),
        label("hl.category", w.fieldCategory), cell("td", "h.category", text(p.category)),
        review(["hl.name", "h.name", "hl.nature", "h.nature", "hl.category", "h.category"])),
      pg.el("tr", null,
        label("hl.department", w.fieldDepartment), cell("td", "h.department", text(p.department)),
        label("hl.implementer", w.fieldImplementer), cell("td", "h.implementer", text(p.implementer), { colspan: 3 }),
        review(["hl.department", "h.department", "hl.implementer", "h.implementer"])),
      pg.el("tr", null,
        label("hl.plannedStart", w.fieldStart), cell("td", "h.plannedStart", text(p.plannedStart)),
        label("hl.plannedEnd", w.fieldEnd), cell("td", "h.plannedEnd", text(p.plannedEnd), { colspan: 3 }),
        review(["hl.plannedStart", "h.plannedStart", "hl.plannedEnd", "h.plannedEnd"])));

    // Funds: the whole project on the left, this year on the right.
    const funds = p.funds;
    const amount = (key: string, props: Record<string, string | number | null> = {}) => {
      const value = funds ? (funds as unknown as Record<string, number | null>)[key] : null;
      return cell("td", `f.${key}`, value === null || value === undefined ? null : pg.formatFen(pg.yuanToFen(value)), { class: "num", ...props });
    };
    const fundLabel = (key: string, words: string) => label(`fl.${key}`, words);
    const blank = () => pg.el("td", { class: "blank" });
    const fundsRows = [
      pg.el("tr", null,
        cell("th", "f", [w.fundsLabel, funds?.unit === "万元" ? pg.el("span", { class: "unit-note", text: w.fundsUnitNote }) : null], { scope: "rowgroup", rowspan: 4, class: "section" }),
        fundLabel("projectTotal", w.projectTotal), amount("projectTotal"),
        fundLabel("annualTotal", w.annualTotalLabel), amount("annualTotal", { colspan: 2 }),
        review(["f", "fl.projectTotal", "f.projectTotal", "fl.annualTotal", "f.annualTotal"])),
      pg.el("tr", null,
        fundLabel("projectFiscal", w.projectFiscal), amount("projectFiscal"),
        fundLabel("annualAppropriation", w.annualAppropriation), amount("annualAppropriation", { colspan: 2 }),
        review(["fl.projectFiscal", "f.projectFiscal", "fl.annualAppropriation", "f.annualAppropriation"])),
      pg.el("tr", null,
        blank(), blank(),
        fundLabel("annualCarryOver", w.annualCarryOver), amount("annualCarryOver", { colspan: 2 }),
        review(["fl.annualCarryOver", "f.annualCarryOver"])),
      pg.el("tr", null,
        fundLabel("projectOther", w.projectOther), amount("projectOther"),
        fundLabel("annualOther", w.annualOther), amount("annualOther", { colspan: 2 }),
        review(["fl.projectOther", "f.projectOther", "fl.annualOther", "f.annualOther"])),
    ];
    const fundsBody = pg.el("tbody", { class: "part-funds" }, fundsRows);

    // Goals.
    const goals = pg.el("tbody", { class: "part-goals" },
      pg.el("tr", null,
        cell("th", "g", w.goalsLabel, { scope: "rowgroup", rowspan: 2, class: "section" }),
        pg.el("th", { scope: "col", colspan: 2, class: "sub", text: w.goalOverall }),
        pg.el("th", { scope: "col", colspan: 3, class: "sub", text: w.goalAnnual }),
        review(["g"])),
      pg.el("tr", null,
        cell("td", "g.overall", text(p.goals.overall), { colspan: 2, class: "goal" }),
        cell("td", "g.annual", text(p.goals.annual), { colspan: 3, class: "goal" }),
        review(["g.overall", "g.annual"])));

    // Indicators: consecutive rows with the same 一级 (and, within it, the same 二级) share one merged label.
    const list = p.ind;
    const indicatorRows: HTMLElement[] = [
      pg.el("tr", { class: "heading" },
        pg.el("th", { scope: "rowgroup", rowspan: list.length + 1, class: "section" }, pg.el("span", { class: "stick", text: w.indicatorsLabel })),
        pg.el("th", { scope: "col", text: w.level1 }),
        pg.el("th", { scope: "col", text: w.level2 }),
        pg.el("th", { scope: "col", colspan: 2, text: w.level3 }),
        pg.el("th", { scope: "col", text: w.value }),
        pg.el("td", { class: "review" })),
    ];
    const runEnd = (from: number, same: (a: number, b: number) => boolean) => {
      let end = from + 1;
      while (end < list.length && same(from, end)) end++;
      return end;
    };
    let level1End = 0, level2End = 0;
    list.forEach((indicator, n) => {
      const row = pg.el("tr", { "data-line": indicator[5] });
      if (n >= level1End) {
        level1End = runEnd(n, (a, b) => list[a][0] === list[b][0]);
        const keys = [];
        for (let k = n; k < level1End; k++) keys.push(`i.${k}.l1`);
        row.append(mergedLabel(keys, indicator[0], level1End - n));
      }
      if (n >= level2End) {
        level2End = Math.min(level1End, runEnd(n, (a, b) => list[a][1] === list[b][1]));
        const keys = [];
        for (let k = n; k < level2End; k++) keys.push(`i.${k}.l2`);
        row.append(mergedLabel(keys, indicator[1], level2End - n));
      }
      const [, , name, kind, value] = indicator;
      row.append(
        cell("th", `i.${n}.name`, name === null ? pg.el("span", { class: "muted", text: w.missingValue }) : pg.cellText(name), { scope: "row", colspan: 2, class: "name" }),
        cell("td", `i.${n}.value`, value === null ? pg.el("span", { class: "muted", text: w.missingValue }) : pg.cellText(value), { class: kind === 0 ? "value quantitative" : "value" }),
        review([`i.${n}.l1`, `i.${n}.l2`, `i.${n}.name`, `i.${n}.value`]));
      indicatorRows.push(row);
    });

    /** A merged 一级/二级 label over its rows; tinted when any of its rows' label cells has a finding. */
    function mergedLabel(keys: string[], value: string | null, rows: number): HTMLElement {
      const withFinding = keys.find((key) => byCell.has(key)) ?? null;
      return cell("th", withFinding, pg.el("span", { class: value === null ? "stick muted" : "stick" }, value === null ? w.unknownLabel : pg.cellText(value)), { scope: "rowgroup", rowspan: rows, class: "merged" });
    }

    const table = pg.el("table", { class: "form" },
      pg.el("caption", null,
        pg.el("span", { class: "form-title", text: p.title && p.title !== w.formTitle ? p.title : w.formTitle }),
        p.year === null ? null : cell("span", "year", `（${p.year}${w.yearSuffix}）`, { class: "form-year" })),
      pg.el("colgroup", null, ["c1", "c2", "c3", "c4", "c5", "c6", "c7"].map((c) => pg.el("col", { class: c }))),
      pg.el("thead", null, pg.el("tr", { class: "band" },
        pg.el("th", { scope: "col", colspan: 6, class: "band-form", text: w.formContent }),
        pg.el("th", { scope: "col", class: "review-h", text: w.review }))),
      head, fundsBody, goals,
      pg.el("tbody", { class: "part-indicators" }, indicatorRows));

    // Findings about the table as a whole, and any whose cell is not drawn.
    const rest = ids.filter((id) => !placed.has(id));
    const whole = rest.length === 0 ? null : pg.el("div", { class: "table-findings" },
      pg.el("h5", { text: w.tableFindings }),
      pg.el("ul", { class: "fl" }, rest.map((id) => pg.findingItem(id, findings[id][6] ? numberOf.get(id)! : null))));
    return pg.el("div", { class: "form-wrap" }, whole, pg.el("div", { class: "form-scroll" }, table));
  };
}
