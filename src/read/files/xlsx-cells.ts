/**
 * One workbook cell as text, the way a person reads it on screen: the displayed text SheetJS
 * formats (`1,217,200.00` for `#,##0.00`), dates as ISO `YYYY-MM-DD` from the date serial
 * (Excel's built-in date formats would come out US-style, `1/1/24`), currency signs dropped from
 * amounts (`¥1,217,200.00` → `1,217,200.00`: the money grammar reads digits), numbers formatted
 * here when SheetJS gave no displayed text. And the place of a cell as Excel writes it:
 * `Sheet1!C12`, `'My Sheet'!C12`.
 */

/** The fields of a SheetJS cell this module reads. */
export interface SheetCell {
  t: string;
  v?: unknown;
  w?: string;
  z?: string | number;
  f?: string;
}

/** The text of a cell ("" for an empty one). */
export function cellText(cell: SheetCell, date1904: boolean): string {
  switch (cell.t) {
    case "s":
    case "str":
      return typeof cell.v === "string" ? cell.v.replace(/\r\n?/g, "\n") : cell.w ?? "";
    case "n":
      return typeof cell.v === "number" ? numberText(cell.v, cell.w, typeof cell.z === "string" ? cell.z : undefined, date1904) : cell.w ?? "";
    case "d":
      return cell.v instanceof Date ? isoDate(cell.v, true) : cell.w ?? String(cell.v ?? "");
    case "b":
      return cell.w ?? (cell.v ? "TRUE" : "FALSE");
    case "e":
      return cell.w ?? "";
    default: // "z": a stub (a styled empty cell)
      return "";
  }
}

/** A formula whose result was never saved (a file written by a program that does not compute). */
export function formulaWithoutValue(cell: SheetCell): boolean {
  return typeof cell.f === "string" && cell.f.length > 0 && (cell.v === undefined || cell.t === "z");
}

const CURRENCY = /[¥￥$€£]/g;

function numberText(value: number, shown: string | undefined, format: string | undefined, date1904: boolean): string {
  if (format !== undefined) {
    const kind = dateKind(format);
    if (kind !== "none") {
      const date = serialToDate(value, date1904);
      if (date) return isoDate(date, kind === "date");
    }
  }
  if (shown !== undefined) return shown.replace(CURRENCY, "").trim();
  return formatNumber(value, format);
}

/** The format's text without quoted literals, escapes, padding, fills and [colour]/[$-804] parts. */
function formatCodes(format: string): string {
  return format.replace(/"[^"]*"|\\.|_.|\*.|\[[^\]]*\]/g, "").toLowerCase();
}

/** Whether a number format shows a whole date (year, month, day), a date and a time, or neither. */
export function dateKind(format: string): "date" | "datetime" | "none" {
  const codes = formatCodes(format.split(";")[0]!);
  if (codes === "general" || !/y/.test(codes) || !/d/.test(codes) || !/m/.test(codes)) return "none";
  return /h|s/.test(codes) ? "datetime" : "date";
}

const DAY = 86_400_000;

/**
 * A date serial as a UTC date: days since 1899-12-31 (day 1 is 1900-01-01; Excel counts a
 * 29 February 1900 that never was, so serials from 61 on are one day ahead), or since
 * 1904-01-01 for a workbook on the 1904 date system. Undefined outside Excel's range.
 */
export function serialToDate(serial: number, date1904: boolean): Date | undefined {
  if (!Number.isFinite(serial) || serial < 1 || serial > 2_958_465) return undefined;
  const rounded = Math.round(serial * 86_400) / 86_400; // to the second: 0.9999999 is the next day
  const days = Math.floor(rounded);
  const time = Math.round((rounded - days) * DAY);
  if (date1904) return new Date(Date.UTC(1904, 0, 1) + days * DAY + time);
  if (days === 60) return undefined; // 1900-02-29
  return new Date(Date.UTC(1899, 11, 31) + (days > 60 ? days - 1 : days) * DAY + time);
}

/** `2024-01-01`, or `2024-01-01 09:30` with the time. */
function isoDate(date: Date, dateOnly: boolean): string {
  const day = date.toISOString().slice(0, 10);
  return dateOnly ? day : `${day} ${date.toISOString().slice(11, 16)}`;
}

/**
 * A number in its format when SheetJS could not format it: the decimals the format shows,
 * thousands separators when it groups, a percent sign for a percentage; currency signs and
 * other literals are left out, as they are from the displayed text.
 */
export function formatNumber(value: number, format: string | undefined): string {
  const section = format ? formatCodes(format.split(";")[0]!) : "general";
  if (section === "general" || section === "") return Number.isInteger(value) ? String(value) : String(Number(value.toPrecision(15)));
  const percent = section.includes("%");
  const decimals = /\.([0#?]+)/.exec(section)?.[1]!.length ?? 0;
  const grouped = /[#0?],[#0?]/.test(section);
  const scaled = percent ? value * 100 : value;
  let text = Math.abs(scaled).toFixed(decimals);
  if (grouped) text = text.replace(/^\d+/, (whole) => whole.replace(/\B(?=(\d{3})+(?!\d))/g, ","));
  return `${scaled < 0 && Number(text.replace(/,/g, "")) !== 0 ? "-" : ""}${text}${percent ? "%" : ""}`;
}

/** `A`, `B` … `Z`, `AA` … for a 0-based column. */
export function columnName(column: number): string {
  let name = "";
  for (let n = column + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

/**
 * A sheet name as a reference's prefix, quoted as Excel quotes it: when it holds anything but
 * letters, digits, `_` and `.`, starts with a digit or `.`, or reads like a cell reference.
 */
export function sheetPrefix(name: string): string {
  const plain = /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(name) && !/^[a-z]{1,3}\d+$/i.test(name) && !/^r\d*c?\d*$/i.test(name);
  return plain ? `${name}!` : `'${name.replace(/'/g, "''")}'!`;
}
