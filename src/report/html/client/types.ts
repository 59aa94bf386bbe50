/**
 * What the page script is made of. The script is assembled from self-contained functions
 * (see script.ts); each installs its part on one shared object, typed here, so the parts can
 * call each other without imports (an import would not survive being put into the page).
 */
import type { Severity } from "../../../model/schema.js";
import type { Words } from "../words.js";
import type { FindingTuple, PageProjectData } from "../collect.js";

export interface PageFile {
  path: string;
  title: string | null;
  error: string | null;
}

export interface PageRule {
  id: string;
  severity: Severity;
  summary: string;
  source: string;
}

export interface PageProject {
  /** File index. */
  f: number;
  /** Findings at error, warning, info severity. */
  c: [number, number, number];
  p: PageProjectData;
}

/** The JSON embedded in the page (`<script type="application/json" id="pg-data">`). */
export interface PageData {
  lang: "zh" | "en";
  words: Words;
  version: string;
  files: PageFile[];
  rules: PageRule[];
  findings: FindingTuple[];
  projects: PageProject[];
}

/** A piece of cell text: plain text, or a control character to show as a visible mark. */
export type Segment = string | { ctl: string };

export type Child = Node | string | null | undefined | false;

export interface Client {
  data: PageData;
  /** Finding ids per project, and per file for the findings that belong to no table. */
  byProject: number[][];
  byFile: number[][];

  // util.ts
  UNSAFE: RegExp;
  segments(text: string): Segment[];
  el(tag: string, props?: Record<string, string | number | boolean | null | undefined> | null, ...children: Array<Child | Child[]>): HTMLElement;
  cellText(text: string): DocumentFragment;
  fill(template: string, data: Record<string, string | number>): string;
  formatFen(fen: number): string;
  yuanToFen(yuan: number): number;
  severityName(severity: number): string;
  severityKey(severity: number): Severity;

  // form.ts
  renderProject(index: number): HTMLElement;
  findingItem(id: number, number: number | null): HTMLElement;

  // findings.ts
  initFindings(): void;
  setRuleFilter(rule: number): void;

  // app.ts
  start(): void;
  openProject(index: number): HTMLDetailsElement | null;
}
