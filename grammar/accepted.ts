/**
 * Values a reviewer accepts as targets of their own though they are neither a figure nor one of
 * the graded words of value.ts: `可控`, `合规`, `零投诉`, `应保尽保`, `中长期`, `全年`, a rhythm
 * (`每月1次`), a ratio (`1:15`), a grade (`AAAA`), a baseline (`较上年提高5%`), a period or a
 * time the date grammar does not model (`项目周期内`, `次年3月底前`, `开学前`). The lists are
 * our reading of what declarations write; value-unparsed leaves these alone.
 */
import { toHalfWidth } from "./normalize.js";
import { isDateText } from "./date.js";

/**
 * Targets a reviewer accepts without a figure, beyond the graded words: under control (`可控`,
 * `风险可控`), compliant (`合规`, `依法合规`), reasonable (`合理`), zero of something (`零投诉`,
 * `零事故`), everyone entitled covered (`应保尽保`, `应补尽补`), a horizon (`中长期`, `长期`),
 * the whole year (`全年`, `常年`), a rhythm (`按月`, `每季度`, `定期`, `按月发放`), complete (`齐全`),
 * a harm kept small (`较小`, `影响轻微`).
 */
const ACCEPTED = new RegExp([
  "^(?:总体|基本|风险|安全|质量|进度|成本|全程)?(?:可控|受控)$",
  "^(?:在)?可控范围(?:内|之内)$",
  "^(?:依法|合法|规范|依规)?合规$|^合法合规$|^依法依规$",
  "^(?:科学|基本|较为|较|总体)?合理$",
  "^零[\\u4e00-\\u9fff]{1,4}$",
  "^应([\\u4e00-\\u9fff])尽\\1$",
  "^(?:短期|中期|长期|中长期|近期|远期|永久|长久)$",
  "^(?:全年|全年度|常年|全天候|全时段|全过程|全周期|全部|全员|全额|足额|全面|全域)$",
  "^(?:每|按)(?:日|天|周|旬|月|季|季度|年|半年|年度|学期)$|^(?:定期|常态化|长效化|动态|实时)$",
  // a rhythm with what is done at it: `按月发放`, `每季度开展`, `按年度更新`
  "^(?:每|按)(?:日|天|周|旬|月|季|季度|年|半年|年度|学期)[\\u4e00-\\u9fff]{1,4}$",
  // a harm kept small (社会成本, 生态环境成本): `较小`, `影响轻微`, `风险较低`
  "^(?:影响|风险|负面影响|不良影响)?(?:较小|很小|极小|轻微|较轻|较低)$",
  "^(?:齐全|完整|完备|准确无误|无误|无差错|无事故|无投诉|无违规|无|有|通过|已完成|全部完成|足额到位|及时足额|当日办结|即时办结|随到随办)$",
  // a rhythm with a count: `每月1次`, `每季度不少于1次`, `每年两期`
  "^(?:每|按)(?:日|天|周|旬|月|季|季度|年|半年|年度|学期)(?:不少于|至少)?(?:\\d+|[一二两三四五六七八九十]+)(?:次|期|场|批|轮)(?:以上|及以上)?$",
  // a ratio: `1:15`, `≤1:2`, `1比1`
  "^[≥≤=<>]?\\d+(?:\\.\\d+)?[:比]\\d+(?:\\.\\d+)?$",
  // a grade: `AAA`, `A级`, `二级以上`, `三星级`, `甲级`
  "^(?:[A-E]{1,5}|[1-5一二三四五]A|[1-6一二三四五六]星|[一二三四五六甲乙丙丁1-6])级?(?:及以上|以上|标准)?$",
  // against a baseline: `较上年提高5%`, `同比增长10%以上`, `不低于上年`, `与上年持平`
  "^(?:较|比|与)?(?:同比|环比)?(?:上年|去年|上一?年度|基期|往年)?(?:同期)?(?:提高|提升|增长|增加|下降|降低|减少|持平)(?:\\d+(?:\\.\\d+)?(?:%|个百分点|倍)?)?(?:以上|以下|以内)?$",
  "^(?:不低于|不少于|不高于|不超过|高于|低于|达到|优于)(?:上年|去年|上一?年度|往年|全市|全区|全县|全省|全国|省|市|区|县|行业)(?:同期)?(?:平均)?(?:水平|标准)?$",
  // within the project's own period: `项目周期内`, `合同期内`, `规定时限内`
  "^(?:项目|实施|合同|建设|执行|服务|运营|有效|规定|承诺|计划|预算)?(?:周期|期|期限|时限|时间|年度)(?:内|之内|以内)$",
  // a duration in words: `一年`, `两年`, `半年`, `三个月内`; at once: `随时`, `即时`, `T+1`
  "^(?:[一二两三四五六七八九十]+|半)个?(?:年|月|天|日|周|小时|工作日|学期|季度)(?:内|以内)?$",
  "^(?:随时|即时|立即|当即|及时响应)$|^T\\+\\d{1,2}$",
  // a period from one date to another: `2024.1-2024.12`, `2024年1月-12月`
  "^(?=.*(?:\\d{4}|[年月]))(?=.*[-~至到—])[\\d年月日号.\\-/~至到—]{3,24}$",
].join("|"));

/**
 * A phrase that names a time a reader understands though perfgoal does not model it as a date:
 * `次年3月底前`, `2024年1-6月`, `开学前`, `汛期前`, `活动结束后3个工作日内`.
 */
const TIME_PHRASE = /(?:月|季度|年底|年末|年内|旬|日|号|周|天)(?:前|之前|以前|内|以内|底|末)?(?:完成)?$|(?:之|以)?前(?:完成)?$/;
const TIME_PHRASE_LENGTH = 14;
const NO_SUCH_MONTH = /(?:^|\D)(?:0|1[3-9]|[2-9]\d|\d{3,})月|(?:^|\D)(?:3[2-9]|[4-9]\d|\d{3,})[日号]/;

/** A value a reviewer reads as a target of its own: an accepted word, a time phrase. */
export function isAcceptedValue(text: string): boolean {
  const compact = toHalfWidth(text).replace(/\s+/g, "");
  if (ACCEPTED.test(compact)) return true;
  // A date that does not exist (`2024年2月30日前`, `13月底前`) is a slip to report, not a phrase.
  if (isDateText(compact.replace(/(?:之|以)?前?(?:完成)?$/, "")) || NO_SUCH_MONTH.test(compact)) return false;
  return compact.length <= TIME_PHRASE_LENGTH && !/[%‰]/.test(compact) && TIME_PHRASE.test(compact);
}

