/**
 * Money amounts, exact: `1,217,200.00`, `125.6000` (万元), ` 250万`. Amounts are held
 * in integer fen (分) so that sums never touch floating point (format.md §2).
 */
import { toHalfWidth } from "./normalize.js";

export type MoneyUnit = "元" | "万元";

export interface Amount {
  /** The amount in fen; an integer. */
  fen: number;
  /** The unit written on the cell itself, when one was glued on (`250万`). */
  unit: MoneyUnit | null;
}

const AMOUNT = /^([+-]?)((?:\d{1,3}(?:,\d{3})+|\d+))(?:\.(\d+))?(万元|万|元)?$/;

/** Decimal places a unit can carry before the amount stops being a whole number of fen. */
const FEN_DIGITS: Record<MoneyUnit, number> = { 元: 2, 万元: 6 };

/** Whether the cell is written as an amount (digits with optional separators and unit). */
export function isAmountText(text: string): boolean {
  return AMOUNT.test(toHalfWidth(text).replace(/\s+/g, ""));
}

/**
 * Parse an amount in the declared unit (a unit glued on the cell wins).
 * Returns undefined when the text is not an amount or is not a whole number of fen.
 */
export function parseAmount(text: string, declared: MoneyUnit): Amount | undefined {
  const match = AMOUNT.exec(toHalfWidth(text).replace(/\s+/g, ""));
  if (!match) return undefined;
  const [, sign, whole, fraction = "", glued] = match;
  const unit: MoneyUnit | null = glued === undefined ? null : glued === "元" ? "元" : "万元";
  const digits = FEN_DIGITS[unit ?? declared];
  const kept = fraction.slice(0, digits).padEnd(digits, "0");
  if (/[1-9]/.test(fraction.slice(digits))) return undefined;
  const fen = Number(BigInt(whole.replace(/,/g, "") + kept));
  if (!Number.isSafeInteger(fen)) return undefined;
  return { fen: sign === "-" ? -fen : fen, unit };
}

/** Fen as a number of 元 (for JSON output; the sum itself stays in fen). */
export function fenToYuan(fen: number): number {
  return fen / 100;
}

/** `1217200` fen → `12,172.00` — 元 with thousands separators. */
export function formatYuan(fen: number): string {
  const negative = fen < 0;
  const abs = Math.abs(fen);
  const whole = Math.floor(abs / 100).toString().replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  const cents = (abs % 100).toString().padStart(2, "0");
  return `${negative ? "-" : ""}${whole}.${cents}`;
}
