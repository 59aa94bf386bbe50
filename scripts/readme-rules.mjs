// Regenerates the README's rule table from the rule registry (npm run readme:rules).
// The meta test fails when the table and the registry disagree.
import { readFileSync, writeFileSync } from "node:fs";
import { RULES } from "../dist/index.js";

const SEVERITY = { error: "error 错误", warning: "warning 警告", info: "info 提示" };
const rows = RULES.map((r) => `| \`${r.id}\` | ${r.docs.summary.zh} | ${SEVERITY[r.severity]} | ${r.category} |`);
const table = ["| rule | 说明 | severity | category |", "|---|---|---|---|", ...rows].join("\n");
const readme = readFileSync("README.md", "utf8");
const updated = readme.replace(/<!-- rules:start -->[\s\S]*<!-- rules:end -->/, `<!-- rules:start -->\n${table}\n<!-- rules:end -->`);
writeFileSync("README.md", updated);
console.log(updated === readme ? "README rule table already current" : "README rule table updated");
