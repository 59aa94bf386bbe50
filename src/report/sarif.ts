/**
 * SARIF 2.1.0, with rule metadata, so GitHub code scanning can show the findings. File
 * locations are RFC 3986 URI references (the schema's `uri-reference`): each path segment
 * percent-encoded as UTF-8, relative to %SRCROOT% (the working folder), or a `file://` URI
 * for a file outside it.
 */
import { isAbsolute, relative, resolve, sep } from "node:path";
import type { FileResult, ReportContext } from "./model.js";
import { safeJson } from "./json.js";
import { VERSION } from "../version.js";
import { sourceIn } from "../engine/rule.js";

const LEVEL = { error: "error", warning: "warning", info: "note" } as const;

export function renderSarif(results: FileResult[], context: ReportContext): string {
  const index = new Map(context.rules.map((rule, i) => [rule.id, i]));
  const log = {
    $schema: "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json",
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
            help: { text: `${rule.docs.why[context.lang]}\n✗ ${rule.docs.fail}\n✓ ${rule.docs.pass}\n${sourceIn(rule.docs, context.lang)}` },
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
            artifactLocation: artifactLocation(result.path, context.cwd),
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
          locations: [{ physicalLocation: { artifactLocation: artifactLocation(r.path, context.cwd) } }],
        })),
      }],
    }],
  };
  return `${safeJson(log)}\n`;
}

/** A path as a SARIF artifactLocation (a URI reference, percent-encoded). */
export function artifactLocation(path: string, cwd: string): { uri: string; uriBaseId?: string } {
  if (path === "<stdin>") return { uri: "stdin" };
  const absolute = resolve(cwd, path);
  const inside = relative(cwd, absolute);
  if (inside === "" || inside.startsWith("..") || isAbsolute(inside)) {
    const segments = absolute.split(sep).filter((s, i) => i > 0 || s !== "");
    // A Windows drive (C:) stays as it is: `file:///C:/…`.
    return { uri: `file:///${segments.map((s, i) => (i === 0 && /^[A-Za-z]:$/.test(s) ? s : encodeSegment(s))).join("/")}` };
  }
  return { uri: inside.split(sep).map(encodeSegment).join("/"), uriBaseId: "%SRCROOT%" };
}

/** A path segment with everything but RFC 3986 unreserved characters and sub-delims percent-encoded. */
function encodeSegment(segment: string): string {
  // encodeURIComponent keeps A-Z a-z 0-9 - _ . ! ~ * ' ( ): all allowed in a segment. Lone
  // surrogates (not valid UTF-16, so no UTF-8 for them) become U+FFFD first.
  return encodeURIComponent(segment.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, "\ufffd"));
}
