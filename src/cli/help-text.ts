/**
 * The words of `--help` and of the command-line parser's errors, in Chinese and English
 * (one language per run). Commander's own titles and error lines are translated here.
 */
import type { Lang } from "../engine/rule.js";

export interface HelpWords {
  program: string; version: string; help: string; helpCommand: string; afterError: string;
  titles: Record<string, string>;
  programAfter: string; checkAfter: string; convertAfter: string; mergeAfter: string;
  lang: string; encoding: string; output: string; ignorePattern: string; debug: string; jobs: string;
  check: string; convert: string; merge: string; rules: string; explain: string; schema: string;
  files: string; reports: string; ruleId: string;
  checkFormat: string; convertFormat: string; rulesFormat: string;
  maxWarnings: string; quiet: string; rule: string; config: string; profile: string; noColor: string; noBom: string;
}

export const HELP: Record<Lang, HelpWords> = {
  zh: {
    program: "读取、检查和转换财政项目支出绩效目标申报表",
    version: "显示版本号",
    help: "显示帮助",
    helpCommand: "显示某个命令的帮助",
    afterError: "（perfgoal --help 查看用法）",
    titles: { "Usage:": "用法：", "Options:": "选项：", "Commands:": "命令：", "Arguments:": "参数：", "Global Options:": "全局选项：" },
    programAfter: `
示例：
  $ perfgoal check 申报表.txt                    检查申报表
  $ perfgoal check 申报表/                       检查文件夹中的全部申报表
  $ perfgoal check '导出/*.txt' --format json    供程序读取的结果
  $ perfgoal convert 申报表.txt > 申报表.json     模型转为 JSON（结构见 perfgoal schema）
  $ perfgoal explain value-rate-unit             规则为何报告
  $ perfgoal merge 分片*.json > 全部.json          合并分片的报告（与一次检查全部文件相同）

退出码：0 没有错误；1 有错误（或警告超过 --max-warnings）；2 perfgoal 无法完成工作。
perfgoal 命令 --help 显示该命令的选项；--lang en 显示英文。`,
    checkAfter: `
示例：
  $ perfgoal check 申报表.txt
  $ perfgoal check 申报表/ --format sarif -o perfgoal.sarif
  $ cat 申报表.txt | perfgoal check -             读取标准输入
  $ perfgoal check a.txt --rule value-not-measurable=off --max-warnings 0
  $ perfgoal check 全区/ --jobs 2                 两个线程同时读（默认按 CPU 核数；--jobs 1 单线程）

退出码：0 没有错误（警告不超过 --max-warnings）；1 有错误级别的问题或警告过多；
2 perfgoal 无法完成工作（用法错误、文件无法读取）。`,
    convertAfter: `
示例：
  $ perfgoal convert 申报表.txt > 申报表.json
  $ perfgoal convert 申报表.txt --format csv -o 申报表.csv
  $ perfgoal convert 申报表.tsv                   平面表读回为 JSON`,
    mergeAfter: `
各分片分别检查（CI 矩阵、xargs -P、Spark 或 Ray 按文件分发），再合并报告；结果与一次检查全部文件
逐字节相同（文件按各报告的顺序排列）：
  $ ls 申报表/*.txt > 文件表; split -n l/4 文件表 分片.    按顺序分为 4 片
  $ for s in 分片.??; do perfgoal check $(cat $s) --format json -o $s.json & done; wait
  $ perfgoal merge 分片.??.json -o 全部.json
接受 check --format json、check --format sarif 和 convert 的 JSON（不可混合）。
退出码与一次检查全部文件相同：0 没有错误；1 有错误或警告超过 --max-warnings；2 有文件无法读取，
或报告无法合并。`,
    lang: "消息语言：zh 或 en（默认 zh；LANG=en* 时为 en）",
    encoding: "输入编码：auto、utf-8 或 gb18030",
    output: "写入文件而不是标准输出（完整写好后才替换）",
    ignorePattern: "跳过与此模式匹配的文件（可重复）；文件夹中的 node_modules 和 .git 总是跳过",
    debug: "内部错误时显示调用栈",
    jobs: "同时读取的线程数（默认：未被其他工作占用的 CPU 核数，且不多于文件数或分段数；1 为单线程）；结果与单线程完全相同",
    check: "检查申报表并报告问题；退出码 0/1/2",
    convert: "申报表文本转为 JSON（也可为 tsv、csv、markdown）",
    merge: "合并分片的报告（JSON 或 SARIF），与一次检查全部文件的报告相同",
    rules: "列出规则（编号、级别、类别、说明）",
    explain: "说明一条规则：为什么、不通过和通过的例子、依据",
    schema: "输出 convert 结果的 JSON Schema",
    files: "文件、文件夹或通配模式；'-' 或管道输入读取标准输入",
    reports: "各分片的报告文件（'-' 读取标准输入）",
    ruleId: "规则编号，例如 value-rate-unit",
    checkFormat: "pretty、json、sarif、github、markdown 或 html",
    convertFormat: "json、tsv、csv 或 markdown",
    rulesFormat: "table 或 json",
    maxWarnings: "警告多于 N 个时退出码为 1",
    quiet: "只报告错误（警告仍计入 --max-warnings）",
    rule: "设置规则级别：off、info、warning 或 error（可重复）",
    config: "配置文件（默认：向上查找最近的 perfgoal.config.json）",
    profile: "指标框架：auto（默认，按每张表自己的指标类别判断）、current（现行，财预〔2021〕101号）或 legacy（旧版，财预〔2015〕88号及以前）",
    noColor: "不使用颜色（NO_COLOR=1 或输出不是终端时也不使用）",
    noBom: "CSV 不写 UTF-8 BOM（默认写入，供 Excel 识别编码）",
  },
  en: {
    program: "Read, check and convert project performance-target declarations (财政项目支出绩效目标申报表)",
    version: "print the version number",
    help: "show help",
    helpCommand: "show help for a command",
    afterError: "(perfgoal --help for usage)",
    titles: {},
    programAfter: `
Examples:
  $ perfgoal check declaration.txt                  check a declaration
  $ perfgoal check declarations/                    every declaration in a folder
  $ perfgoal check 'exports/*.txt' --format json    findings for programs
  $ perfgoal convert declaration.txt > out.json     the model as JSON (perfgoal schema)
  $ perfgoal explain value-rate-unit                why a rule fires
  $ perfgoal merge shard-*.json > all.json          one report from shards' reports

Exit codes: 0 no errors, 1 errors (or too many warnings), 2 perfgoal could not do its job.
perfgoal COMMAND --help shows a command's options.`,
    checkAfter: `
Examples:
  $ perfgoal check declaration.txt
  $ perfgoal check declarations/ --format sarif -o perfgoal.sarif
  $ cat declaration.txt | perfgoal check -         read stdin
  $ perfgoal check a.txt --rule value-not-measurable=off --max-warnings 0
  $ perfgoal check district/ --jobs 2              two threads (default: the cores; --jobs 1: one)

Exit codes: 0 no errors (and warnings within --max-warnings), 1 findings at error
severity or too many warnings, 2 perfgoal could not do its job (usage, unreadable input).`,
    convertAfter: `
Examples:
  $ perfgoal convert declaration.txt > declaration.json
  $ perfgoal convert declaration.txt --format csv -o table.csv
  $ perfgoal convert table.tsv                     a flat table reads back into JSON`,
    mergeAfter: `
Shards of a batch are checked apart (a CI matrix, xargs -P, a Spark or Ray map over files),
then their reports merged: the result is byte for byte the report of one run over all the
files (in the order of the reports):
  $ ls declarations/*.txt > files; split -n l/4 files shard.   four shards, in order
  $ for s in shard.??; do perfgoal check $(cat $s) --format json -o $s.json & done; wait
  $ perfgoal merge shard.??.json -o all.json
Takes check --format json, check --format sarif, or convert's JSON (not mixed).
Exit codes as that one run: 0 no errors, 1 errors or too many warnings (--max-warnings),
2 a file could not be read, or the reports cannot be merged.`,
    lang: "message language: zh or en (default zh; LANG=en* selects en)",
    encoding: "input encoding: auto, utf-8 or gb18030",
    output: "write to FILE instead of stdout (replaced only once complete)",
    ignorePattern: "skip files matching this glob (repeatable); node_modules and .git are always skipped in folders",
    debug: "show the stack trace of an internal error",
    jobs: "threads reading at once (default: the cores not busy with other work, at most one per file or part; 1: one thread); the output is the same either way",
    check: "validate declarations and report findings; exit 0/1/2",
    convert: "declaration text -> JSON (also tsv, csv, markdown)",
    merge: "merge the reports of shards (JSON or SARIF) into the report of one run over all the files",
    rules: "list the rule catalogue (id, severity, category, description)",
    explain: "explain one rule: why, a failing and a passing row, the guidance it encodes",
    schema: "print the JSON Schema of convert's output",
    files: "files, folders or globs; '-' or piped input reads stdin",
    reports: "the shards' report files ('-' reads stdin)",
    ruleId: "a rule id, e.g. value-rate-unit",
    checkFormat: "pretty, json, sarif, github, markdown or html",
    convertFormat: "json, tsv, csv or markdown",
    rulesFormat: "table or json",
    maxWarnings: "exit 1 when there are more than N warnings",
    quiet: "report errors only (warnings still count for --max-warnings)",
    rule: "set a rule's severity: off, info, warning or error (repeatable)",
    config: "config file (default: nearest perfgoal.config.json upward)",
    profile: "indicator framework: auto (default: each table by its own categories), current (Caiyu [2021] No. 101) or legacy (Caiyu [2015] No. 88 and before)",
    noColor: "no colours (also NO_COLOR=1, and whenever stdout is not a terminal)",
    noBom: "no UTF-8 BOM at the start of CSV (written by default so Excel reads UTF-8)",
  },
};

const COMMANDER_ERRORS: Array<[RegExp, (...m: string[]) => string]> = [
  [/^error: unknown option '([^']*)'/, (o) => `错误：未知选项 '${o}'`],
  [/^error: unknown command '([^']*)'/, (c) => `错误：未知命令 '${c}'`],
  [/^error: missing required argument '([^']*)'/, (a) => `错误：缺少参数 '${a}'`],
  [/^error: option '([^']*)' argument missing/, (o) => `错误：选项 '${o}' 缺少值`],
  [/^error: too many arguments[^.]*\. Expected (\d+) arguments? but got (\d+)\./, (e, g) => `错误：参数过多，应为 ${e} 个，实际 ${g} 个`],
  [/^\(Did you mean (?:one of )?(.*)\?\)$/, (s) => `（是否想写 ${s}？）`],
];

/** Commander's error lines in Chinese (lines it does not know are kept as they are). */
export function translateCommanderError(text: string): string {
  return text.split("\n").map((line) => {
    for (const [pattern, say] of COMMANDER_ERRORS) {
      const m = pattern.exec(line);
      if (m) return say(...m.slice(1));
    }
    return line;
  }).join("\n");
}
