/** SARIF 2.1.0, with rule metadata, so GitHub code scanning can show the findings. */
import { relative, sep } from "node:path";
import type { FileResult, ReportContext } from "./model.js";
import { safeJson } from "./json.js";
import { VERSION } from "../version.js";

const LEVEL = { error: "error", warning: "warning", info: "note" } as const;

export function renderSarif(results: FileResult[], context: ReportContext): string {
  const index = new Map(context.rules.map((rule, i) => [rule.id, i]));
  const uri = (path: string) => relative(context.cwd, path).split(sep).join("/");
  const log = {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [{
      tool: {
        driver: {
          name: "perfgoal",
          version: VERSION,
          informationUri: "https://www.npmjs.com/package/perfgoal",
          rules: context.rules.map((rule) => ({
            id: rule.id,
            name: rule.id.replace(/(^|-)([a-z])/g, (_m, _d, c: string) => c.toUpperCase()),
            shortDescription: { text: rule.docs.summary[context.lang] },
            fullDescription: { text: rule.docs.why[context.lang] },
            help: { text: `${rule.docs.why[context.lang]}\n✗ ${rule.docs.fail}\n✓ ${rule.docs.pass}\n${rule.docs.source}` },
            defaultConfiguration: { level: LEVEL[rule.severity] },
            properties: { category: rule.category, tags: [rule.category] },
          })),
        },
      },
      columnKind: "utf16CodeUnits",
      results: results.flatMap((result) => result.diagnostics.map((d) => ({
        ruleId: d.ruleId,
        ...(index.has(d.ruleId) ? { ruleIndex: index.get(d.ruleId) } : {}),
        level: LEVEL[d.severity],
        message: { text: d.message },
        locations: [{
          physicalLocation: {
            artifactLocation: result.path === "<stdin>" ? { uri: "stdin" } : { uri: uri(result.path), uriBaseId: "%SRCROOT%" },
            ...(d.line !== null ? { region: { startLine: d.line, ...(d.column !== null ? { startColumn: d.column } : {}) } } : {}),
          },
        }],
        ...(d.project ? { properties: { project: d.project } } : {}),
      }))),
      invocations: [{
        executionSuccessful: results.every((r) => !r.error),
        toolExecutionNotifications: results.filter((r) => r.error).map((r) => ({
          level: "error",
          message: { text: r.error! },
          locations: [{ physicalLocation: { artifactLocation: { uri: uri(r.path) } } }],
        })),
      }],
    }],
  };
  return `${safeJson(log)}\n`;
}
