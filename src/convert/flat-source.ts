/** Whether a source is a flat table written by convert (read back into its JSON, flat-read.ts). */
import type { TextSource } from "../read/source.js";
import { detectFlat } from "./flat-read.js";
import type { FlatFormat } from "./flat.js";

/** The flat format of a source, by its first piece (a streamed file is closed again after it). */
export function flatFormatOf(source: TextSource): FlatFormat | undefined {
  const pieces = source.pieces()[Symbol.iterator]();
  const first = pieces.next();
  pieces.return?.(); // closes a streamed file
  return first.done ? undefined : detectFlat(first.value);
}
