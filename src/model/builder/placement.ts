/**
 * Give every indicator its 一级 and 二级 (format.md §5). Merged labels are printed once, on
 * the first row of their block or near its middle, so the rows between two labelled rows
 * may belong to either. The split between them is put where the rows' content agrees best
 * with the two labels; with no sign either way the rows stay with the label above.
 */
import { childrenOf, parentOf, LEGACY_LEVEL2, LEVEL2_NAMES, type Level1 } from "../taxonomy.js";
import type { IndicatorNode, Placement } from "../nodes.js";
import { placeOf } from "../nodes.js";
import { affinity, bestLevel2 } from "./affinity.js";
import { hasIndicatorContent, type RowItem } from "./indicators.js";

interface Label {
  level1: Level1 | null;
  level2: string | null;
}

function labelOf(item: RowItem): Label {
  const level2 = item.level2 ?? null;
  return { level1: item.level1 ?? (level2 ? parentOf(level2) ?? null : null), level2 };
}

/** How much more the content must agree with the label below than with the label above. */
const MIN_EVIDENCE = 2;

function isAnchor(item: RowItem): boolean {
  return item.level1 !== undefined || item.level2 !== undefined;
}

function score(item: RowItem, label: Label): number {
  return label.level2 ? affinity(item.nameCell?.text ?? null, item.value, label.level2) : 0;
}

/**
 * 88号 tables file 成本指标 (under 产出) and 满意度指标 (under 效益) as a 二级: such a label
 * standing in the column of the block's 二级 labels, not of its 一级 labels, is read as one.
 */
function readLegacyLevel2(items: RowItem[]): void {
  let level1Index: number | undefined, level2Index: number | undefined, open: Level1 | undefined;
  for (const item of items) {
    const cell = item.level1Cell;
    if (cell && item.level1 && !item.level2 && cell.index === level2Index && level2Index !== level1Index
      && LEGACY_LEVEL2[item.level1] === open) {
      item.level2 = item.level1;
      item.level2Cell = cell;
      item.level1 = undefined;
      item.level1Cell = undefined;
    }
    if (item.level1Cell) { level1Index = item.level1Cell.index; open = item.level1; }
    if (item.level2Cell && item.level2) { level2Index = item.level2Cell.index; open ??= parentOf(item.level2); }
  }
}

/** An unknown 二级 label (`服务质量指标`) stands under the 一级 of the block it follows. */
function inheritLevel1(items: RowItem[]): void {
  let open: Level1 | undefined;
  for (const item of items) {
    if (item.level2 && !item.level1 && !parentOf(item.level2)) item.level1 = open;
    open = item.level1 ?? (item.level2 ? parentOf(item.level2) : undefined) ?? open;
  }
}

export function placeIndicators(items: RowItem[]): IndicatorNode[] {
  readLegacyLevel2(items);
  inheritLevel1(items);
  const anchors = items.flatMap((item, i) => (isAnchor(item) ? [i] : []));
  const owner = new Array<number>(items.length).fill(-1);
  for (const a of anchors) owner[a] = a;
  if (anchors.length > 0) {
    for (let i = 0; i < anchors[0]; i++) owner[i] = anchors[0];
    for (let n = 0; n + 1 < anchors.length; n++) splitBetween(items, anchors[n], anchors[n + 1], owner);
    for (let i = anchors[anchors.length - 1] + 1; i < items.length; i++) owner[i] = anchors[anchors.length - 1];
  }
  const out: IndicatorNode[] = [];
  items.forEach((item, i) => {
    if (!hasIndicatorContent(item)) return;
    const anchor = owner[i] >= 0 ? items[owner[i]] : undefined;
    out.push(toNode(item, anchor, placementOf(i, owner[i])));
  });
  return out;
}

/** Rows a+1 … b-1: the first part goes to anchor a, the rest to anchor b. */
function splitBetween(items: RowItem[], a: number, b: number, owner: number[]): void {
  const above = labelOf(items[a]), below = labelOf(items[b]);
  const towardsBelow: number[] = [];
  let belowSum = 0;
  for (let i = a + 1; i < b; i++) {
    const s = score(items[i], below);
    towardsBelow.push(s);
    belowSum += s;
  }
  // Score of "rows a+1 … k-1 above, k … b-1 below" for every k, in one pass with running sums;
  // ties keep rows with the label above (the largest k). With no sign of the label below in any
  // row, every row stays above and the rows' signs of the label above need not be read.
  let best = b;
  if (belowSum > 0) {
    let aboveSum = 0, bestScore = belowSum;
    best = a + 1;
    for (let k = a + 2; k <= b; k++) {
      aboveSum += score(items[k - 1], above);
      belowSum -= towardsBelow[k - 2 - a];
      if (aboveSum + belowSum >= bestScore) { bestScore = aboveSum + belowSum; best = k; }
    }
    const forwardFill = aboveSum; // every row with the label above (k = b)
    // A label printed mid-block is the exception: claim rows above it only on clear evidence.
    if (bestScore - forwardFill < MIN_EVIDENCE) best = b;
  }
  for (let i = a + 1; i < b; i++) owner[i] = i < best ? a : b;
}

function placementOf(index: number, anchor: number): Placement {
  if (anchor < 0) return "content";
  if (anchor === index) return "row";
  return anchor < index ? "above" : "below";
}

function toNode(item: RowItem, anchor: RowItem | undefined, placement: Placement): IndicatorNode {
  const name = item.nameCell?.text ?? null;
  const label = anchor ? labelOf(anchor) : { level1: null, level2: null };
  let { level1, level2 } = label;
  if (!level2) {
    const candidates = level1 ? childrenOf(level1) : LEVEL2_NAMES;
    // A 一级 with a single 二级 (满意度指标) needs no sign; otherwise the content decides.
    level2 = (candidates.length === 1 ? candidates[0] : bestLevel2(name, item.value, candidates)) ?? null;
    placement = "content";
    level1 ??= level2 ? parentOf(level2) ?? null : null;
  }
  const first = item.nameCell ?? item.valueCell!;
  const { longTermValue, weight, nature, direction, other } = item;
  return {
    ...(longTermValue ? { longTermValue } : {}),
    ...(weight !== undefined ? { weight } : {}),
    ...(nature !== undefined ? { nature } : {}),
    ...(direction !== undefined ? { direction } : {}),
    ...(other ? { other } : {}),
    level1,
    level2,
    name,
    value: item.value,
    line: item.line,
    place: placeOf(first),
    nameCell: item.nameCell ? placeOf(item.nameCell) : null,
    valueCell: item.valueCell ? placeOf(item.valueCell) : null,
    level1Cell: item.level1Cell ? placeOf(item.level1Cell) : null,
    level2Cell: item.level2Cell ? placeOf(item.level2Cell) : null,
    ...(item.weightCell ? { weightCell: placeOf(item.weightCell) } : {}),
    placement,
  };
}
