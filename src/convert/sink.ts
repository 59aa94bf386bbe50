/**
 * Where `convert` writes, project by project: a district's export is written as it is read
 * instead of being held whole. The JSON is exactly what JSON.stringify(output, null, 2) gives.
 */
import { SCHEMA_VERSION } from "../model/version.js";
import type { Diagnostic, Project } from "../model/schema.js";
import { flatDocumentEnd, flatHeader, flatRows, type FlatDocument, type FlatFormat } from "./flat.js";

export interface DocumentStart {
  path: string;
  encoding: string;
  title: string | null;
}

export interface ConvertSink {
  startDocument(start: DocumentStart): void;
  project(project: Project): void;
  endDocument(diagnostics: Diagnostic[]): void;
  end(): void;
}

const json = (value: unknown) => JSON.stringify(value, null, 2);
const indented = (text: string, spaces: number) => text.replace(/\n/g, `\n${" ".repeat(spaces)}`);

export function jsonSink(write: (text: string) => void): ConvertSink {
  let documents = 0, projects = 0;
  write(`{\n  "schemaVersion": ${SCHEMA_VERSION},\n  "documents": [`);
  return {
    startDocument({ path, encoding, title }) {
      write(`${documents++ ? ",\n" : "\n"}    {\n      "path": ${json(path)},\n      "encoding": ${json(encoding)},\n      "title": ${json(title)},\n      "projects": [`);
      projects = 0;
    },
    project(project) {
      write(`${projects++ ? ",\n" : "\n"}        ${indented(json(project), 8)}`);
    },
    endDocument(diagnostics) {
      write(`${projects ? "\n      ]" : "]"},\n      "diagnostics": ${indented(json(diagnostics), 6)}\n    }`);
    },
    end() {
      write(`${documents ? "\n  ]" : "]"}\n}\n`);
    },
  };
}

/** The flat table, row by row; `bom` starts a CSV with a UTF-8 BOM (for Excel). */
export function flatSink(format: FlatFormat, write: (text: string) => void, bom = false): ConvertSink {
  let current: FlatDocument = { index: 0, path: "", encoding: "", title: null };
  let projects = 0;
  write(flatHeader(format, bom));
  return {
    startDocument(start) {
      current = { ...start, index: current.index + 1 };
      projects = 0;
    },
    project(project) {
      projects++;
      write(flatRows(current, project, format));
    },
    endDocument(diagnostics) {
      write(flatDocumentEnd(current, diagnostics, projects > 0, format));
    },
    end() {},
  };
}
