/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
/**
 * Page script, part 4: start-up and navigation. Reads the embedded data, draws a project's
 * form only when its section is opened (a batch of thousands of tables stays light), sorts
 * the project table, follows links to findings (`#f-12` opens the project and focuses the
 * finding beside its cell), turns chart bars into rule filters, and draws every table before
 * printing when the batch is small enough to print whole. Self-contained: see types.ts.
 */
import type { Client } from "./types.js";

export function installApp(pg: Client): void {
  const PRINT_ALL_MAX = 300;

  function render(details: HTMLDetailsElement): void {
    const host = details.querySelector<HTMLElement>(".form-host");
    if (!host || host.dataset.drawn) return;
    host.dataset.drawn = "1";
    host.replaceChildren(pg.renderProject(Number(details.dataset.p)));
  }

  pg.openProject = (index) => {
    const details = document.getElementById(`p-${index}`) as HTMLDetailsElement | null;
    if (!details) return null;
    render(details);
    details.open = true;
    return details;
  };

  /** Go to `#p-N` (a project) or `#f-N` (a finding, beside its cell). */
  function navigate(hash: string): void {
    const match = /^#([pf])-(\d+)$/.exec(hash);
    if (!match) return;
    const n = Number(match[2]);
    if (match[1] === "p") {
      const details = pg.openProject(n);
      details?.scrollIntoView({ block: "start" });
      return;
    }
    const finding = pg.data.findings[n];
    if (!finding) return;
    if (finding[3] >= 0) pg.openProject(finding[3]);
    const target = document.getElementById(`f-${n}`) ?? document.getElementById(`file-${finding[2]}`);
    if (!target) return;
    target.scrollIntoView({ block: "center" });
    if (target.tabIndex >= -1) target.focus({ preventScroll: true });
    for (const cell of document.querySelectorAll<HTMLElement>(`[aria-describedby~="f-${n}"]`)) {
      cell.classList.remove("flash");
      void cell.offsetWidth; // restart the animation
      cell.classList.add("flash");
    }
  }

  function sortable(table: HTMLTableElement): void {
    const body = table.tBodies[0];
    const collator = new Intl.Collator(pg.data.lang === "zh" ? "zh-Hans-CN-u-co-pinyin" : "en", { numeric: true });
    const headers = Array.from(table.querySelectorAll<HTMLTableCellElement>("thead th[data-sort]"));
    for (const th of headers) {
      const button = th.querySelector("button");
      if (!button) continue;
      button.addEventListener("click", () => {
        const column = th.cellIndex;
        const numeric = th.dataset.sort === "number";
        const ascending = th.getAttribute("aria-sort") !== "ascending";
        const rows = Array.from(body.rows);
        const key = (row: HTMLTableRowElement) => {
          const cell = row.cells[column];
          return cell.dataset.v ?? cell.textContent ?? "";
        };
        const keyed = rows.map((row) => ({ row, key: key(row) }));
        keyed.sort((a, b) => {
          let order: number;
          if (numeric) {
            // Blank amounts sort last either way.
            if (a.key === "" || b.key === "") return a.key === "" ? (b.key === "" ? 0 : 1) : -1;
            order = Number(a.key) - Number(b.key);
          } else order = collator.compare(a.key, b.key);
          return ascending ? order : -order;
        });
        for (const other of headers) other.setAttribute("aria-sort", "none");
        th.setAttribute("aria-sort", ascending ? "ascending" : "descending");
        body.append(...keyed.map((k) => k.row));
      });
    }
  }

  function fileFindings(): void {
    for (const host of document.querySelectorAll<HTMLElement>(".file-findings[data-file]")) {
      const ids = pg.byFile[Number(host.dataset.file)] ?? [];
      if (ids.length === 0) continue;
      const shown = ids.slice(0, 200);
      host.replaceChildren(
        pg.el("h4", { text: `${pg.data.words.fileFindings} (${ids.length})` }),
        pg.el("ul", { class: "fl" }, shown.map((id) => pg.findingItem(id, null))));
    }
  }

  function print(): void {
    const all = Array.from(document.querySelectorAll<HTMLDetailsElement>("details.project"));
    const note = document.getElementById("print-note");
    window.addEventListener("beforeprint", () => {
      if (all.length <= PRINT_ALL_MAX) {
        for (const details of all) {
          if (details.open) continue;
          render(details);
          details.open = true;
          details.dataset.printOpened = "1";
        }
      } else if (note) {
        note.textContent = pg.fill(pg.data.words.printNote, { total: all.length, open: all.filter((d) => d.open).length });
      }
    });
    window.addEventListener("afterprint", () => {
      for (const details of all) {
        if (!details.dataset.printOpened) continue;
        details.open = false;
        delete details.dataset.printOpened;
      }
    });
  }

  pg.start = () => {
    const began = performance.now();
    const source = document.getElementById("pg-data");
    pg.data = JSON.parse(source?.textContent ?? "{}");
    pg.byProject = pg.data.projects.map(() => []);
    pg.byFile = pg.data.files.map(() => []);
    pg.data.findings.forEach((f, id) => {
      if (f[3] >= 0) pg.byProject[f[3]].push(id);
      else pg.byFile[f[2]].push(id);
    });

    pg.initFindings();
    fileFindings();
    const table = document.getElementById("project-table") as HTMLTableElement | null;
    if (table) sortable(table);

    for (const details of document.querySelectorAll<HTMLDetailsElement>("details.project")) {
      if (details.open) render(details);
      details.addEventListener("toggle", () => { if (details.open) render(details); });
    }
    document.addEventListener("click", (event) => {
      const link = (event.target as Element).closest?.("a");
      if (!link) return;
      const rule = link.getAttribute("data-rule");
      if (rule !== null) pg.setRuleFilter(Number(rule));
      const href = link.getAttribute("href") ?? "";
      if (/^#[pf]-\d+$/.test(href)) navigate(href);
    });
    window.addEventListener("hashchange", () => navigate(location.hash));
    print();
    if (location.hash) navigate(location.hash);

    document.documentElement.dataset.ready = String(Math.round(performance.now() - began));
  };
}
