import { createRule } from "../engine/rule.js";
import { isRate } from "./support/terms.js";
import { eachIndicator } from "./support/walk.js";

/**
 * Rates that can pass 100% or fall below 0 (our reading): growth and change, occupancy and
 * utilisation (`病床使用率 ≥105%`), turnover, returns, livestock offtake, indices, and a rate
 * that says it is over-fulfilled (`超额完成率`).
 */
const MAY_EXCEED_100 = /超额|增长|增幅|增速|增加率|提高率|提升率|同比|环比|变化率|变动率|使用率|利用率|负荷率|周转|出栏率|复种|收益率|回报率|利润率|增值率|产出率|倍|指数|弹性/;

/** A share lies in 0–100%; `≥100%` asks for more than everything. */
export default createRule({
  id: "value-percent-range",
  severity: "error",
  category: "values",
  messages: {
    outOfRange: { zh: "比率“{name}”的目标“{text}”超出0–100%的范围", en: "the rate \"{name}\" targets {text}, outside 0–100%" },
    atLeastAll: {
      zh: "“{text}”要求至少或超过100%，可写作“=100%”",
      en: "\"{text}\" asks for at least or more than 100%; =100% says the same",
    },
  },
  docs: {
    summary: {
      zh: "占比类比率小于0或大于100%（增长、使用率等可超过100%的除外）；≥100%、>100%提示写作=100%",
      en: "A share below 0 or above 100% (growth, utilisation and the like may pass 100%); ≥100%/>100% gets a hint to write =100%",
    },
    why: {
      zh: "完成率、覆盖率、合格率等占比不可能超过100%；增长率、病床使用率、设备利用率、周转率等可以超过100%，不在此限。“≥100%”与“=100%”考核结果相同，只作提示。",
      en: "Completion, coverage or pass rates cannot exceed 100%; growth, bed occupancy, equipment utilisation or turnover can and are exempt. ≥100% scores the same as =100%, so it gets a hint only.",
    },
    fail: "质量指标 | 居民参与覆盖率 | =120(%)",
    pass: "质量指标 | 居民参与覆盖率 | =100(%)  或  病床使用率 | ≥105(%)",
    source: "本工具的理解：占比的取值范围；≥100%的写法提示为审核实务中的习惯，不是文件规定",
    sourceEn: "our reading: the range of a share; the hint on ≥100% is a habit of review practice, not a rule of any document",
  },
  check({ document, report }) {
    eachIndicator(document, (indicator, project) => {
      const v = indicator.value;
      const name = indicator.name;
      if (!name || v.kind !== "quantitative" || v.unit !== "%" || !indicator.valueCell) return;
      if (!isRate(name) || MAY_EXCEED_100.test(name)) return;
      const data = { name, text: v.text };
      if (v.number < 0 || v.number > 100) {
        report({ messageId: "outOfRange", project, place: indicator.valueCell, data });
      } else if (v.number === 100 && (v.operator === "≥" || v.operator === ">")) {
        report({ messageId: "atLeastAll", project, place: indicator.valueCell, data, severity: "info" });
      }
    });
  },
});
