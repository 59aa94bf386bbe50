/**
 * Saved web pages (.html/.htm): the sample as a disclosure page (UTF-8 and GBK) reads into the
 * same model and findings as the text; rowspan/colspan, breaks, nested layout tables and text
 * outside tables land where a browser shows them; charsets come from the BOM, <meta charset>
 * or http-equiv, else are detected; scripts, styles and comments are never read as cells.
 */
import { describe, expect, it } from "vitest";
import { tempDir } from "../support/temp.js";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { decodePage, readGrid } from "../../src/read/files/html.js";
import { formatOf } from "../../src/read/files/index.js";
import { perfgoal } from "../support/cli.js";
import { FIXTURES, SEED } from "../support/fixtures.js";
import { readAs } from "./same.js";

const file = (name: string) => join(FIXTURES, "files", name);
const page = (html: string | Uint8Array) => readGrid(typeof html === "string" ? Buffer.from(html) : html, "a.html");
const rows = (html: string | Uint8Array) => page(html).rows.map((r) => r.cells.map((c) => [c.text, c.column, c.where]));
const texts = (html: string | Uint8Array) => page(html).rows.map((r) => r.cells.map((c) => c.text));

describe("the sample as a disclosure page", () => {
  it.each(["seed.html", "seed-gbk.html"])("%s reads into the same model and findings as the text", async (name) => {
    const [text, html] = await Promise.all([readAs(SEED), readAs(file(name))]);
    expect(html.encoding).toBe("html");
    expect(html.notes).toEqual([]);
    expect(html.title).toBe("上海市奉贤区西渡街道社区党群服务中心2024年度项目绩效目标汇总表");
    expect(html.projects).toHaveLength(3);
    expect(html.projects).toEqual(text.projects);
    expect(html.reading).toEqual(text.reading);
    expect(html.findings).toHaveLength(27);
    expect(html.findings).toEqual(text.findings);
  });

  it("has merged cells, entities and real <p> markup, as such pages do", () => {
    const html = readFileSync(file("seed.html"), "utf8");
    expect(html).toContain('<td rowspan="4">项目资金 (元)</td>');
    expect(html).toMatch(/colspan="\d"/);
    expect(html).toContain("&lt;5.00(%)");
    expect(html).toContain("<td colspan=\"4\"><p>做好社区");
  });

  it("puts each finding at its table, row and cell", async () => {
    const { raw } = await readAs(file("seed.html"));
    expect(raw.find((d) => d.ruleId === "value-rate-unit" && d.project === "党建经费")?.place).toBe("表1 第28行 第3格");
    for (const d of raw) expect(d.place).toMatch(/^(表\d+ 第\d+行 第\d+格|第\d+段)$/);
  });

  it("is read by the built CLI, GBK included", () => {
    const run = perfgoal(["check", "fixtures/files/seed-gbk.html", "--format", "json"]);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe("");
    const [result] = JSON.parse(run.stdout).files;
    expect([result.errorCount, result.warningCount, result.infoCount]).toEqual([4, 13, 10]);
    expect(result.diagnostics.find((d: { ruleId: string }) => d.ruleId === "indicator-missing-value").place).toBe("表1 第50行 第4格");
  });
});

describe("what a page holds", () => {
  it("lays out rowspan and colspan as a browser does, and reads text outside tables", () => {
    expect(rows(readFileSync(file("merged.html")))).toEqual([
      [["首页 > 信息公开", 1, "第1段"]],
      [["## 2024年项目支出绩效目标申报表", 1, "第2段"]], // a heading: a Markdown heading, as in text
      [["单位：万元", 1, "第3段"]], // <br> outside a table ends a piece of text
      [["填报日期：2024-01-05", 1, "第4段"]],
      [["表一", 1, "第5段"]], // the caption
      [["项目资金", 1, "表1 第1行 第1格"], ["年度资金申请总额", 2, "表1 第1行 第2格"], ["12.5", 4, "表1 第1行 第4格"]],
      // column 1 held by the rowspan; unclosed <td>s and <tr> closed as a browser does
      [["其中：当年财政拨款", 2, "表1 第2行 第2格"], ["12.5", 3, "表1 第2行 第3格"]],
      [["上年结转资金", 2, "表1 第3行 第2格"], ["0", 3, "表1 第3行 第3格"], ["A & B C", 4, "表1 第3行 第4格"]],
      // the rowspan of 3 has ended; column 3 is held by the 0 above; <br> and <p> are line breaks
      [["x", 1, "表1 第4行 第1格"], ["多行\n第二行\n段落", 2, "表1 第4行 第2格"], ["末", 4, "表1 第4行 第4格"]],
      // a layout table around a table: read in place
      [["外层前", 1, "表2 第1行 第1格"]],
      [["内1", 1, "表3 第1行 第1格"], ["内2", 2, "表3 第1行 第2格"]],
      [["外层后", 1, "表2 第1行 第1格"], ["右", 2, "表2 第1行 第2格"]],
      [["结尾文字", 1, "第6段"]],
    ]);
  });

  it("never reads scripts, styles, comments, templates or the title; decodes entities once; survives broken markup", () => {
    expect(rows(readFileSync(file("hostile.html")))).toEqual([
      [["<script>alert(1)</script>", 1, "表1 第1行 第1格"], ["≥90%", 2, "表1 第1行 第2格"], ["≥80%", 3, "表1 第1行 第3格"], ["&nbsp", 4, "表1 第1行 第4格"]],
      [["宽", 1, "表1 第2行 第1格"], ["后", 1001, "表1 第2行 第1001格"]], // colspan capped at 1000, as browsers do
      [["到底", 1, "表1 第3行 第1格"], ["b", 2, "表1 第3行 第2格"]], // rowspan="0": to the end of the table
      [["c", 2, "表1 第4行 第2格"]],
      [["未闭合的表", 2, "表1 第5行 第2格"]], // stray end tags ignored; the unclosed table ends with the page
    ]);
  });

  it("keeps <pre> lines and collapses other white space", () => {
    expect(texts("<table><tr><td>  a \n\t b  </td><td><pre>x\ny</pre></td></tr></table><pre>\n一\n二\n</pre>")).toEqual([["a b", "x\ny"], ["一"], ["二"]]);
  });

  it("reads a table without <tr> or <table> end tags, and cells outside any table as text", () => {
    expect(texts("<table><td>a<td>b<tr><td>c")).toEqual([["a", "b"], ["c"]]);
    expect(texts("<td>一</td><td>二</td>")).toEqual([["一"], ["二"]]);
  });

  it("reads a form saved with its values as a browser shows it", () => {
    expect(texts([
      "<table><tr><td>项目名称</td><td><input type=\"text\" value=\"党建经费\"><input type=\"hidden\" value=\"id-17\"></td>",
      "<td>项目性质</td><td><select><option>一次性项目</option><option selected>其他经常性项目</option></select></td></tr>",
      "<tr><td>项目类别</td><td><select><option>特定目标类<option>其他</select></td><td>年度总体目标</td><td><textarea>完成\n工作</textarea></td></tr></table>",
    ].join(""))).toEqual([["项目名称", "党建经费", "项目性质", "其他经常性项目"], ["项目类别", "特定目标类", "年度总体目标", "完成\n工作"]]);
  });

  it("reads a thousand nested tables without recursion", () => {
    const deep = "<table><tr><td>".repeat(1000) + "底" + "</td></tr></table>".repeat(1000);
    expect(texts(deep)).toEqual([["底"]]);
  });
});

