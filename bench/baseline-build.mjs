// A build of perfgoal at another commit, for benchmarks that compare the current build with it in
// the same run: the commit's files exported with `git archive` into a folder under the system's
// temp folder, its node_modules a link to this project's, built by its own scripts/build.mjs
// (without type declarations). The built copy is kept, named by the full commit hash, so a
// second run does not build again; delete the folder to build it afresh.
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readlinkSync, renameSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const ROOT = new URL("..", import.meta.url).pathname;
export const BUILDS = join(tmpdir(), "perfgoal-bench-baselines");

const git = (...argv) => execFileSync("git", argv, { cwd: ROOT, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] }).trim();

/** The current tree as git describes it (its commit, "-dirty" if it has changes), or undefined outside a clone. */
export function describeCurrent() {
  try { return git("describe", "--always", "--dirty", "--abbrev=7"); } catch { return undefined; }
}

/**
 * The build of `rev`: { commit, short, dist, built } (built: made by this call, not found in the
 * cache), or { unavailable } with the reason when there is no git, no such commit, or its build
 * failed.
 */
export function baselineBuild(rev, log = console.error) {
  let commit;
  try {
    commit = git("rev-parse", "--verify", "--quiet", `${rev}^{commit}`);
  } catch {
    return { unavailable: `no commit ${rev} here (not a git clone, git missing, or a shallow clone)` };
  }
  const short = commit.slice(0, 7);
  const folder = join(BUILDS, commit);
  const dist = join(folder, "dist");
  if (existsSync(join(folder, ".built"))) {
    linkModules(folder);
    return { commit, short, dist, built: false };
  }

  // Built in a folder of its own and renamed when complete: an interrupted build is never reused.
  const partial = `${folder}.partial-${process.pid}`;
  try {
    log(`building the baseline ${short} in ${folder} (once; later runs reuse it) …`);
    rmSync(partial, { recursive: true, force: true });
    mkdirSync(partial, { recursive: true });
    const tar = `${partial}.tar`;
    git("archive", "--format=tar", "-o", tar, commit);
    execFileSync("tar", ["-xf", tar, "-C", partial]);
    rmSync(tar);
    linkModules(partial);
    execFileSync(process.execPath, ["scripts/build.mjs", "--no-types"], { cwd: partial, stdio: ["ignore", "ignore", "pipe"] });
    writeFileSync(join(partial, ".built"), `${commit}\n`);
    rmSync(folder, { recursive: true, force: true });
    renameSync(partial, folder);
    return { commit, short, dist, built: true };
  } catch (error) {
    rmSync(partial, { recursive: true, force: true });
    rmSync(`${partial}.tar`, { force: true });
    const stderr = error.stderr ? String(error.stderr).trim().split("\n").slice(-5).join("\n") : String(error.message ?? error);
    return { unavailable: `the build of ${short} failed: ${stderr}` };
  }
}

/**
 * The build's node_modules: a link to this project's. The kept build is shared by every clone on
 * the machine, and its lazily loaded readers (pdfjs-dist, SheetJS) resolve through the link at
 * run time, so it points at the clone that runs it, not the one that built it (which may be gone).
 */
function linkModules(folder) {
  const link = join(folder, "node_modules"), target = join(ROOT, "node_modules");
  let current;
  try { current = readlinkSync(link); } catch { /* none yet */ }
  if (current === target) return;
  rmSync(link, { recursive: true, force: true });
  symlinkSync(target, link, "dir");
}
