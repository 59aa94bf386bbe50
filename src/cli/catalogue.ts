/**
 * `perfgoal rules` and `perfgoal explain <id>`. The rule table fits the terminal (80 columns
 * at least): id, severity and category in columns, the description folded beside them.
 */
import { RULES } from "../rules/index.js";
import { UsageError } from "../read/errors.js";
import { sourceIn, type Lang, type Rule } from "../engine/rule.js";
import { didYouMean, findRule } from "../engine/suggest.js";
import { SEVERITY } from "../report/labels.js";
import { displayWidth } from "../report/width.js";
import { padEndWidth, terminalWidth, wrap } from "../report/wrap.js";
import { resolveLang } from "./options.js";
import { stdoutTerminal, writeStdout } from "./terminal.js";

export function runRules(options: { format: string; lang?: string }): number {
  const lang = resolveLang(options.lang, undefined);
  if (options.format === "json") {
    const list = RULES.map((r) => ({
      id: r.id, severity: r.severity, category: r.category, description: r.docs.summary[lang],
      ...(r.options ? { options: r.options.defaults } : {}),
    }));
    writeStdout(`${JSON.stringify(list, null, 2)}\n`);
    return 0;
  }
  if (options.format !== "table") {
    throw new UsageError({ zh: `--format ${options.format}：rules 只接受 table 或 json`, en: `--format ${options.format}: rules takes table or json` });
  }
  writeStdout(rulesTable(lang, terminalWidth(stdoutTerminal())));
  return 0;
}

/** The catalogue as aligned columns, the description folded to `width`. */
export function rulesTable(lang: Lang, width: number): string {
  const head = lang === "zh" ? ["规则", "级别", "类别", "说明"] : ["rule", "severity", "category", "description"];
  const rows = RULES.map((r) => [r.id, SEVERITY[lang][r.severity], r.category, r.docs.summary[lang]]);
  const widths = [0, 1, 2].map((i) => Math.max(...[head, ...rows].map((row) => displayWidth(row[i]))));
  const indent = widths.reduce((sum, w) => sum + w + 2, 0);
  const room = Math.max(20, width - indent);
  const out: string[] = [];
  for (const row of [head, ...rows]) {
    const lines = wrap(row[3], room);
    out.push(row.slice(0, 3).map((cell, i) => padEndWidth(cell, widths[i] + 2)).join("") + lines[0]);
    for (const more of lines.slice(1)) out.push(" ".repeat(indent) + more);
  }
  return `${out.join("\n")}\n`;
}

/** The options a rule takes, their defaults, and how a config sets them. */
function optionLines(rule: Rule, lang: Lang): string[] {
  const spec = rule.options;
  if (!spec) return [];
  const zh = lang === "zh";
  const example = JSON.stringify({ [rule.id]: [rule.severity, spec.defaults] });
  return [
    zh ? "选项：" : "Options:",
    ...Object.entries(spec.defaults).map(([name, value]) =>
      `  ${name}${zh ? `（默认 ${JSON.stringify(value)}）：` : ` (default ${JSON.stringify(value)}): `}${spec.describe[name][lang]}`),
    zh ? `  在 perfgoal.config.json 中："rules": ${example}` : `  In perfgoal.config.json: "rules": ${example}`,
    "",
  ];
}

/** `write` takes the text (stdout unless a test reads it). */
export function runExplain(id: string, options: { lang?: string }, write: (text: string) => void = writeStdout): number {
  const lang: Lang = resolveLang(options.lang, undefined);
  const rule = findRule(id);
  if (!rule) {
    const hint = didYouMean(id);
    throw new UsageError({
      zh: `未知的规则 '${id}'${hint.zh}；'perfgoal rules' 列出全部规则`,
      en: `unknown rule id '${id}'${hint.en}; 'perfgoal rules' lists them`,
    });
  }
  const zh = lang === "zh";
  const lines = [
    zh ? `${rule.id}（${SEVERITY.zh[rule.severity]}，${rule.category}）` : `${rule.id} (${SEVERITY.en[rule.severity]}, ${rule.category})`,
    "",
    rule.docs.summary[lang],
    "",
    (zh ? "为什么：" : "Why: ") + rule.docs.why[lang],
    "",
    (zh ? "不通过：" : "Fails:  ") + rule.docs.fail,
    (zh ? "通过：  " : "Passes: ") + rule.docs.pass,
    "",
    (zh ? "依据：" : "Source: ") + sourceIn(rule.docs, lang),
    "",
    (zh ? "消息：" : "Messages:"),
    ...Object.entries(rule.messages).map(([key, text]) => `  ${key}: ${text[lang]}`),
    "",
    ...optionLines(rule, lang),
    zh
      ? `调整级别：--rule ${rule.id}=off|info|warning|error，或在 perfgoal.config.json 的 "rules" 中设置。`
      : `Change its level: --rule ${rule.id}=off|info|warning|error, or "rules" in perfgoal.config.json.`,
  ];
  write(`${lines.join("\n")}\n`);
  return 0;
}
