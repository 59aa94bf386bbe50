/** pdf.js's worker code (loaded into this thread by ./pdfjs.ts): pdfjs-dist ships no types for it. */
declare module "pdfjs-dist/legacy/build/pdf.worker.mjs" {
  export const WorkerMessageHandler: unknown;
}
