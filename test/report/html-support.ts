/** Making HTML reports in the tests: in-process (as `check --format html` does), and hostile input. */
import { checkSource } from "../../src/pipeline.js";
import { textSource } from "../../src/read/source.js";
import { RULES } from "../../src/rules/index.js";
import { fullProject, type FullProject } from "../../src/report/projects.js";
import { Batch, renderHtml } from "../../src/report/html/index.js";
import type { Lang } from "../../src/engine/rule.js";
import { CLEAN, setLine } from "../support/declaration.js";
import { ROOT } from "../support/fixtures.js";

export function batchOf(files: Array<{ path: string; text: string }>, lang: Lang = "zh"): Batch {
  const batch = new Batch(RULES);
  for (const { path, text } of files) {
    const full: FullProject[] = [];
    const checked = checkSource(textSource(path, text, "utf-8"), { lang }, (project) => full.push(fullProject(project)));
    batch.add({ path, encoding: "utf-8", projects: checked.projects, diagnostics: checked.diagnostics, full: { title: checked.document.title, projects: full } });
  }
  return batch;
}

export function htmlOf(files: Array<{ path: string; text: string }>, lang: Lang = "zh"): string {
  return renderHtml(batchOf(files, lang), { lang, color: false, rules: RULES, cwd: ROOT }, new Date(2024, 0, 2, 3, 4));
}

/** Cells a declaration could carry to attack the page: markup, script, an event handler, bidi overrides. */
export const HOSTILE = {
  name: "<script>window.__pwned=1</script>经费",
  implementer: "\"><img src=x onerror=\"window.__pwned=2\">中心",
  indicator: "活动\u202E率成完\u202C数量",
  goal: "&lt;/script&gt;&lt;script&gt;window.__pwned=3&lt;/script&gt;全年开展活动不少于24次\u2028服务居民不少于3000人次。",
  value: "≥24(次)<b>",
};

/** The clean declaration with hostile cells (and a wrong annual sum). */
export function hostileText(): string {
  let text = CLEAN;
  text = setLine(text, 3, `项目名称\t${HOSTILE.name}\t项目性质\t其他经常性项目\t项目类别\t特定目标类`);
  text = setLine(text, 4, `主管部门\t某区民政局\t实施单位\t${HOSTILE.implementer}`);
  text = setLine(text, 7, "\t其中：财政资金\t\t其中：当年财政拨款\t200,000.00");
  text = setLine(text, 11, `\t\t${HOSTILE.goal}`);
  text = setLine(text, 14, `产出指标\t数量指标\t${HOSTILE.indicator}\t${HOSTILE.value}`);
  return text;
}
