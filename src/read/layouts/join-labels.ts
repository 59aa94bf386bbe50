/**
 * Labels wrapped over lines (`满意度指` / `标`, `服务对象` / `满意度指` / `标`, `项目资金` / `（元）`,
 * `生态环境` / `成本指标`): consecutive pieces whose keys only together make a label of the form
 * are joined into one piece placed at the first. A piece that is a whole label itself joins
 * the next only when the next is no label on its own (`社会效益` + `指标`, but never
 * `满意度指标` + `服务对象满意度指标`). The lookahead is as long as the longest label; a page
 * mark between two halves is passed on at once.
 */
import { labelKey } from "../../../grammar/normalize.js";
import { isFormLabel, lexicon, labelOf } from "./lexicon.js";
import { classifyCell } from "../../../grammar/cell-kinds.js";
import type { Piece } from "./pieces.js";

/** Pieces more than this many lines apart are never halves of one label (a page break: two blank lines). */
const MAX_GAP = 3;
const SHORT = 64;

export class LabelJoiner {
  private readonly held: Piece[] = [];

  constructor(private readonly emit: (piece: Piece, parts: Piece[]) => void) {}

  push(piece: Piece): void {
    // A page mark between the halves (`满意度指` / `第 1 页 共 3 页` / `标`) is passed on and joins nothing.
    if (this.held.length > 0 && piece.text.length <= SHORT && classifyCell(piece.text).kind === "nonData") {
      this.emit(piece, [piece]);
      return;
    }
    this.held.push(piece);
    this.drain(false);
  }

  finish(): void {
    this.drain(true);
  }

  private drain(final: boolean): void {
    const lex = lexicon();
    while (this.held.length > 0) {
      // How far the held pieces keep spelling the start of a label.
      let key = "";
      let best = 0;
      for (let k = 0; k < this.held.length; k++) {
        const piece = this.held[k];
        if (k > 0 && piece.line - this.held[k - 1].line > MAX_GAP) break;
        if (piece.text.length > lex.longest * 3) break;
        key += labelKey(piece.text);
        const whole = k > 0 && isFormLabel(classifyCell(key));
        if (whole && this.allowed(k + 1)) best = k + 1;
        if (!lex.startsLabel(key)) break;
        if (k === this.held.length - 1 && !final) return; // the next piece may still complete a label
      }
      if (best >= 2) {
        const parts = this.held.splice(0, best);
        const text = parts.map((p) => p.text).join("");
        this.emit({ text, line: parts[0].line, offset: parts[0].offset, lineStart: parts[0].lineStart, end: parts[best - 1].end }, parts);
      } else {
        const piece = this.held.shift()!;
        this.emit(piece, [piece]);
      }
    }
  }

  /** Joining the first `count` held pieces: not when both ends are labels on their own. */
  private allowed(count: number): boolean {
    return !(labelOf(this.held[0].text) && labelOf(this.held[count - 1].text));
  }
}
