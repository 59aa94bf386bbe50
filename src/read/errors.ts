/** A file perfgoal could not read: reported as one line naming the file, exit 2. */
export class InputError extends Error {
  constructor(readonly path: string, readonly reason: string) {
    super(`${path}: ${reason}`);
    this.name = "InputError";
  }
}

/** Wrong use of the command line or configuration: one line on stderr, exit 2. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "UsageError";
  }
}
