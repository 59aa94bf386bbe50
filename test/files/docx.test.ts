/**
 * Word documents (.docx): the sample saved by LibreOffice Writer reads into the same model and
 * findings as the text; merged cells, breaks, tracked changes, nested tables and paragraphs
 * between tables land where a person sees them; damaged, encrypted, legacy and bomb files are
 * refused with one line (fixtures: scripts/fixtures/make-docx-html.sh).
 */
import { describe, expect, it } from "vitest";
import { tempDir } from "../support/temp.js";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { strToU8, zipSync } from "fflate";
import { headingLevels, readGrid } from "../../src/read/files/docx.js";
import { formatOf } from "../../src/read/files/index.js";
import { InputError } from "../../src/read/errors.js";
import { perfgoal } from "../support/cli.js";
import { FIXTURES, SEED } from "../support/fixtures.js";
import { readAs } from "./same.js";

const file = (name: string) => join(FIXTURES, "files", name);
const grid = (name: string) => readGrid(readFileSync(file(name)), name);
/** Rows as [text, column, where] triples, an empty row as []. */
const rows = (name: string) => grid(name).rows.map((r) => r.cells.map((c) => [c.text, c.column, c.where]));

describe("the sample as .docx (LibreOffice Writer)", () => {
  it("reads into the same model and findings as the text", async () => {
    const [text, docx] = await Promise.all([readAs(SEED), readAs(file("seed.docx"))]);
    expect(docx.encoding).toBe("docx");
    expect(docx.title).toBe("上海市奉贤区西渡街道社区党群服务中心2024年度项目绩效目标汇总表");
    expect(docx.title).toBe(text.title);
    expect(docx.projects).toHaveLength(3);
    expect(docx.projects).toEqual(text.projects);
    expect(docx.reading).toEqual(text.reading);
    expect(docx.findings).toHaveLength(27);
    expect(docx.findings).toEqual(text.findings);
  });

  it("puts each finding at its table, row and cell", async () => {
    const { raw } = await readAs(file("seed.docx"));
    const rate = raw.find((d) => d.ruleId === "value-rate-unit" && d.project === "党建经费");
    expect(rate?.place).toBe("表1 第28行 第3格");
    for (const d of raw) expect(d.place).toMatch(/^(表\d+ 第\d+行 第\d+格|第\d+段)$/);
  });

  it("is read by the built CLI", () => {
    const run = perfgoal(["check", "fixtures/files/seed.docx", "--format", "json"]);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe("");
    const [result] = JSON.parse(run.stdout).files;
    expect([result.errorCount, result.warningCount, result.infoCount]).toEqual([4, 13, 10]);
    expect(result.diagnostics.find((d: { ruleId: string }) => d.ruleId === "value-rate-unit").place).toBe("表1 第28行 第3格");
  });
});

