/** Cases of `indicator-placeholder`. */
import { CLEAN, setLine } from "../../support/declaration.js";
import { clean, type RuleCases } from "../case-types.js";

export default {
  valid: [clean],
  invalid: [
    { name: "stars in the value", text: setLine(CLEAN, 15, "\t\t服务居民人次\t≥**(人次)"), errors: [{ line: 15, column: "≥**" }] },
    { name: "XX in the name", text: setLine(CLEAN, 15, "\t\tXX活动人次\t≥3000(人次)"), errors: [{ line: 15, column: "XX" }] },
  ],
} satisfies RuleCases;
