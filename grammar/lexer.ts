/** The one lexer instance of the process (engineering.md: build once, reuse). */
import { Lexer, type ILexingResult } from "chevrotain";
import { allTokens } from "./tokens.js";

export interface LexerOptions {
  /** Fail loudly when the first-character optimisation is lost (tests turn this on). */
  ensureOptimizations?: boolean;
}

export function createLexer(options: LexerOptions = {}): Lexer {
  return new Lexer(allTokens, {
    positionTracking: "onlyOffset",
    recoveryEnabled: false,
    ensureOptimizations: options.ensureOptimizations ?? false,
    skipValidations: !options.ensureOptimizations,
  });
}

let shared: Lexer | undefined;

export function tokenize(text: string): ILexingResult {
  shared ??= createLexer();
  return shared.tokenize(text);
}