describe("charset", () => {
  const gbkBytes = readFileSync(file("gbk-http-equiv.html"));

  it("from <meta http-equiv=Content-Type content=…charset=gb2312>", () => {
    expect(decodePage(gbkBytes, "a.html").encoding).toBe("gb18030");
    expect(rows(gbkBytes)).toEqual([
      [["### 2024年项目支出绩效目标申报表", 1, "第1段"]],
      [["单位：万元", 1, "第2段"]],
      [["项目名称", 1, "表1 第1行 第1格"], ["党建经费", 2, "表1 第1行 第2格"]],
      [["主管部门", 1, "表1 第2行 第1格"], ["西渡街道办事处", 2, "表1 第2行 第2格"], ["实施单位", 3, "表1 第2行 第3格"], ["党群服务中心", 4, "表1 第2行 第4格"]],
    ]);
  });

  it("from <meta charset>, a BOM, or detected when the page names none", () => {
    expect(decodePage(readFileSync(file("seed-gbk.html")), "a.html").encoding).toBe("gb18030");
    expect(decodePage(Buffer.from('<meta charset="utf-8"><p>中文</p>'), "a.html")).toEqual({ text: '<meta charset="utf-8"><p>中文</p>', encoding: "utf-8" });
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("<html><p>中文</p>", "utf16le")]);
    expect(decodePage(utf16, "a.html")).toMatchObject({ text: "<html><p>中文</p>", encoding: "utf-16le" });
    const noCharset = gbkBytes.toString("latin1").replace(/<meta[^>]*>/, "");
    expect(decodePage(Buffer.from(noCharset, "latin1"), "a.html").encoding).toBe("gb18030");
  });

  it("believes the bytes over a stale declaration, and says so", () => {
    const stale = decodePage(Buffer.from('<meta charset="gb2312"><p>项目名称</p>'), "a.html");
    expect(stale).toEqual({ text: '<meta charset="gb2312"><p>项目名称</p>', encoding: "utf-8", note: "declares charset gb2312 but is UTF-8: read as UTF-8" });
    const wrong = decodePage(Buffer.concat([Buffer.from('<meta charset="utf-8">'), readFileSync(file("seed-gbk.html")).subarray(0, 2000)]), "a.html");
    expect(wrong.encoding).toBe("gb18030");
    expect(wrong.note).toBe("declares charset utf-8 but is not utf-8: read as gb18030");
  });

  it("is recognised by content, with or without an .html name", () => {
    expect(formatOf(Buffer.from("<!-- saved from url=(0040)http://example/ -->\n<html><body>"), "page")).toBe("html");
    expect(formatOf(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("<html>", "utf16le")]), "page")).toBe("html");
    expect(formatOf(Buffer.from("项目名称\t党建经费"), "page.htm")).toBe("html");
  });
});

describe("bad .html: exit 2, one line", () => {
  it("binary data named .html", () => {
    const dir = tempDir("perfgoal-html-");
    const path = join(dir, "image.html");
    writeFileSync(path, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]));
    const run = perfgoal(["check", path]);
    expect(run.code).toBe(2);
    expect(run.stderr.trim()).toBe(`perfgoal: ${path}: binary data, not declaration text`);
  });
});
