/**
 * A file's findings while it is checked, for the reports written as they go (JSON, GitHub):
 * memory stays flat however many tables a file has. Each table's findings come sorted and
 * after those of the table before, so they are appended to one run — held in memory up to
 * `spillAfter` findings, then written to a temporary file (removed as soon as it is open
 * where the system allows, else when the spool is closed). Findings that come before the end
 * of the run — the document-wide rules' (they run last), or a table's that stand above its
 * predecessor's — are held apart, and merged in when the run is read back.
 *
 * Read back, the findings come in the order sortDiagnostics gives the whole list: by line,
 * column and rule id, ties in the order they were added. Each is given as the JSON text
 * JSON.stringify makes of it, which is what the JSON report prints.
 */
import { closeSync, openSync, readSync, unlinkSync, writeSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Diagnostic, Severity } from "../model/schema.js";

/** Findings held in memory before the run goes to a temporary file. */
const SPILL_AFTER = 5000;
/** Bytes written to, and read from, the temporary file at a time (strings this size stay out of the large-object space); even, as UTF-16 is. */
const BLOCK = 64 * 1024;

/** A finding with what orders it: its line and column (0 when it has none), and the table it came with. */
interface Entry {
  line: number;
  column: number;
  ruleId: string;
  /** Which `add` it came with: ties between the run and the findings held apart go by this. */
  batch: number;
  json: string;
}

function entry(d: Diagnostic, batch: number): Entry {
  return { line: d.line ?? 0, column: d.column ?? 0, ruleId: d.ruleId, batch, json: JSON.stringify(d) };
}

/** sortDiagnostics' order, ties by batch. */
function compare(a: Entry, b: Entry): number {
  return a.line - b.line || a.column - b.column || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0) || a.batch - b.batch;
}

let spools = 0;

export class FindingSpool {
  readonly counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  size = 0;
  private batches = 0;
  /** The run, while it is held in memory. */
  private held: Entry[] = [];
  /** The last finding of the run, which the next table's must not come before. */
  private last: Entry | undefined;
  /** Findings that came before the end of the run, in the order they came. */
  private apart: Entry[] = [];
  private file: SpillFile | undefined;

  constructor(private readonly spillAfter = SPILL_AFTER) {}

  /** One table's findings (or the document's), sorted. */
  add(sorted: readonly Diagnostic[]): void {
    if (sorted.length === 0) return;
    const batch = this.batches++;
    const entries = sorted.map((d) => entry(d, batch));
    for (const d of sorted) this.counts[d.severity]++;
    this.size += entries.length;
    if (this.last && compare(entries[0], this.last) < 0) {
      for (const e of entries) this.apart.push(e);
      return;
    }
    this.last = entries[entries.length - 1];
    if (this.file) {
      for (const e of entries) this.file.write(e);
      return;
    }
    for (const e of entries) this.held.push(e);
    if (this.held.length > this.spillAfter) {
      this.file = new SpillFile();
      for (const e of this.held) this.file.write(e);
      this.held = [];
    }
  }

  /** The findings in report order, as JSON text. */
  *serialized(): Generator<string> {
    const apart = this.apart.sort(compare); // stable: ties stay in the order they came
    let a = 0;
    for (const e of this.file ? this.file.read() : this.held) {
      while (a < apart.length && compare(apart[a], e) < 0) yield apart[a++].json;
      yield e.json;
    }
    while (a < apart.length) yield apart[a++].json;
  }

  /** The findings in report order. */
  *findings(): Generator<Diagnostic> {
    for (const json of this.serialized()) yield JSON.parse(json) as Diagnostic;
  }

  /** Let go of the temporary file. */
  close(): void {
    this.file?.close();
    this.file = undefined;
  }
}

/**
 * The run once it is too long to hold: each finding's JSON text on a line of a temporary file
 * (in UTF-16, as strings hold it: no transcoding either way), what orders it in memory beside.
 */
class SpillFile {
  private readonly fd: number;
  private readonly path: string | undefined;
  private written = 0;
  private pending: string[] = [];
  private pendingLength = 0;
  /** Per finding: line, column, batch and rule (an index into `rules`). */
  private keys = new Int32Array(4 * 1024);
  private count = 0;
  private readonly rules: string[] = [];
  private readonly ruleIndex = new Map<string, number>();

  constructor() {
    const path = join(tmpdir(), `perfgoal-findings-${process.pid}-${++spools}.tmp`);
    this.fd = openSync(path, "w+", 0o600);
    try {
      unlinkSync(path); // the open file lives on, nameless, until it is closed
    } catch {
      this.path = path; // a system that cannot remove an open file: removed on close
    }
  }

  write(e: Entry): void {
    if (4 * (this.count + 1) > this.keys.length) {
      const larger = new Int32Array(this.keys.length * 2);
      larger.set(this.keys);
      this.keys = larger;
    }
    let rule = this.ruleIndex.get(e.ruleId);
    if (rule === undefined) this.ruleIndex.set(e.ruleId, (rule = this.rules.push(e.ruleId) - 1));
    const k = 4 * this.count++;
    this.keys[k] = e.line;
    this.keys[k + 1] = e.column;
    this.keys[k + 2] = e.batch;
    this.keys[k + 3] = rule;
    this.pending.push(e.json);
    this.pendingLength += e.json.length + 1;
    if (this.pendingLength * 2 >= BLOCK) this.flush();
  }

  /** The findings written, in order, read back a block at a time. */
  *read(): Generator<Entry> {
    this.flush();
    const buffer = Buffer.allocUnsafe(BLOCK);
    let carry = "", n = 0;
    for (let position = 0; position < this.written;) {
      const size = readSync(this.fd, buffer, 0, Math.min(BLOCK, this.written - position), position);
      position += size;
      const text = carry + buffer.toString("utf16le", 0, size);
      // Each finding's text ends in a line feed (JSON text has none inside).
      const cut = text.lastIndexOf("\n") + 1;
      carry = text.slice(cut);
      for (let start = 0; start < cut;) {
        const end = text.indexOf("\n", start);
        const k = 4 * n++;
        yield { line: this.keys[k], column: this.keys[k + 1], batch: this.keys[k + 2], ruleId: this.rules[this.keys[k + 3]], json: text.slice(start, end) };
        start = end + 1;
      }
    }
  }

  close(): void {
    closeSync(this.fd);
    if (this.path) removeFile(this.path);
  }

  private flush(): void {
    if (this.pending.length === 0) return;
    const bytes = Buffer.from(`${this.pending.join("\n")}\n`, "utf16le");
    for (let at = 0; at < bytes.length;) at += writeSync(this.fd, bytes, at, bytes.length - at, this.written + at);
    this.written += bytes.length;
    this.pending = [];
    this.pendingLength = 0;
  }
}

function removeFile(path: string): void {
  try {
    unlinkSync(path);
  } catch {
    // gone already
  }
}
