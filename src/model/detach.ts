/**
 * A copy of a string that does not keep the text it was cut from alive. V8 represents a
 * substring as a slice of its parent, so a project name kept after its table is done would
 * keep the whole 16 KiB slice of input around; over 12,000 tables that is most of the memory.
 */
export function detach(text: string): string;
export function detach(text: string | null): string | null;
export function detach(text: string | null): string | null {
  return text === null ? null : (" " + text).slice(1);
}
