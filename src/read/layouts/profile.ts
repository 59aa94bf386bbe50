/**
 * What the start of a text looks like, read once for all families' detect(): how many lines
 * carry tabs or pipes, how many are one label alone (one cell per line), start with a label
 * and a space (cells between spaces) or a label run on into more text (cells run together),
 * and how often a blank line stands between two lines (one cell per paragraph). Linear in
 * the head's length; text with tabs or pipes on a good share of its lines is not looked at further.
 */
import { classifyCell } from "../../../grammar/cell-kinds.js";
import { isFormLabel, isSpace, keyStream, lexicon } from "./lexicon.js";

export interface Profile {
  /** Non-empty lines looked at. */
  lines: number;
  /** Lines with a tab or a pipe. */
  tabbed: number;
  /** Consecutive non-empty lines with a blank line between them. */
  gaps: number;
  /** Lines that are one label of the form. */
  alone: number;
  /** Lines that start with a label, then a space and more. */
  spaced: number;
  /** Lines that start with a label run on into more text. */
  runTogether: number;
}

/** Lines looked at, at most. */
const MAX_LINES = 4000;
/** Tabs or pipes on this share of the lines: the text is tabular, whatever else it has. */
export const TABBED = 0.3;
/** A label at a line's start is found within this many characters. */
const LOOK = 48;
const SHORT = 64;

/** Lines that show the family at all: fewer, and no family is claimed. */
const MIN_LABELLED = 3;

let last: { head: string; profile: Profile } | undefined;

export function profileOf(head: string): Profile {
  if (last?.head === head) return last.profile;
  const profile = measure(head);
  last = { head, profile };
  return profile;
}

function measure(head: string): Profile {
  const profile: Profile = { lines: 0, tabbed: 0, gaps: 0, alone: 0, spaced: 0, runTogether: 0 };
  const lines: string[] = [];
  let blank = false;
  for (let start = 0; start < head.length && profile.lines < MAX_LINES;) {
    let end = start;
    while (end < head.length && head.charCodeAt(end) !== 10 && head.charCodeAt(end) !== 13) end++;
    const line = head.slice(start, end).trim();
    start = end + (head.charCodeAt(end) === 13 && head.charCodeAt(end + 1) === 10 ? 2 : 1);
    if (line.length === 0) { blank = true; continue; }
    if (profile.lines > 0 && blank) profile.gaps++;
    blank = false;
    profile.lines++;
    // The tabular family parts cells at any pipe (`项目名称 | 乡村公路 | |||`), not only a leading one.
    if (line.includes("\t") || line.includes("|")) profile.tabbed++;
    lines.push(line);
  }
  // Too few lines to show a family, or a tabular text: the label lexicon is not even built.
  if (profile.lines < MIN_LABELLED || profile.tabbed / profile.lines >= TABBED) return profile;
  const lex = lexicon();
  for (const line of lines) {
    if (line.length <= SHORT && isFormLabel(classifyCell(line))) { profile.alone++; continue; }
    const { key, at } = keyStream(line, 0, Math.min(line.length, LOOK));
    const match = lex.longestAt(key, 0);
    if (!match || match.end >= key.length) continue;
    if (isSpace(line.charCodeAt(at[match.end - 1] + 1))) profile.spaced++;
    else profile.runTogether++;
  }
  return profile;
}

/** How well each family of text without separators fits (0 when the text is tabular). */
export function scores(head: string): { lines: number; paragraphs: number; spaces: number; runTogether: number } {
  const p = profileOf(head);
  const labelled = p.alone + p.spaced + p.runTogether;
  if (labelled < MIN_LABELLED || p.tabbed / p.lines >= TABBED) return { lines: 0, paragraphs: 0, spaces: 0, runTogether: 0 };
  const alone = p.alone / labelled;
  const gapped = p.lines > 1 && p.gaps / (p.lines - 1) >= 0.5;
  return {
    lines: gapped ? alone / 2 : alone,
    paragraphs: gapped ? alone : 0,
    spaces: p.spaced / labelled,
    runTogether: p.runTogether / labelled,
  };
}
