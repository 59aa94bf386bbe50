import { createRule } from "../engine/rule.js";

/** Two tables of one document with the same 项目名称. */
export default createRule({
  id: "project-duplicate",
  severity: "warning",
  category: "document",
  scope: "document",
  messages: {
    duplicate: { zh: "项目名称“{name}”与第{line}行的项目重复", en: "project name \"{name}\" repeats the project at line {line}" },
  },
  docs: {
    summary: { zh: "同一文档中两张表的项目名称相同", en: "Two tables in one document share a project name" },
    why: {
      zh: "重复申报会使资金重复安排；若确为不同项目，应在名称上区分。",
      en: "A project declared twice may be funded twice; distinct projects need distinct names.",
    },
    fail: "项目名称 | 党建经费 … 项目名称 | 党建经费",
    pass: "项目名称 | 党建经费 … 项目名称 | 专户项目经费",
    source: "本工具的理解（一份文档中两张表同名，多为重复粘贴或漏改项目名称）",
    sourceEn: "our reading (two tables of one document with one name are mostly a table pasted twice or a name not changed)",
  },
  check({ document, report }) {
    const first = new Map<string, number>();
    for (const project of document.projects) {
      const name = project.name;
      if (!name) continue;
      const place = project.header.values.name ?? project.place;
      const seen = first.get(name);
      if (seen === undefined) first.set(name, place.line);
      else report({ messageId: "duplicate", project, place, data: { name, line: seen } });
    }
  },
});
