/** Cases of `project-duplicate`. */
import { CLEAN } from "../../support/declaration.js";
import { clean, type RuleCases } from "../case-types.js";

export default {
  valid: [clean, { name: "two different projects", text: CLEAN + "\n" + CLEAN.replace("社区服务经费", "养老服务经费") }],
  invalid: [{ name: "same name twice", text: CLEAN + "\n" + CLEAN, errors: [{ line: 24, column: "社区服务经费" }] }],
} satisfies RuleCases;
