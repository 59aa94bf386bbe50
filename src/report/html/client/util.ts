/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
/**
 * Page script, part 1: building DOM safely and formatting. Every piece of declaration text is
 * put into the page as a text node (never as markup), with control and bidi-override characters
 * shown as visible marks. Self-contained: see types.ts.
 */
import type { Child, Client, Segment } from "./types.js";

export function installUtil(pg: Client): void {
  // The same characters as escape.ts UNSAFE_CHARS (a unit test keeps them equal).
  pg.UNSAFE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

  pg.segments = (text) => {
    const out: Segment[] = [];
    let last = 0;
    pg.UNSAFE.lastIndex = 0;
    for (let m = pg.UNSAFE.exec(text); m !== null; m = pg.UNSAFE.exec(text)) {
      if (m.index > last) out.push(text.slice(last, m.index));
      const code = m[0].charCodeAt(0);
      out.push({ ctl: code <= 0xff ? `\\x${code.toString(16).toUpperCase().padStart(2, "0")}` : `\\u${code.toString(16).toUpperCase().padStart(4, "0")}` });
      last = m.index + 1;
    }
    if (last < text.length) out.push(text.slice(last));
    return out;
  };

  pg.el = (tag, props, ...children) => {
    const node = document.createElement(tag);
    if (props) {
      for (const key of Object.keys(props)) {
        const value = props[key];
        if (value === null || value === undefined || value === false) continue;
        if (key === "text") node.textContent = String(value);
        else node.setAttribute(key === "className" ? "class" : key, value === true ? "" : String(value));
      }
    }
    const add = (child: Child | Child[]) => {
      if (Array.isArray(child)) child.forEach(add);
      else if (child !== null && child !== undefined && child !== false) node.append(child);
    };
    children.forEach(add);
    return node;
  };

  pg.cellText = (text) => {
    const fragment = document.createDocumentFragment();
    for (const segment of pg.segments(text)) {
      if (typeof segment === "string") fragment.append(segment);
      else fragment.append(pg.el("span", { class: "ctl", title: `${pg.data.words.hidden} U+${segment.ctl.slice(2)}`, text: segment.ctl }));
    }
    return fragment;
  };

  pg.fill = (template, data) => template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in data ? String(data[key]) : whole));

  pg.yuanToFen = (yuan) => Math.round(yuan * 100);

  pg.formatFen = (fen) => {
    const abs = Math.abs(fen);
    const whole = Math.floor(abs / 100).toString().replace(/\B(?=(\d{3})+(?!\d))/g, ",");
    return `${fen < 0 ? "-" : ""}${whole}.${(abs % 100).toString().padStart(2, "0")}`;
  };

  pg.severityKey = (severity) => (severity === 0 ? "error" : severity === 1 ? "warning" : "info");
  pg.severityName = (severity) => pg.data.words[pg.severityKey(severity)];
}
