/**
 * The pretty report's styles. chalk writes them when colour is on, and is loaded only then: when
 * it loads it asks node:tty and node:os what the terminal supports (node:tty loads node:net),
 * which a check written to a file, a pipe or a CI log would pay for at start-up for nothing.
 * The CLI decides whether to colour (--color, NO_COLOR, a terminal) and tells chalk its level.
 */

/** Text in a style: the text as it is when colour is off. */
export type Paint = (text: string) => string;

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

const unstyled: Paint = (text) => text;

/** No colour: every style leaves the text as it is. */
export const PLAIN: Palette = {
  bold: unstyled, dim: unstyled, underline: unstyled, red: unstyled, green: unstyled,
  yellow: unstyled, blue: unstyled, redBold: unstyled, yellowBold: unstyled,
};

/** The styles for a report in colour or not (chalk at level 1, the 16 basic colours). */
export async function palette(color: boolean): Promise<Palette> {
  if (!color) return PLAIN;
  const { Chalk } = await import("chalk");
  const chalk = new Chalk({ level: 1 });
  return {
    bold: chalk.bold, dim: chalk.dim, underline: chalk.underline, red: chalk.red, green: chalk.green,
    yellow: chalk.yellow, blue: chalk.blue, redBold: chalk.red.bold, yellowBold: chalk.yellow.bold,
  };
}