describe("what a Word document holds", () => {
  it("reads merged cells, breaks, tabs, entities, tracked changes, nested tables and text between tables", () => {
    expect(rows("merged.docx")).toEqual([
      [["# 2024年项目支出绩效目标汇总表", 1, "第1段"]], // outline level 0: a heading
      [["单位：万元", 1, "第2段"]], // its tab stop is no tab
      [], // an empty paragraph: a gap, as a blank line
      [["项目名称", 1, "第4段"], ["党建经费", 2, "第4段"]], // split at the tab, as text is
      // vMerge restart; gridSpan 2 takes columns 2–3
      [["项目资金（万元）", 1, "表1 第1行 第1格"], ["年度资金申请总额", 2, "表1 第1行 第2格"], ["12.5", 4, "表1 第1行 第4格"]],
      // vMerge continue: column 1 empty; the tracked change's old one-column width is not read
      [["其中：当年财政拨款", 2, "表1 第2行 第2格"], ["12.5", 3, "表1 第2行 第3格"]],
      [["上年结转资金", 2, "表1 第3行 第2格"], ["0", 3, "表1 第3行 第3格"], ["A&B <x> ≥1 ≤2", 4, "表1 第3行 第4格"]],
      // gridBefore 1; a break and a second paragraph are line breaks; a tab stays; deleted text is gone
      [["line1\nline2\npara2", 2, "表1 第4行 第2格"], ["a\tb", 3, "表1 第4行 第3格"], ["新值", 4, "表1 第4行 第4格"]],
      // a table nested in a cell, read in place
      [["前", 1, "表1 第5行 第1格"]],
      [["内1", 1, "表2 第1行 第1格"], ["内2", 2, "表2 第1行 第2格"]],
      [["后", 1, "表1 第5行 第1格"], ["右", 2, "表1 第5行 第2格"]],
      [["表间文字", 1, "第5段"]],
      [["锚", 1, "第6段"]], // its text box is not read (and its fallback copy is not read twice)
      [["x", 1, "表3 第1行 第1格"], ["y", 2, "表3 第1行 第2格"]],
    ]);
    expect(grid("merged.docx").notes).toEqual(["1 text box(es) (文本框) not read: a declaration's cells are in tables and paragraphs"]);
  });

  it("finds the main part through _rels/.rels, and its prefix through the root's namespace", () => {
    const document = '<?xml version="1.0"?><x:document xmlns:x="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><x:body>'
      + "<x:p><x:r><x:t>项目名称</x:t></x:r></x:p><w:p><w:r><w:t>not Word's namespace</w:t></w:r></w:p></x:body></x:document>";
    const zip = zipSync({
      "_rels/.rels": strToU8('<Relationships><Relationship Id="r" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="/doc/main.xml"/></Relationships>'),
      "doc/main.xml": strToU8(document),
      "word/document.xml": strToU8("<nothing/>"),
    });
    expect(readGrid(zip, "a.docx").rows.map((r) => r.cells.map((c) => c.text))).toEqual([["项目名称"]]);
  });

  it("reads on without a damaged styles part, and says so", () => {
    const body = '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:pPr><w:pStyle w:val="1"/></w:pPr><w:r><w:t>汇总表</w:t></w:r></w:p></w:body></w:document>';
    const styles = '<w:styles><w:style w:type="paragraph" w:styleId="1"><w:pPr><w:outlineLvl w:val="0"/></w:pPr></w:style></w:styles>';
    const zip = zipSync({ "word/document.xml": strToU8(body), "word/styles.xml": strToU8(styles) }, { level: 0 });
    expect(readGrid(zip, "a.docx").rows[0].cells[0].text).toBe("# 汇总表");
    zip[Buffer.from(zip).indexOf("<w:styles>") + 1] ^= 0x20;
    const damaged = readGrid(zip, "a.docx");
    expect(damaged.rows[0].cells[0].text).toBe("汇总表");
    expect(damaged.notes).toEqual(["word/styles.xml not read (damaged: word/styles.xml does not match its checksum; save the document again): headings are read as plain paragraphs"]);
  });

  it("reads a ZIP64 archive's end records", () => {
    const zip = zipSync({ "word/document.xml": strToU8('<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>六十四</w:t></w:r></w:p></w:body></w:document>') });
    const end = zip.length - 22;
    const old = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
    const record = new DataView(new ArrayBuffer(56 + 20 + 22));
    record.setUint32(0, 0x06064b50, true);
    record.setBigUint64(4, 44n, true);
    record.setBigUint64(24, BigInt(old.getUint16(end + 8, true)), true);
    record.setBigUint64(32, BigInt(old.getUint16(end + 10, true)), true);
    record.setBigUint64(40, BigInt(old.getUint32(end + 12, true)), true);
    record.setBigUint64(48, BigInt(old.getUint32(end + 16, true)), true);
    record.setUint32(56, 0x07064b50, true);
    record.setBigUint64(64, BigInt(end), true);
    record.setUint32(72, 1, true);
    new Uint8Array(record.buffer).set(zip.subarray(end), 76);
    record.setUint16(76 + 8, 0xffff, true);
    record.setUint16(76 + 10, 0xffff, true);
    record.setUint32(76 + 16, 0xffffffff, true);
    const zip64 = new Uint8Array([...zip.subarray(0, end), ...new Uint8Array(record.buffer)]);
    expect(readGrid(zip64, "a.docx").rows.map((r) => r.cells.map((c) => c.text))).toEqual([["六十四"]]);
  });

  it("knows heading styles by their outline level, inherited, and the Title style", () => {
    const styles = '<w:styles><w:style w:type="paragraph" w:styleId="1"><w:name w:val="heading 1"/><w:pPr><w:outlineLvl w:val="0"/></w:pPr></w:style>'
      + '<w:style w:type="paragraph" w:styleId="Mine"><w:name w:val="Mine"/><w:basedOn w:val="1"/></w:style>'
      + '<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/></w:style>'
      + '<w:style w:type="paragraph" w:styleId="Body"><w:name w:val="Body Text"/><w:pPr><w:outlineLvl w:val="9"/></w:pPr></w:style>'
      + '<w:style w:type="character" w:styleId="2"><w:name w:val="x"/><w:pPr><w:outlineLvl w:val="1"/></w:pPr></w:style></w:styles>';
    expect([...headingLevels(styles)]).toEqual([["1", 0], ["Mine", 0], ["Title", 0]]);
  });
});

