// What a figure counts, normalised so that the same measure lines up across articles: the nouns that
// say only "people", the words that make a figure a label or a part, and a crude singular.

/** Nouns that say only "people" and so agree with any group of victims (civilians, people, deaths). */
export const GENERIC_VICTIMS = new Set(['people', 'person', 'persons', 'civilian', 'civilians', 'innocents', 'individuals', 'victims', 'victim', 'others', 'lives', 'death', 'deaths', 'dead', 'toll', 'fatalities', 'casualties']);

/** Nouns that never name what a figure counts: units of time, ranks, the figure's own words. */
export const NOT_A_MEASURE = new Set([
  'year', 'years', 'month', 'months', 'week', 'weeks', 'day', 'days', 'hour', 'hours', 'minute', 'minutes',
  'second', 'seconds', 'time', 'times', 'percent', 'per', 'cent', 'of', 'a', 'an', 'the', 'and', 'or', 'to', 'in',
  'on', 'at', 'for', 'by', 'from', 'with', 'as', 'than', 'that', 'who', 'which', 'were', 'was', 'are', 'is',
  'had', 'have', 'has', 'more', 'other', 'others', 'them', 'million', 'billion', 'thousand', 'hundred', 'point',
  'am', 'pm', 'a.m', 'p.m', 'o\'clock', 'feet', 'foot', 'inches', 'inch', 'pounds', 'lbs', 'miles', 'mile',
  'kilometers', 'km', 'meters', 'metres', 'degrees', 'times', 'percentage', 'points', 'no', 'number', 'page',
  'mph', 'kph', 'ago', 'old', 'cm', 'mm', 'kg', 'kilograms', 'grams', 'tons', 'tonnes', 'acres', 'hectares',
  'square', 'gallons', 'liters', 'litres', 'yards', 'meter', 'metre', 'dollars', 'cents', 'euros', 'million',
]);

/** Capitalised words that make a following figure a label, not a quantity ("Category 4", "Flight 370"). */
export const LABEL_WORDS = new Set([
  'category', 'level', 'phase', 'stage', 'no', 'number', 'section', 'article', 'chapter', 'flight', 'route',
  'highway', 'interstate', 'channel', 'game', 'round', 'room', 'unit', 'building', 'terminal', 'gate', 'platform',
  'class', 'grade', 'type', 'model', 'series', 'vol', 'volume', 'part', 'act', 'scene', 'episode', 'season',
  'track', 'lane', 'exit', 'pier', 'ward', 'district', 'precinct', 'station', 'apartment', 'suite', 'floor',
]);

/** Words before a figure that make it an increment or a part of another figure ("another 3,000"). */
export const PART_WORDS = /\b(?:another|additional|further|other|more|extra|including|include|includes|among them|of whom|of which|of them)\s+(?:\S+\s+)?$/i;

/** Crude singular, enough to line up "athletes" with "athlete" and "aircraft" with itself. */
export function singular(noun: string): string {
  const w = noun.toLowerCase();
  // "crisis", "axis" stay; "Israelis", "Iraqis" are plurals.
  if (/(?:ss|us|[sx]is)$/.test(w) || w.length <= 3) return w;
  if (/ies$/.test(w)) return w.slice(0, -3) + 'y';
  if (/(?:ches|shes|xes|sses)$/.test(w)) return w.slice(0, -2);
  if (/s$/.test(w)) return w.slice(0, -1);
  return w;
}
