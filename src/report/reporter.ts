/**
 * Reporters take each file's result as soon as it is checked. Pretty, JSON and GitHub output
 * is written file by file (nothing accumulates over a thousand files); the formats that need
 * the whole run (SARIF, Markdown, HTML) collect results and write at the end.
 * Each format's module is loaded only when that format is asked for.
 */
import type { FileResult, ReportContext } from "./model.js";
import { palette } from "./palette.js";

export interface Reporter {
  /** Whether results must carry the rows findings point at (`FileResult.lines`, or the text). */
  needsText: boolean;
  /** Whether results must carry every project in full (`FileResult.full`), to draw the forms. */
  needsProjects?: boolean;
  /** Whether a file's findings may come spooled (`FileResult.spooled`): the reports written as they go. */
  streamsFindings?: boolean;
  file(result: FileResult): void;
  end(): void;
}

export type CheckFormat = "pretty" | "json" | "sarif" | "github" | "markdown" | "html";

type Render = (results: FileResult[], context: ReportContext) => string;

function collecting(render: Render, context: ReportContext, write: (text: string) => void, needsText: boolean): Reporter {
  const results: FileResult[] = [];
  return {
    needsText,
    file: (result) => results.push(result),
    end: () => write(render(results, context)),
  };
}

export async function createReporter(format: CheckFormat, context: ReportContext, write: (text: string) => void): Promise<Reporter> {
  switch (format) {
    case "pretty": {
      const [{ prettyReporter }, style] = await Promise.all([import("./pretty.js"), palette(context.color)]);
      return { needsText: true, ...prettyReporter(context, write, style) };
    }
    case "sarif": return collecting((await import("./sarif.js")).renderSarif, context, write, false);
    case "markdown": return collecting((await import("./markdown.js")).renderMarkdown, context, write, false);
    case "json": {
      const { jsonFile, JSON_HEAD, JSON_TAIL } = await import("./json.js");
      let first = true;
      return {
        needsText: false,
        streamsFindings: true,
        file(result) {
          write(first ? JSON_HEAD : ",\n");
          first = false;
          for (const piece of jsonFile(result)) write(piece);
        },
        end: () => write(first ? `${JSON_HEAD}${JSON_TAIL}` : JSON_TAIL),
      };
    }
    case "html": return (await import("./html/index.js")).createHtmlReporter(context, write);
    case "github": {
      const { githubFile } = await import("./github.js");
      return { needsText: false, streamsFindings: true, file: (result) => { for (const lines of githubFile(result, context)) write(lines); }, end: () => {} };
    }
  }
}
