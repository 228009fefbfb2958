// Number words and hedges as values.

export const UNITS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18,
  nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
  dozen: 12,
};

export const SCALES: Record<string, number> = { hundred: 1e2, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 };

/** Parses "36", "1,200", "3.5", "thirty-six", "four" into a number. */
export function parseNumber(word: string): number | undefined {
  const w = word.toLowerCase();
  if (/^\d{1,3}(?:,\d{3})+(?:\.\d+)?$|^\d+(?:\.\d+)?$/.test(w)) return Number(w.replace(/,/g, ''));
  if (w in UNITS) return UNITS[w];
  const m = /^(twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-(one|two|three|four|five|six|seven|eight|nine)$/.exec(w);
  if (m) return UNITS[m[1]] + UNITS[m[2]];
  return undefined;
}

/** Hedge words before a figure and the range of true values they allow, as factors of the figure. */
export const HEDGES: { re: RegExp; low: number; high: number }[] = [
  { re: /\b(?:at least|no fewer than|no less than|a minimum of)\s+$/i, low: 1, high: Infinity },
  { re: /\b(?:more than|over|upwards of|in excess of|above|exceeding)\s+$/i, low: 1, high: Infinity },
  { re: /\b(?:nearly|almost|close to|just under|just shy of)\s+$/i, low: 0.9, high: 1 },
  { re: /\b(?:up to|as many as|as much as|at most|no more than)\s+$/i, low: 0, high: 1 },
  { re: /\b(?:fewer than|less than|under|below)\s+$/i, low: 0, high: 1 },
  { re: /\b(?:about|around|some|roughly|approximately|an estimated|estimated|approx\.?|nearly|upward of|or so)\s+$/i, low: 0.9, high: 1.1 },
];
