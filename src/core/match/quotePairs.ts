// Pairs of quotes kept as numbers: a statement carried by a thousand articles makes half a million
// pairs of its quotes, and an object or a set entry for each would cost more than finding them.

/** A list of 32-bit integers that grows as it is pushed to: a quarter of the memory of a list of numbers. */
export class IntList {
  #items = new Int32Array(1024);
  length = 0;
  push(n: number): void {
    if (this.length === this.#items.length) { const grown = new Int32Array(this.#items.length * 2); grown.set(this.#items); this.#items = grown; }
    this.#items[this.length++] = n;
  }
  at(k: number): number {
    return this.#items[k];
  }
  /** The items pushed so far; later pushes do not show in it. */
  view(): Int32Array {
    return this.#items.subarray(0, this.length);
  }
}

/**
 * Each quote's partners (the other side of every pair it is in, pair i[k] with j[k]), all in one
 * array: quote x's from start[x] to start[x + 1], in the order of the pairs.
 */
export function partnerIndex(quotes: number, i: ArrayLike<number>, j: ArrayLike<number>): { start: Int32Array; partners: Int32Array } {
  const start = new Int32Array(quotes + 1);
  for (let k = 0; k < i.length; k++) { start[i[k] + 1]++; start[j[k] + 1]++; }
  for (let x = 0; x < quotes; x++) start[x + 1] += start[x];
  const partners = new Int32Array(start[quotes]), filled = start.slice(0, quotes);
  for (let k = 0; k < i.length; k++) { partners[filled[i[k]]++] = j[k]; partners[filled[j[k]]++] = i[k]; }
  return { start, partners };
}
