/**
 * A small streaming XML scanner for machine-written parts (Word's document.xml): text is
 * pushed piece by piece and tags and text come out as they are complete, so a large part is
 * never held whole. It knows tags, attributes in quotes, comments, CDATA, processing
 * instructions and the five predefined entities plus character references; it expands no
 * other entity (a DOCTYPE is skipped, so entity bombs do nothing).
 */

export interface XmlHandler {
  /** A start tag (`selfClosing` for `<x/>`); the scanner's tag() gives its whole text, for attributes. */
  open(name: string, selfClosing: boolean): void;
  close(name: string): void;
  /** Text between tags, entities decoded. */
  text(text: string): void;
}

export class XmlScanner {
  private carry = "";

  constructor(private readonly handler: XmlHandler) {}

  push(piece: string): void {
    const s = this.carry.length > 0 ? this.carry + piece : piece;
    const h = this.handler;
    let i = 0;
    for (;;) {
      const lt = s.indexOf("<", i);
      if (lt < 0) {
        // Keep back a character reference the piece may have cut (`&am` + `p;`).
        const amp = s.lastIndexOf("&");
        const keep = amp >= i && s.indexOf(";", amp) < 0 ? amp : s.length;
        if (keep > i) h.text(decodeXml(s.slice(i, keep)));
        i = keep;
        break;
      }
      if (lt > i) h.text(decodeXml(s.slice(i, lt)));
      i = lt;
      let end: number;
      const next = s.charCodeAt(lt + 1);
      if (next !== 33 && next !== 63) { // not <! or <?: a tag, the common case
        end = tagEnd(s, lt + 1);
        if (end < 0) break;
        this.emit(s, lt, end);
        i = end + 1;
      } else if (s.startsWith("<!--", lt)) {
        end = s.indexOf("-->", lt + 4);
        if (end < 0) break;
        i = end + 3;
      } else if (s.startsWith("<![CDATA[", lt)) {
        end = s.indexOf("]]>", lt + 9);
        if (end < 0) break;
        h.text(s.slice(lt + 9, end));
        i = end + 3;
      } else if (s.startsWith("<?", lt)) {
        end = s.indexOf("?>", lt + 2);
        if (end < 0) break;
        i = end + 2;
      } else if (next === 33) {
        end = declarationEnd(s, lt + 2);
        if (end < 0) break;
        i = end + 1;
      } else {
        break; // `<` at the end of the piece: wait for the next
      }
    }
    this.carry = i < s.length ? s.slice(i) : "";
  }

  /** The end of the input: false when it ends inside a tag (the part was cut short). */
  end(): boolean {
    const rest = this.carry;
    this.carry = "";
    if (rest.includes("<")) return false;
    if (rest.length > 0) this.handler.text(decodeXml(rest));
    return true;
  }

  /** The whole start tag being handed to open(), for attribute look-ups (made only when asked for). */
  tag(): string {
    return this.current.slice(this.tagStart, this.tagEnd + 1);
  }

  private current = "";
  private tagStart = 0;
  private tagEnd = 0;

  private emit(s: string, lt: number, gt: number): void {
    const closing = s.charCodeAt(lt + 1) === 47; // </name>
    let p = closing ? lt + 2 : lt + 1;
    const start = p;
    for (; p < gt; p++) {
      const c = s.charCodeAt(p);
      if (c === 32 || c === 9 || c === 10 || c === 13 || c === 47) break;
    }
    const name = s.slice(start, p);
    if (closing) return this.handler.close(name);
    this.current = s;
    this.tagStart = lt;
    this.tagEnd = gt;
    this.handler.open(name, s.charCodeAt(gt - 1) === 47);
  }
}

/** The `>` that ends a tag begun before `from`, skipping `>` inside quoted attribute values; -1 when not yet seen. */
function tagEnd(s: string, from: number): number {
  let quote = 0;
  for (let p = from; p < s.length; p++) {
    const c = s.charCodeAt(p);
    if (quote !== 0) { if (c === quote) quote = 0; }
    else if (c === 62) return p;
    else if (c === 34 || c === 39) quote = c;
  }
  return -1;
}

/** The `>` that ends `<!DOCTYPE …>`, with an internal subset in brackets skipped. */
function declarationEnd(s: string, from: number): number {
  let depth = 0;
  for (let p = from; p < s.length; p++) {
    const c = s.charCodeAt(p);
    if (c === 91) depth++;
    else if (c === 93) depth--;
    else if (c === 62 && depth <= 0) return p;
  }
  return -1;
}

const NAMED: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };
const REFERENCE = /&(#[xX][0-9a-fA-F]{1,8}|#[0-9]{1,10}|lt|gt|amp|quot|apos);/g;

/** Text with XML's predefined entities and character references decoded (others kept as written). */
export function decodeXml(text: string): string {
  if (!text.includes("&")) return text;
  return text.replace(REFERENCE, (_, ref: string) => {
    if (ref.charCodeAt(0) !== 35) return NAMED[ref];
    const code = ref[1] === "x" || ref[1] === "X" ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
    return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : "\ufffd";
  });
}

const ATTRIBUTES = new Map<string, RegExp>();

/** The value of attribute `name` in a tag (`w:val="2"` → "2"), or undefined. */
export function attribute(tag: string, name: string): string | undefined {
  let pattern = ATTRIBUTES.get(name);
  if (!pattern) {
    pattern = new RegExp(`\\s${name.replace(/[.:-]/g, "\\$&")}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`);
    ATTRIBUTES.set(name, pattern);
  }
  const m = pattern.exec(tag);
  return m ? decodeXml(m[1] ?? m[2]) : undefined;
}
