/** `perfgoal rules`, `perfgoal explain <id>` and `perfgoal schema`. */
import Table from "cli-table3";
import { RULES, ruleById } from "../rules/index.js";
import { UsageError } from "../read/errors.js";
import type { Lang } from "../engine/rule.js";
import { SEVERITY } from "../report/labels.js";
import { resolveLang } from "./options.js";

export function runRules(options: { format: string; lang?: string }): number {
  const lang = resolveLang(options.lang, undefined);
  if (options.format === "json") {
    const list = RULES.map((r) => ({ id: r.id, severity: r.severity, category: r.category, description: r.docs.summary[lang] }));
    process.stdout.write(`${JSON.stringify(list, null, 2)}\n`);
    return 0;
  }
  if (options.format !== "table") throw new UsageError(`--format ${options.format}: rules takes table or json`);
  const head = lang === "zh" ? ["规则", "级别", "类别", "说明"] : ["rule", "severity", "category", "description"];
  const table = new Table({ head, style: { head: [], border: [] }, colWidths: [32, 10, 12, 60], wordWrap: true });
  for (const r of RULES) table.push([r.id, SEVERITY[lang][r.severity], r.category, r.docs.summary[lang]]);
  process.stdout.write(`${table.toString()}\n`);
  return 0;
}

export function runExplain(id: string, options: { lang?: string }): number {
  const lang: Lang = resolveLang(options.lang, undefined);
  const rule = ruleById(id);
  if (!rule) {
    const near = RULES.map((r) => r.id).filter((r) => r.includes(id) || id.includes(r.split("-")[0]));
    throw new UsageError(`unknown rule id '${id}'${near.length ? ` (did you mean ${near.slice(0, 3).join(", ")}?)` : ""}; 'perfgoal rules' lists them`);
  }
  const zh = lang === "zh";
  const lines = [
    `${rule.id}  (${SEVERITY[lang][rule.severity]}, ${rule.category})`,
    "",
    rule.docs.summary[lang],
    "",
    (zh ? "为什么：" : "Why: ") + rule.docs.why[lang],
    "",
    (zh ? "不通过：" : "Fails:  ") + rule.docs.fail,
    (zh ? "通过：  " : "Passes: ") + rule.docs.pass,
    "",
    (zh ? "依据：" : "Source: ") + rule.docs.source,
    "",
    (zh ? "消息：" : "Messages:"),
    ...Object.entries(rule.messages).map(([key, text]) => `  ${key}: ${text[lang]}`),
    "",
    zh
      ? `调整级别：--rule ${rule.id}=off|info|warning|error，或在 perfgoal.config.json 的 "rules" 中设置。`
      : `Change its level: --rule ${rule.id}=off|info|warning|error, or "rules" in perfgoal.config.json.`,
  ];
  process.stdout.write(`${lines.join("\n")}\n`);
  return 0;
}

