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
/** Bytes written to, and read from, the temporary file at a time (strings this size stay out of the large-object space). */
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
  private file: { fd: number; path?: string; written: number; pending: string[]; pendingBytes: number } | undefined;

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
      for (const e of entries) this.write(e);
      return;
    }
    for (const e of entries) this.held.push(e);
    if (this.held.length > this.spillAfter) this.spill();
  }

  /** The findings in report order, as JSON text. */
  *serialized(): Generator<string> {
    const apart = this.apart.sort(compare); // stable: ties stay in the order they came
    let a = 0;
    for (const e of this.run()) {
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
    if (!this.file) return;
    const { fd, path } = this.file;
    this.file = undefined;
    closeSync(fd);
    if (path) removeFile(path);
  }

  private spill(): void {
    const path = join(tmpdir(), `perfgoal-findings-${process.pid}-${++spools}.tmp`);
    const fd = openSync(path, "w+", 0o600);
    let kept: string | undefined = path;
    try {
      unlinkSync(path); // the open file lives on, nameless, until it is closed
      kept = undefined;
    } catch {
      // a system that cannot remove an open file: removed on close
    }
    this.file = { fd, path: kept, written: 0, pending: [], pendingBytes: 0 };
    for (const e of this.held) this.write(e);
    this.held = [];
  }

  private write(e: Entry): void {
    const file = this.file!;
    const record = `${e.line}\t${e.column}\t${e.batch}\t${e.ruleId}\t${e.json}\n`;
    file.pending.push(record);
    file.pendingBytes += record.length;
    if (file.pendingBytes >= BLOCK / 3) this.flush(); // at most 3 bytes a UTF-16 unit
  }

  private flush(): void {
    const file = this.file!;
    if (file.pending.length === 0) return;
    const bytes = Buffer.from(file.pending.join(""));
    for (let at = 0; at < bytes.length;) at += writeSync(file.fd, bytes, at, bytes.length - at, file.written + at);
    file.written += bytes.length;
    file.pending = [];
    file.pendingBytes = 0;
  }

  /** The run, from memory or read back from the file a block at a time. */
  private *run(): Generator<Entry> {
    if (!this.file) {
      yield* this.held;
      return;
    }
    this.flush();
    const { fd, written } = this.file;
    const buffer = Buffer.allocUnsafe(BLOCK);
    let carry: Buffer = Buffer.alloc(0);
    for (let position = 0; position < written;) {
      const n = readSync(fd, buffer, 0, Math.min(BLOCK, written - position), position);
      position += n;
      const data = carry.length > 0 ? Buffer.concat([carry, buffer.subarray(0, n)]) : buffer.subarray(0, n);
      // Records end in a line feed (JSON text has none inside): decode whole records only.
      const cut = data.lastIndexOf(0x0a) + 1;
      carry = Buffer.from(data.subarray(cut));
      const text = data.toString("utf8", 0, cut);
      for (let start = 0; start < text.length;) {
        const end = text.indexOf("\n", start);
        yield parseRecord(text, start, end);
        start = end + 1;
      }
    }
  }
}

function parseRecord(text: string, start: number, end: number): Entry {
  const t1 = text.indexOf("\t", start), t2 = text.indexOf("\t", t1 + 1), t3 = text.indexOf("\t", t2 + 1), t4 = text.indexOf("\t", t3 + 1);
  return {
    line: Number(text.slice(start, t1)),
    column: Number(text.slice(t1 + 1, t2)),
    batch: Number(text.slice(t2 + 1, t3)),
    ruleId: text.slice(t3 + 1, t4),
    json: text.slice(t4 + 1, end),
  };
}

function removeFile(path: string): void {
  try {
    unlinkSync(path);
  } catch {
    // gone already
  }
}
