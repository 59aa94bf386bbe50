/** Dates as printed in declarations: `2024-01-01`, `2024/1/1`, `2024.01.01`, `2024年1月1日`. */
import { toHalfWidth } from "./normalize.js";

const DATE = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/;

/** Whether the text has the shape of a date (valid or not). */
export function isDateText(text: string): boolean {
  return DATE.test(toHalfWidth(text).trim());
}

/** The ISO `YYYY-MM-DD` form, or undefined when the text is not a real calendar date. */
export function parseDate(text: string): string | undefined {
  const match = DATE.exec(toHalfWidth(text).trim());
  if (!match) return undefined;
  const [, y, m, d] = match;
  const year = Number(y), month = Number(m), day = Number(d);
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    return undefined;
  }
  return `${y}-${m.padStart(2, "0")}-${d.padStart(2, "0")}`;
}
