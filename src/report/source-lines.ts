/** The lines of an input text, for showing the row a finding points at. */
export class SourceLines {
  private starts: number[] | undefined;

  constructor(private readonly text: string) {}

  /** The text of a 1-based line, without its line break. */
  line(line: number): string {
    const starts = (this.starts ??= lineStarts(this.text));
    if (line < 1 || line > starts.length) return "";
    const end = line < starts.length ? starts[line] : this.text.length;
    return this.text.slice(starts[line - 1], end).replace(/\r?\n$|\r$/, "");
  }
}

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) starts.push(i + 1);
  }
  return starts;
}
