// Build: the CLI and the library as bundled ESM (start-up is dominated by module loading
// otherwise: engineering.md), with report formats and commands split into lazy chunks,
// plus type declarations for the library.
import { build } from "esbuild";
import { execFileSync } from "node:child_process";
import { rmSync } from "node:fs";

rmSync("dist", { recursive: true, force: true });

const shared = {
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  minify: !process.argv.includes("--dev"),
  sourcemap: false,
  legalComments: "none",
  logLevel: "warning",
  // cli-table3 and its helpers are CommonJS and call require().
  banner: { js: "import { createRequire as __pgRequire } from 'node:module'; const require = __pgRequire(import.meta.url);" },
};

await build({
  ...shared,
  entryPoints: { cli: "src/cli/entry.ts", index: "src/index.ts" },
  outdir: "dist",
  splitting: true,
  chunkNames: "chunks/[name]-[hash]",
});

if (!process.argv.includes("--no-types")) {
  try {
    execFileSync(process.execPath, ["node_modules/typescript/bin/tsc", "-p", "tsconfig.build.json"], { stdio: "inherit" });
  } catch {
    console.error("build: type declarations failed (see the TypeScript errors above)");
    process.exit(1);
  }
}
