/** The version of the JSON contract (cli.md): bump it with any breaking change. */
export const SCHEMA_VERSION = 1 as const;
