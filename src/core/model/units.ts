// Closed-class tables for quantities with a unit: what each unit measures and its size in that
// dimension's base unit, so "3.7 million miles" and "6 million kilometres" are compared as lengths;
// and the ordinals that count along a story ("the seventh day").

export interface Unit {
  readonly dimension: 'length' | 'mass' | 'speed';
  /** Size in the dimension's base unit (metre, kilogram, km/h). */
  readonly factor: number;
}

const LENGTH = { mile: 1609.344, kilometer: 1000, kilometre: 1000, km: 1000, meter: 1, metre: 1, foot: 0.3048, feet: 0.3048, ft: 0.3048, yard: 0.9144, inch: 0.0254, inches: 0.0254, centimeter: 0.01, centimetre: 0.01, cm: 0.01 };
const MASS = { pound: 0.4536, lb: 0.4536, lbs: 0.4536, kilogram: 1, kg: 1, ton: 907.2, tonne: 1000, gram: 0.001 };
const SPEED = { mph: 1.609, kph: 1, 'km/h': 1, kmh: 1, knot: 1.852 };

const UNIT_TABLE = new Map<string, Unit>([
  ...Object.entries(LENGTH).map(([w, f]) => [w, { dimension: 'length', factor: f }] as const),
  ...Object.entries(MASS).map(([w, f]) => [w, { dimension: 'mass', factor: f }] as const),
  ...Object.entries(SPEED).map(([w, f]) => [w, { dimension: 'speed', factor: f }] as const),
]);

/** The unit a word names, plural or not ("miles", "km", "lbs."). */
export function unitOf(word: string): Unit | undefined {
  const w = word.toLowerCase().replace(/\.$/, '');
  return UNIT_TABLE.get(w) ?? (w.endsWith('s') ? UNIT_TABLE.get(w.slice(0, -1)) : undefined);
}

export const UNIT_WORDS = [...UNIT_TABLE.keys()].filter((w) => w.length > 1).sort((a, b) => b.length - a.length);

export const ORDINALS: Record<string, number> = {
  second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
  eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15, twentieth: 20,
};

/** Nouns an ordinal counts along in the life of one story ("the seventh day" of a search). */
export const ORDINAL_HEADS = new Set(['day', 'week', 'month', 'night', 'round', 'attempt', 'try', 'time']);
