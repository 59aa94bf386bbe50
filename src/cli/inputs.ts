/** Read and decode every input of a run, keeping unreadable files as results with an error. */
import { decode, type EncodingChoice } from "../read/decode";
import { readBytes, resolveSources } from "../read/input";
import { InputError } from "../read/errors";

export interface Loaded {
  path: string;
  text?: string;
  encoding?: string;
  error?: InputError;
}

export async function* loadInputs(args: string[], encoding: EncodingChoice): AsyncGenerator<Loaded> {
  for (const source of await resolveSources(args, process.stdin.isTTY === true)) {
    if (source instanceof InputError) {
      yield { path: source.path, error: source };
      continue;
    }
    try {
      const decoded = decode(readBytes(source), encoding, source.path);
      if (decoded.invalidBytes > 0) {
        process.stderr.write(`perfgoal: ${source.path}: ${decoded.invalidBytes} byte(s) are not valid ${decoded.encoding}; shown as U+FFFD (try --encoding)\n`);
      }
      yield { path: source.path, text: decoded.text.replace(/^\ufeff/, ""), encoding: decoded.encoding };
    } catch (error) {
      if (error instanceof InputError) yield { path: source.path, error };
      else throw error;
    }
  }
}

export function reportInputError(error: InputError): void {
  process.stderr.write(`perfgoal: ${error.path}: ${error.reason}\n`);
}
