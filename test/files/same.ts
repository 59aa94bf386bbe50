/**
 * The model and findings of an input as `convert` and `check` give them, without the places
 * (line, column, lines, place), which differ between a text and a file's grid by design.
 */
import { openInput } from "../../src/read/source.js";
import { checkSource, convertSource } from "../../src/pipeline.js";
import type { Project, Diagnostic } from "../../src/model/schema.js";

export interface Read {
  encoding: string;
  title: string | null;
  projects: unknown[];
  /** convert's own findings (cells the reader could not place). */
  reading: unknown[];
  /** check's findings: ruleId, severity, message, project. */
  findings: unknown[];
  /** check's findings as they are, places included. */
  raw: Diagnostic[];
  notes: string[];
}

/** Places, and how a table was laid out (`layout`: the family and the count of cells differ by format, merged cells being one). */
const PLACES = new Set(["line", "column", "lines", "place", "layout"]);

/** A value with every place key removed, at any depth. */
export function placeless(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(placeless);
  if (value && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).filter(([k]) => !PLACES.has(k)).map(([k, v]) => [k, placeless(v)]));
  }
  return value;
}

/**
 * A finding without its place. Messages that cite other rows (`第36、57行`) cite lines of the
 * text and rows of a file's grid: those numbers are places too.
 */
const finding = (d: Diagnostic) => ({ ruleId: d.ruleId, severity: d.severity, message: d.message.replace(/第[\d、]+行/g, "第…行"), project: d.project });

export async function readAs(path: string): Promise<Read> {
  const source = await openInput({ path, stdin: false }, "auto");
  const projects: Project[] = [];
  let title: string | null = null;
  let reading: Diagnostic[] = [];
  convertSource(source, {
    startDocument: (start) => { title = start.title; },
    project: (project) => { projects.push(project); },
    endDocument: (diagnostics) => { reading = diagnostics; },
    end: () => {},
  });
  const { diagnostics } = checkSource(source, { lang: "zh" });
  return {
    encoding: source.encoding, title, projects: placeless(projects) as unknown[], reading: reading.map(finding),
    findings: diagnostics.map(finding), raw: diagnostics, notes: source.notes,
  };
}
