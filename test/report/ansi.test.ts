/** The pretty report's styles (src/report/ansi.ts) write what chalk at level 1 writes, byte for byte. */
import { describe, expect, it } from "vitest";
import { Chalk } from "chalk";
import { palette } from "../../src/report/ansi.js";

const TEXTS = ["", "a", "中文 x", "a\nb", "a\r\nb\n", "\n", "\r\n\r\n", "x\u001B[39my", "x\u001B[22my\u001B[39m", "\u001B[1mq\u001B[22m\nz", "\u001B[4m下\u001B[24m"];

describe("ansi palette", () => {
  for (const level of [0, 1] as const) {
    const chalk = new Chalk({ level }), ours = palette(level === 1);
    const pairs = {
      bold: chalk.bold, dim: chalk.dim, underline: chalk.underline, red: chalk.red, green: chalk.green,
      yellow: chalk.yellow, blue: chalk.blue, redBold: chalk.red.bold, yellowBold: chalk.yellow.bold,
    };
    for (const [name, theirs] of Object.entries(pairs)) {
      it(`${name} at level ${level}`, () => {
        for (const text of TEXTS) expect(JSON.stringify(ours[name as keyof typeof pairs](text))).toBe(JSON.stringify(theirs(text)));
      });
    }
  }
});