describe("bad .docx: exit 2, one line naming the file and the reason, no stack", () => {
  const dir = tempDir("perfgoal-docx-");
  const notWord = join(dir, "archive.docx");
  writeFileSync(notWord, zipSync({ "readme.txt": strToU8("hello") }));

  it.each([
    ["truncated", file("truncated.docx"), "truncated or damaged: not a complete zip archive"],
    ["damaged packed data", file("corrupt.docx"), "damaged: word/document.xml cannot be unpacked"],
    ["a zip bomb by its declared size", file("bomb-declared.docx"), "too large: word/document.xml would unpack to 300 MB, more than the 200 MB"],
    ["a zip bomb that lies about its size", file("bomb-lying.docx"), "damaged or a zip bomb: word/document.xml unpacks to more than the 2,000 bytes"],
    ["password-protected", file("encrypted.docx"), "password-protected: an encrypted Word or Excel file cannot be read"],
    ["a Word 97-2003 .doc", file("seed.doc"), "a Word 97-2003 .doc file, which perfgoal does not read"],
    ["a zip that is not a Word document", notWord, "a zip archive, but not a docx file"],
  ])("%s", (_name, path, reason) => {
    const run = perfgoal(["check", path]);
    expect(run.code).toBe(2);
    expect(run.stdout).not.toContain("at ");
    const lines = run.stderr.trim().split("\n");
    expect(lines).toHaveLength(1);
    expect(lines[0]).toBe(`perfgoal: ${path}: ${lines[0].slice(`perfgoal: ${path}: `.length)}`);
    expect(lines[0]).toContain(reason);
  });

  it("one bad file does not stop the others", () => {
    const run = perfgoal(["check", file("truncated.docx"), "fixtures/files/seed.docx", "--format", "json"]);
    expect(run.code).toBe(2);
    const files = JSON.parse(run.stdout).files;
    expect(files[0].error).toContain("truncated or damaged");
    expect(files[1].errorCount).toBe(4);
  });

  it("reads a damaged checksum as damage", () => {
    const zip = zipSync({ "word/document.xml": strToU8('<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"/>') }, { level: 0 });
    const at = Buffer.from(zip).indexOf("<w:document") + 1;
    zip[at] ^= 0x20; // a stored part: one byte changed, the size the same
    expect(() => readGrid(zip, "a.docx")).toThrow(/does not match its checksum/);
  });

  it("throws InputError for any prefix of a real document (never another error)", () => {
    const bytes = readFileSync(file("merged.docx"));
    for (let n = 0; n < bytes.length; n += 7) {
      try {
        readGrid(bytes.subarray(0, n), "cut.docx");
      } catch (error) {
        expect(error).toBeInstanceOf(InputError);
      }
    }
  });
});

describe("recognised by content", () => {
  it("a .docx whose first 64 KiB are an image: by its central directory", () => {
    const image = new Uint8Array(100 * 1024).map((_, i) => (i * 7919) % 251);
    const zip = zipSync({
      "word/media/image1.png": [image, { level: 0 }],
      "word/document.xml": strToU8('<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>图后</w:t></w:r></w:p></w:body></w:document>'),
    });
    const path = join(tempDir("perfgoal-docx-"), "unnamed");
    writeFileSync(path, zip);
    expect(Buffer.from(zip.subarray(0, 64 * 1024)).includes("word/document")).toBe(false);
    expect(formatOf(zip.subarray(0, 64 * 1024), path)).toBe("docx");
    const run = perfgoal(["convert", path]);
    expect(JSON.parse(run.stdout).documents[0].encoding).toBe("docx");
  });
});

describe("OLE2 files are told apart by their directory", () => {
  const head = (name: string) => readFileSync(file(name));
  it.each([
    ["tiny.xls", "xls"],
    ["encrypted.docx", /password-protected/],
    ["seed.doc", /Word 97-2003 \.doc/],
  ])("%s", (name, expected) => {
    const bytes = head(name);
    if (typeof expected === "string") expect(formatOf(bytes.subarray(0, 64 * 1024), file(name))).toBe(expected);
    else expect(() => formatOf(bytes.subarray(0, 64 * 1024), file(name))).toThrow(expected);
  });

  it("reads the directory from the file when it lies past the first 64 KiB", () => {
    const bytes = head("seed.doc");
    expect(bytes.length).toBeGreaterThan(64 * 1024);
    // seed.doc's directory starts in sector 196, past the head: only the file itself tells it is a .doc.
    expect(new DataView(bytes.buffer, bytes.byteOffset).getUint32(0x30, true)).toBe(196);
    expect(() => formatOf(bytes.subarray(0, 64 * 1024), file("seed.doc"))).toThrow(/\.doc file/);
  });
});
