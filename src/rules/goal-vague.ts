import { createRule } from "../engine/rule.js";

/** Words that carry no target: what is left of a goal without them must say something. */
const GENERIC = /完成|做好|开展|实施|落实|推进|保障|确保|顺利|全面|各项|相关|有关|项目|工作|任务|年度|本年|全年|当年|的|和|及|等/g;
const PUNCTUATION = /[\s，。、；：！？,.;:!?“”"'‘’（）()《》<>【】\[\]…—-]/g;
const YEAR = /\d{4}\s*年度?/g;
const FIGURE = /\d/;
const MIN_MEASURABLE = 15;
const MIN_CONTENT = 4;

function stripNameVariants(text: string, name: string | null): string {
  if (!name) return text;
  const core = name.replace(/(经费|费用|资金|项目|专项)+$/, "");
  let out = text.split(name).join("");
  if (core.length >= 2) out = out.split(core).join("");
  return out;
}

/** A goal that only restates the project, or is too short to measure. */
export default createRule({
  id: "goal-vague",
  severity: "warning",
  category: "goals",
  messages: {
    restates: {
      zh: "年度总体目标“{text}”只复述了项目名称，没有说明要达到的产出和效果",
      en: "the annual goal \"{text}\" only restates the project; it names no output or effect",
    },
    short: {
      zh: "年度总体目标“{text}”过于简短，且没有可衡量的数量",
      en: "the annual goal \"{text}\" is too short and has no measurable figure",
    },
  },
  docs: {
    summary: { zh: "目标只复述项目名称（如“完成2024年专户项目工作。”），或过短而无法衡量", en: "The goal only restates the project, or is too short to be measurable" },
    why: {
      zh: "绩效目标应当“指向明确、细化量化”，写明产出数量、质量、时效与效益；复述项目名称的目标无法考核。",
      en: "Goals must be specific and quantified (outputs, quality, timeliness, effects); a goal that restates the project cannot be assessed.",
    },
    fail: "年度总体目标 | 完成2024年专户项目工作。",
    pass: "年度总体目标 | 全年完成专户资金支付100%，资金使用合规率100%，服务对象满意度90%以上。",
    source: "财预〔2015〕88号《中央部门预算绩效目标管理办法》（绩效目标应指向明确、细化量化、合理可行）；何为“只复述项目”“过于简短”为本工具的理解",
    sourceEn: "Caiyu [2015] No. 88 (财预[2015]88号), the central rules on performance targets: goals are specific, quantified and feasible; what counts as restating the project or too short is our reading",
  },
  check({ document, report }) {
    for (const project of document.projects) {
      const goal = project.goals.annual;
      const place = project.goals.annualPlace;
      if (!goal || !place) continue;
      const content = stripNameVariants(goal.replace(YEAR, ""), project.name).replace(GENERIC, "").replace(PUNCTUATION, "");
      const shown = goal.length > 40 ? `${goal.slice(0, 40)}…` : goal;
      const figure = FIGURE.test(goal.replace(YEAR, ""));
      if (content.length < MIN_CONTENT && !figure) report({ messageId: "restates", project, place, data: { text: shown } });
      else if (!figure && goal.replace(PUNCTUATION, "").length < MIN_MEASURABLE) report({ messageId: "short", project, place, data: { text: shown } });
    }
  },
});
