/**
 * The label lexicon of text without cell separators (one cell per line, cells between
 * spaces, cells run together): every label of the vocabulary (grammar/vocabulary.ts) and of
 * the taxonomy as a character trie over label keys (half-width, no white space), so a label
 * is found inside a line — longest match first — and the halves of a wrapped label are seen
 * to start one. What a key *is* comes from classifyCell, so the front ends and the model
 * builder never disagree about a label. Built on first use: tab-separated text never pays.
 */
import { classifyCell, type CellKind } from "../../../grammar/cell-kinds.js";
import {
  COLUMN_HEADINGS, FUND_LABELS, FUNDS_SECTIONS, GOAL_HEADINGS, GOAL_SECTIONS, HEADER_FIELDS, INDICATOR_SECTIONS,
} from "../../../grammar/vocabulary.js";
import { labelKey } from "../../../grammar/normalize.js";
import { categoryKeys } from "../../model/taxonomy.js";

/** Kinds a front end may cut a line at: labels of the form's parts (not titles, notes or page marks). */
export type LabelKind = Extract<CellKind["kind"],
  "field" | "fundsSection" | "fundLabel" | "unitNote" | "goalSection" | "goalHeading" | "indicatorSection" | "indicatorHeading" | "level1" | "level2">;

const LABEL_KINDS = new Set<string>([
  "field", "fundsSection", "fundLabel", "unitNote", "goalSection", "goalHeading", "indicatorSection", "indicatorHeading", "level1", "level2",
]);

/** Whether a kind is a label a row is built around (an unknown `…指标` category is not: it may be a name). */
export function isFormLabel(kind: CellKind): boolean {
  return LABEL_KINDS.has(kind.kind) && !(kind.kind === "level2" && !kind.known);
}

interface Node {
  next: Map<number, Node>;
  /** Set when a label key ends here. */
  kind?: CellKind;
}

const UNITS = ["", "(元)", "(万元)", "(单位:元)", "(单位:万元)", "(金额单位:元)", "(金额单位:万元)"];
const PERIODS = ["", "(长期)", "(中期)", "(年度)", "(实施期)", "(中长期)"];
const UNIT_NOTES = ["单位:元", "单位:万元", "金额单位:元", "金额单位:万元", "资金单位:元", "资金单位:万元", "货币单位:元", "货币单位:万元"];

function keys(): string[] {
  const out: string[] = [];
  const all = <T extends string>(table: Readonly<Record<T, readonly string[]>>) => Object.values<readonly string[]>(table).flat();
  out.push(...all(HEADER_FIELDS), ...all(GOAL_HEADINGS), ...GOAL_SECTIONS, ...INDICATOR_SECTIONS, ...UNIT_NOTES);
  for (const label of all(FUND_LABELS)) out.push(label, `其中:${label}`);
  for (const section of FUNDS_SECTIONS) for (const unit of UNITS) out.push(section + unit);
  for (const heading of all(COLUMN_HEADINGS)) for (const period of PERIODS) out.push(heading + period);
  out.push(...categoryKeys());
  return out;
}

class Lexicon {
  private readonly root: Node = { next: new Map() };
  /** First characters of labels: most positions of a line are passed over without a look-up. */
  private readonly starts = new Uint8Array(65536);
  /** The longest key, in characters: no label match looks further. */
  readonly longest: number;

  constructor() {
    let longest = 0;
    for (const raw of keys()) {
      const key = labelKey(raw);
      const kind = classifyCell(key);
      if (!isFormLabel(kind)) continue;
      this.starts[key.charCodeAt(0)] = 1;
      let node = this.root;
      for (let i = 0; i < key.length; i++) {
        const code = key.charCodeAt(i);
        let child = node.next.get(code);
        if (!child) { child = { next: new Map() }; node.next.set(code, child); }
        node = child;
      }
      node.kind = kind;
      longest = Math.max(longest, key.length);
    }
    this.longest = longest;
  }

  /** The longest label starting at `from` in a key string: its end and kind. */
  longestAt(key: string, from: number): { end: number; kind: CellKind } | undefined {
    if (!this.starts[key.charCodeAt(from)]) return undefined;
    let node: Node | undefined = this.root;
    let found: { end: number; kind: CellKind } | undefined;
    for (let i = from; i < key.length && node; i++) {
      node = node.next.get(key.charCodeAt(i));
      if (node?.kind) found = { end: i + 1, kind: node.kind };
    }
    return found;
  }

  /** Whether a key is the start of a longer label (`满意度指`, `项目资金`, `年度(/项目)`). */
  startsLabel(key: string): boolean {
    if (key.length === 0 || key.length >= this.longest) return false;
    let node: Node | undefined = this.root;
    for (let i = 0; i < key.length && node; i++) node = node.next.get(key.charCodeAt(i));
    return node !== undefined && node.next.size > 0;
  }
}

let shared: Lexicon | undefined;

export function lexicon(): Lexicon {
  shared ??= new Lexicon();
  return shared;
}

/** White space a label key leaves out (as labelKey does: ASCII, NBSP, U+3000 and the Unicode spaces). */
export function isSpace(code: number): boolean {
  return code <= 0x20 || code === 0xa0 || code === 0x3000 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a)
    || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0xfeff;
}

/** A text's label key with, for every key character, its index in the text. */
export interface KeyStream {
  key: string;
  at: number[];
}

/** The key stream of text[from, to): full-width folded to ASCII, white space left out. */
export function keyStream(text: string, from = 0, to = text.length): KeyStream {
  const at: number[] = [];
  let key = "";
  for (let i = from; i < to; i++) {
    let code = text.charCodeAt(i);
    if (isSpace(code)) continue;
    if (code >= 0xff01 && code <= 0xff5e) code -= 0xfee0;
    key += String.fromCharCode(code);
    at.push(i);
  }
  return { key, at };
}

/** What a whole cell is, when it is a label of the form; otherwise undefined. */
export function labelOf(text: string): CellKind | undefined {
  const kind = classifyCell(text);
  return isFormLabel(kind) ? kind : undefined;
}
