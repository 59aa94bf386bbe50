/**
 * The terminal styles of the pretty report, written as chalk writes them at its level 1 (the
 * 16 basic colours): the open codes before the text and the close codes after; a close code
 * inside the text is followed by its open code again; a line break inside closes the styles
 * before it and opens them again after. chalk itself is not loaded: at load it asks node:tty
 * and node:os what the terminal supports (node:tty loads node:net), which a check pays for at
 * start-up — and the report is told whether to colour. test/report/ansi.test.ts holds the two
 * to the same bytes.
 */

/** One SGR style: its open and close codes. */
interface Code {
  open: string;
  close: string;
}

const code = (open: number, close: number): Code => ({ open: `\u001B[${open}m`, close: `\u001B[${close}m` });
const CODES = {
  bold: code(1, 22),
  dim: code(2, 22),
  underline: code(4, 24),
  red: code(31, 39),
  green: code(32, 39),
  yellow: code(33, 39),
  blue: code(34, 39),
};
type StyleName = keyof typeof CODES;

/** Text in a style: the text as it is when colour is off or it is empty. */
export type Paint = (text: string) => string;

/** `styles` applied outermost first (chalk's `chalk.red.bold` is paint(["red", "bold"])). */
function paint(styles: readonly StyleName[], color: boolean): Paint {
  if (!color) return (text) => text;
  const codes = styles.map((name) => CODES[name]);
  const openAll = codes.map((c) => c.open).join("");
  const closeAll = codes.map((c) => c.close).reverse().join("");
  return (text) => {
    if (!text) return text;
    if (text.includes("\u001B")) {
      for (let i = codes.length - 1; i >= 0; i--) text = text.replaceAll(codes[i].close, codes[i].close + codes[i].open);
    }
    if (text.includes("\n")) text = text.replace(/\r?\n/g, (lineBreak) => closeAll + lineBreak + openAll);
    return openAll + text + closeAll;
  };
}

/** The styles the pretty report uses. */
export interface Palette {
  bold: Paint;
  dim: Paint;
  underline: Paint;
  red: Paint;
  green: Paint;
  yellow: Paint;
  blue: Paint;
  redBold: Paint;
  yellowBold: Paint;
}

export function palette(color: boolean): Palette {
  return {
    bold: paint(["bold"], color),
    dim: paint(["dim"], color),
    underline: paint(["underline"], color),
    red: paint(["red"], color),
    green: paint(["green"], color),
    yellow: paint(["yellow"], color),
    blue: paint(["blue"], color),
    redBold: paint(["red", "bold"], color),
    yellowBold: paint(["yellow", "bold"], color),
  };
}
