/**
 * A function of short texts, remembered for the texts seen recently. A declaration repeats its
 * labels, units, common values (`=100.00(%)`) and indicator names table after table, and the
 * rules ask about the same name many times, so a lookup saves most of the work.
 *
 * Bounded: texts longer than `longest` are computed each time, and the memory is emptied when
 * it holds `limit` texts. A text is kept as a copy, so that a cell's text (a slice of the input
 * in V8) does not keep the input it was cut from alive. Results are shared: never mutate them.
 */
export function remembered<T>(compute: (text: string) => T, { longest = 64, limit = 20_000 } = {}): (text: string) => T {
  const memory = new Map<string, T>();
  return (text) => {
    if (text.length > longest) return compute(text);
    const known = memory.get(text);
    if (known !== undefined || memory.has(text)) return known as T;
    const result = compute(text);
    if (memory.size >= limit) memory.clear();
    memory.set((" " + text).slice(1), result);
    return result;
  };
}
