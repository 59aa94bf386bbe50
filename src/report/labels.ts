/** Words of the reports in both languages. */
import type { Lang } from "../engine/rule.js";
import type { Severity } from "../model/schema.js";
import type { Totals } from "./model.js";

export const SEVERITY: Record<Lang, Record<Severity, string>> = {
  zh: { error: "错误", warning: "警告", info: "提示" },
  en: { error: "error", warning: "warning", info: "info" },
};

export const COLUMNS: Record<Lang, string[]> = {
  zh: ["项目", "年度资金(元)", "成本", "产出", "效益", "满意度", "错误", "警告"],
  en: ["project", "annual (yuan)", "cost", "output", "benefit", "satisf.", "errors", "warnings"],
};

/** "1 file", "2 files" (English output has no "(s)"). */
export function count(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

export function totalsLine(t: Totals, lang: Lang): string {
  const unreadable = t.unreadable > 0
    ? lang === "zh" ? `，${t.unreadable} 个文件无法读取` : `, ${count(t.unreadable, "file")} could not be read`
    : "";
  if (lang === "zh") {
    if (t.errors + t.warnings + t.infos === 0 && t.unreadable === 0) return `✔ 检查了 ${t.files} 个文件，没有发现问题`;
    return `${t.errors > 0 || t.unreadable > 0 ? "✖" : "⚠"} ${t.files} 个文件：${t.errors} 个错误，${t.warnings} 个警告，${t.infos} 条提示${unreadable}`;
  }
  if (t.errors + t.warnings + t.infos === 0 && t.unreadable === 0) return `✔ ${count(t.files, "file")} checked, no problems`;
  return `${t.errors > 0 || t.unreadable > 0 ? "✖" : "⚠"} ${count(t.files, "file")}: ${count(t.errors, "error")}, ${count(t.warnings, "warning")}, ${count(t.infos, "info", "info")}${unreadable}`;
}
