/** html files → a cell grid. Not built yet: issue 9. */
import type { Grid } from "../grid.js";
import { InputError } from "../errors.js";

export function readGrid(_bytes: Uint8Array, path: string): Grid {
  throw new InputError(path, "reading html files is not supported yet");
}
