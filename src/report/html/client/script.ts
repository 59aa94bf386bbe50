/**
 * The page script, assembled from its parts. Each part is a self-contained function (it uses
 * only its argument and the browser's globals), so its source text — `Function.prototype
 * .toString()`, after the bundler's minification too — runs unchanged in the page. The parts
 * share one object (`Client`, types.ts). The page's Content-Security-Policy allows this one
 * script by its SHA-256 hash: nothing injected into the page could run.
 */
import { createHash } from "node:crypto";
import { installUtil } from "./util.js";
import { installForm } from "./form.js";
import { installFindings } from "./findings.js";
import { installApp } from "./app.js";

const PARTS = [installUtil, installForm, installFindings, installApp];

export const PAGE_SCRIPT = `"use strict";(function(){var pg={};${PARTS.map((part) => `(${part.toString()})(pg);`).join("")}
if(document.readyState==="loading")document.addEventListener("DOMContentLoaded",pg.start);else pg.start();})();`;

/** For the Content-Security-Policy: `'sha256-…'`. */
export const PAGE_SCRIPT_HASH = `'sha256-${createHash("sha256").update(PAGE_SCRIPT).digest("base64")}'`;
