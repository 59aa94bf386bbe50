/**
 * pdf.js (pdfjs-dist, legacy build for Node) loaded on first use and opened quietly: no worker
 * thread (the worker's code runs in this thread), no network (character maps and standard fonts
 * come from the package's own folders), no canvas, no console output, and the process's built-ins
 * as they were (guardProcess). Its errors become one-line InputErrors: a password, a damaged file.
 *
 * Only the few calls perfgoal makes are typed here; pdf.js's own declarations pull in the DOM.
 */
import Module, { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { InputError } from "../../errors.js";

/** A page's drawing operators: `fnArray[i]` is an OPS code, `argsArray[i]` its arguments. */
export interface OperatorList {
  fnArray: number[];
  argsArray: unknown[];
}

/** A run of text as pdf.js extracts it; `transform` maps text space to page space. */
export interface TextRun {
  str: string;
  transform: number[];
  width: number;
  height: number;
  hasEOL: boolean;
}

export interface PdfPage {
  /** [x0, y0, x1, y1] of the page in page space (y up). */
  view: number[];
  getOperatorList(): Promise<OperatorList>;
  getTextContent(): Promise<{ items: Array<TextRun | { type: string }> }>;
  cleanup(): void;
}

export interface PdfDocument {
  numPages: number;
  getPage(n: number): Promise<PdfPage>;
  destroy(): Promise<void>;
}

interface Pdfjs {
  getDocument(params: Record<string, unknown>): { promise: Promise<PdfDocument>; destroy(): Promise<void> };
  OPS: Record<string, number>;
  VerbosityLevel: { ERRORS: number };
}

let loaded: Promise<Pdfjs> | undefined;

/** pdf.js's operator codes (OPS.constructPath …), once it is loaded. */
export let OPS: Record<string, number> = {};

/** Load pdf.js once, quietly, and without changing more of the process than it needs (see guardProcess). */
function load(): Promise<Pdfjs> {
  loaded ??= (async () => {
    const quiet = silenceConsole();
    const restore = guardProcess();
    try {
      const pdfjs = (await import("pdfjs-dist/legacy/build/pdf.mjs")) as unknown as Pdfjs;
      // The worker's code, run in this thread: pdf.js takes it from this global instead of
      // starting a worker thread or importing it by URL.
      (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = await import("pdfjs-dist/legacy/build/pdf.worker.mjs");
      OPS = pdfjs.OPS;
      return pdfjs;
    } finally {
      restore();
      quiet();
    }
  })();
  return loaded;
}

/**
 * pdf.js's legacy build changes the process it is loaded into. Its core-js polyfills replace
 * Array.prototype.push and JSON.parse/stringify with script versions (for edge cases perfgoal
 * never meets; every push of the rest of the run would be several times slower) and define a
 * global `self`; and pdf.js loads @napi-rs/canvas, a 30 MB native module (250–500 ms), to render
 * pages, which perfgoal never does. So while pdf.js loads, the canvas package is not loaded (a
 * stand-in DOMMatrix takes its place: pdf.js makes one when it loads, and uses it only to draw),
 * and afterwards the replaced built-ins are put back and the stand-in removed. What core-js adds
 * (Promise.withResolvers and others that pdf.js needs on Node 20) stays.
 */
function guardProcess(): () => void {
  const saved = [
    [Array.prototype, "push"], [JSON, "parse"], [JSON, "stringify"], [globalThis, "self"], [globalThis, "DOMMatrix"],
  ].map(([target, key]) => [target, key, Object.getOwnPropertyDescriptor(target, key as string)] as const);
  const g = globalThis as { DOMMatrix?: unknown };
  g.DOMMatrix ??= class DOMMatrix {};
  const modules = Module as unknown as { _load(request: string, ...rest: unknown[]): unknown };
  const load = modules._load;
  modules._load = function (this: unknown, request: string, ...rest: unknown[]) {
    if (request === "@napi-rs/canvas") throw new Error("perfgoal draws no pages");
    return load.call(this, request, ...rest);
  };
  return () => {
    modules._load = load;
    for (const [target, key, descriptor] of saved) {
      if (descriptor) Object.defineProperty(target, key as string, descriptor);
      else delete (target as Record<string, unknown>)[key as string];
    }
  };
}

/** Route console output to nowhere until the returned function is called. */
function silenceConsole(): () => void {
  const saved = { log: console.log, info: console.info, warn: console.warn, error: console.error };
  const nothing = () => {};
  Object.assign(console, { log: nothing, info: nothing, warn: nothing, error: nothing });
  return () => Object.assign(console, saved);
}

/** pdfjs-dist's folder (its cmaps/ and standard_fonts/ are read from there). */
function packageFolder(): string {
  const require = createRequire(import.meta.url);
  return dirname(require.resolve("pdfjs-dist/package.json"));
}

/** Open a PDF; a password or a damaged file is an InputError naming `path`. */
export async function openPdf(bytes: Uint8Array, path: string): Promise<PdfDocument> {
  const pdfjs = await load();
  const folder = packageFolder();
  const task = pdfjs.getDocument({
    data: new Uint8Array(bytes), // a copy: pdf.js hands its buffer to the worker side and detaches it
    verbosity: pdfjs.VerbosityLevel.ERRORS - 1, // 0: errors are thrown, nothing is printed
    cMapUrl: join(folder, "cmaps") + "/",
    cMapPacked: true,
    standardFontDataUrl: join(folder, "standard_fonts") + "/",
    isEvalSupported: false,
    useSystemFonts: false,
    disableFontFace: true,
    stopAtErrors: false,
  });
  try {
    return await task.promise;
  } catch (error) {
    await task.destroy().catch(() => {});
    throw new InputError(path, reasonOf(error));
  }
}

/** pdf.js's exceptions as one line for a person. */
export function reasonOf(error: unknown): string {
  const name = (error as { name?: string })?.name;
  const message = String((error as { message?: string })?.message ?? error).split("\n")[0];
  if (name === "PasswordException") return "is password-protected: perfgoal cannot read encrypted PDFs";
  if (name === "InvalidPDFException") return `not a readable PDF (truncated or corrupt): ${message}`;
  return `could not read the PDF (truncated or corrupt?): ${message}`;
}
