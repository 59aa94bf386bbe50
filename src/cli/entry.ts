/**
 * The bundled CLI's entry: run, then exit with the code once output has drained. Nothing is
 * written through process.stdout (terminal.ts writeStdout, output.ts): creating that stream
 * costs start-up, and a write error on it would have no handler.
 */
import { main } from "./main.js";

main(process.argv).then((code) => {
  process.exitCode = code;
});
