/** A tab-separated declaration as other layout families write it, for rule cases over several families. */

/** One cell per line (the PDF text family). */
export function oneCellPerLine(text: string): string {
  return text.split("\n").flatMap((line) => line.split("\t").map((cell) => cell.trim()).filter((cell) => cell.length > 0)).join("\n") + "\n";
}

/** Cells between runs of spaces, one row a line (`pdftotext -layout`). */
export function spaceSeparated(text: string): string {
  return text.replace(/\t+/g, "  ");
}
