// Generates the benchmark corpora from the sample: its three tables repeated with numbered
// project names, as one big file or as many small ones.
import { mkdirSync, readFileSync, writeFileSync, existsSync, readdirSync } from "node:fs";
import { join } from "node:path";

const ROOT = new URL("..", import.meta.url).pathname;
export const CORPUS = join(ROOT, "bench", "corpus");
export const SAMPLE = join(ROOT, "fixtures", "seed", "000_f9c598031c2c4aa2.txt");

function tables() {
  const text = readFileSync(SAMPLE, "utf8");
  const start = text.indexOf("## 财政项目支出绩效目标申报表");
  const body = text.slice(start).replace(/^## /, "# ");
  return body.endsWith("\n") ? body : `${body}\n`;
}

/** Copies of the sample's three tables, each block with its own project names. */
function declaration(copies, offset = 0) {
  const block = tables();
  const parts = ["# 某区2024年度项目绩效目标汇总表（基准测试）\n\n"];
  for (let i = 0; i < copies; i++) {
    const n = offset + i;
    parts.push(block.replace(/(项目名称\t)([^\t]+)/g, (_m, label, name) => `${label}${name}${n}`), "\n");
  }
  return parts.join("");
}

export function ensureCorpus() {
  mkdirSync(CORPUS, { recursive: true });
  const files = {
    sample: SAMPLE,
    big: join(CORPUS, "tables-3000.txt"),
    huge: join(CORPUS, "tables-12000.txt"),
    many: join(CORPUS, "files-1000"),
  };
  if (!existsSync(files.big)) writeFileSync(files.big, declaration(1000));
  if (!existsSync(files.huge)) writeFileSync(files.huge, declaration(4000));
  if (!existsSync(files.many) || readdirSync(files.many).length !== 1000) {
    mkdirSync(files.many, { recursive: true });
    for (let i = 0; i < 1000; i++) writeFileSync(join(files.many, `${String(i).padStart(4, "0")}.txt`), declaration(1, i));
  }
  return files;
}
