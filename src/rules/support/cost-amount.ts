/**
 * A cost indicator's amount in exact integer fen (`≤29.6(万元)` → 29,600,000 fen), read from
 * the digits as written rather than from the parsed float, so that comparing it with the funds
 * (also in fen) never touches floating point.
 */
import { labelKey, toHalfWidth } from "../../../grammar/normalize.js";
import type { IndicatorValue } from "../../../grammar/value.js";
import { unitHint } from "./terms.js";

/** Fen in one of each money unit. */
const FEN_PER_UNIT: Readonly<Record<string, bigint>> = {
  元: 100n,
  千元: 100_000n,
  万元: 1_000_000n,
  万: 1_000_000n,
  百万元: 100_000_000n,
  亿元: 10_000_000_000n,
};

const DIGITS = /(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?/;

export interface CostAmount {
  fen: bigint;
  /** The unit as the value states it (`万元`), to say a slip in the writer's own unit. */
  unit: string;
}

/**
 * The amount a value states, when it is a number with a money unit of its own (or one the name
 * announces, `项目总成本(万元)`); undefined otherwise (a rate, a unit per something, no unit).
 */
export function costAmount(value: IndicatorValue, name: string | null): CostAmount | undefined {
  if (value.kind !== "quantitative") return undefined;
  const unit = value.unit !== null ? labelKey(value.unit) : name !== null ? unitHint(name)?.unit ?? null : null;
  const perUnit = unit === null ? undefined : FEN_PER_UNIT[unit];
  if (perUnit === undefined || unit === null) return undefined;
  const match = DIGITS.exec(toHalfWidth(value.text));
  if (!match) return undefined;
  const [, whole, fraction = ""] = match;
  // The digits found must be the number the grammar read (not a year or a count before it).
  if (Number(`${whole.replace(/,/g, "")}.${fraction || "0"}`) !== value.number) return undefined;
  const scaled = BigInt(whole.replace(/,/g, "") + fraction) * perUnit;
  const divisor = 10n ** BigInt(fraction.length);
  if (scaled % divisor !== 0n) return undefined;
  return { fen: scaled / divisor, unit };
}

/** Fen said in a money unit, exactly and without trailing zeros: 2,960,000.00 元 in 万元 → `296`. */
export function fenIn(fen: bigint, unit: string): string {
  const perUnit = FEN_PER_UNIT[unit] ?? 100n;
  const negative = fen < 0n;
  const abs = negative ? -fen : fen;
  const whole = abs / perUnit;
  const rest = abs % perUnit;
  const places = perUnit.toString().length - 1;
  const fraction = rest === 0n ? "" : `.${rest.toString().padStart(places, "0").replace(/0+$/, "")}`;
  return `${negative ? "-" : ""}${whole}${fraction}`;
}
