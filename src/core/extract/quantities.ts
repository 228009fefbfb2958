// Quantities that extract/numbers.ts does not key by a counted noun: measurements with a unit ("3.7
// million miles", "14 mph"), multipliers ("eight times closer"), ordinals along a story ("the seventh
// day") and times of day ("about 4:20 a.m."). Each becomes a frame: what it measures (dimension and
// unit, or the word it multiplies or orders) and the predicate it is an argument of ("traveling at 12
// mph" -> travel). match/frames.ts aligns frames across articles by those parts.
import { HEDGES, parseNumber, SCALES, UNITS } from '../model/numberWords';
import { ORDINAL_HEADS, ORDINALS, unitOf, UNIT_WORDS } from '../model/units';
import { lemma, NOT_A_PREDICATE } from '../model/verbs';
import { isGerundOfVerb, Tags } from '../nlp';
import { sentenceBounds, words } from '../text';
import { timeWords } from './frameContext';
import type { Claim, ClaimKind } from '../types';

const NUMBER_WORD = Object.keys(UNITS).filter((w) => w !== 'zero' && w !== 'one').join('|');
const NUM = String.raw`(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|${NUMBER_WORD})`;
const SCALE = String.raw`(?:\s*(m|bn)|\s+(hundred|thousand|million|billion))?`;
const UNIT_ALT = UNIT_WORDS.map((w) => w.replace(/[./]/g, (c) => `\\${c}`)).join('|');
/** Groups: number, short scale, long scale, unit, "per hour". */
const MEASUREMENT = new RegExp(String.raw`(?<![\p{L}\p{N}.,$€£-])${NUM}${SCALE}[\s-]?(${UNIT_ALT})s?(?![\p{L}\p{N}/])(\s+(?:per|an|a)\s+hour)?`, 'giu');
/** Groups: number, comparative. "Eight times closer", "three times as large" is left out (no comparative). */
const MULTIPLIER = new RegExp(String.raw`(?<![\p{L}\p{N}.,-])${NUM}\s+times\s+(\p{L}+er|more|less|fewer)\b`, 'giu');
const ORDINAL_WORD = Object.keys(ORDINALS).join('|');
/** Groups: ordinal word, ordinal digits, head noun. */
const ORDINAL = new RegExp(String.raw`\b(?:the|its|their|a)\s+(?:(${ORDINAL_WORD})|(\d{1,2})(?:st|nd|rd|th))\s+(?:straight\s+|consecutive\s+|full\s+)?(\p{L}+)`, 'giu');
/** Groups: hour, minutes, am/pm. */
const CLOCK = /(?<![\p{L}\p{N}.:,])(\d{1,2})(?::(\d{2}))?\s*([ap])\.?\s?m\b\.?/giu;

// "within 12 miles of each other", "4 feet 8 inches": parts of a compound or a relation, not one measure.
// "50 to 70 mph", "25-50 km": the upper end of a range, whose lower end has no unit of its own.
const RANGE_BEFORE = new RegExp(String.raw`(?:\d|\b(?:${NUMBER_WORD}))\s*(?:to|-|–|and|or)\s*$`, 'iu');
const UNIT_BEFORE = new RegExp(String.raw`\b(?:${UNIT_ALT})s?\.?,?\s+(?:and\s+)?$`, 'iu');
const COMPOUND_AFTER = /^\s*(?:\d|and\s+\d|by\s+\d|x\s*\d)/i;

export function extractQuantities(path: string, text: string, tags: Tags): Claim[] {
  const out: Claim[] = [];
  const push = (start: number, end: number, kind: ClaimKind, value: number, measure: string, hedgeAt: number, width: (v: number) => [number, number], predicate?: { predicate: string; predicateWord: string }) => {
    const hedge = HEDGES.find((h) => h.re.test(text.slice(Math.max(0, hedgeAt - 30), hedgeAt)));
    const [l, h] = width(value);
    const low = hedge ? Math.min(l, value * hedge.low) : l;
    const high = hedge ? Math.max(h, value * hedge.high) : h;
    out.push({ path, start, end, text: text.slice(start, end), kind, value, low, high, measure, ...predicate, ...anchorOf(text, start) });
  };

  MEASUREMENT.lastIndex = 0;
  for (let m = MEASUREMENT.exec(text); m; m = MEASUREMENT.exec(text)) {
    const [whole, num, short, long, unitWord, perHour] = m;
    let value = parseNumber(num);
    if (value === undefined) continue;
    const unit = unitOf(unitWord);
    if (!unit) continue;
    const end = m.index + whole.length;
    const before = text.slice(Math.max(0, m.index - 20), m.index);
    if (RANGE_BEFORE.test(before) || UNIT_BEFORE.test(before)) continue;
    if (COMPOUND_AFTER.test(text.slice(end, end + 6))) continue;
    // "10 million pounds": money, not weight.
    if (/^pounds?$/i.test(unitWord) && (short || long)) continue;
    const scale = short ? (short.toLowerCase() === 'm' ? 1e6 : 1e9) : long ? SCALES[long.toLowerCase()] : 1;
    value *= scale;
    const dimension = perHour && unit.dimension === 'length' ? 'speed' : unit.dimension;
    const factor = perHour && unit.dimension === 'length' ? unit.factor / 1000 : unit.factor;
    const step = roundingStep(num) * scale * factor;
    push(m.index, end, 'measure', value * factor, dimension, m.index, (v) => [v - step, v + step], predicateOf(text, m.index, end, tags));
  }

  MULTIPLIER.lastIndex = 0;
  for (let m = MULTIPLIER.exec(text); m; m = MULTIPLIER.exec(text)) {
    const value = parseNumber(m[1]);
    if (value === undefined) continue;
    push(m.index, m.index + m[0].length, 'multiplier', value, `times ${m[2].toLowerCase()}`, m.index, (v) => [v, v]);
  }

  ORDINAL.lastIndex = 0;
  for (let m = ORDINAL.exec(text); m; m = ORDINAL.exec(text)) {
    const head = m[3].toLowerCase();
    if (!ORDINAL_HEADS.has(head)) continue;
    const value = m[1] ? ORDINALS[m[1].toLowerCase()] : Number(m[2]);
    const start = m.index + /^\S+\s+/u.exec(m[0])![0].length; // the ordinal and its noun, without the determiner
    push(start, m.index + m[0].length, 'ordinal', value, `ordinal ${head}`, start, (v) => [v, v]);
  }

  CLOCK.lastIndex = 0;
  for (let m = CLOCK.exec(text); m; m = CLOCK.exec(text)) {
    const hour = Number(m[1]), minutes = m[2] === undefined ? 0 : Number(m[2]);
    if (hour < 1 || hour > 12 || minutes > 59) continue;
    const value = ((hour % 12) + (m[3].toLowerCase() === 'p' ? 12 : 0)) * 60 + minutes;
    const before = text.slice(Math.max(0, m.index - 30), m.index);
    // "shortly after 5 p.m." is a little after it; "about 5 p.m." is a quarter of an hour either side, "about 4:20" a few minutes.
    const slack = /\b(?:about|around|approximately|roughly|some|nearly|almost|just before|shortly before)\s+$/i.test(before) ? (minutes === 0 ? 15 : 4) : 0;
    const after = /\b(?:after|past)\s+$/i.test(before) ? 30 : 0;
    if (/\b(?:before|until|till|by|from|between|to|and|since)\s+$/i.test(before) && !after) continue; // a bound, not the time of one event
    const end = m.index + m[0].length;
    if (/^\s*(?:[-–—]|to\s|and\s|until\s)/i.test(text.slice(end, end + 8))) continue; // a span
    out.push({ path, start: m.index, end, text: text.slice(m.index, end), kind: 'time', value, low: value - slack, high: value + slack + after, measure: 'time of day', ...predicateOf(text, m.index, end, tags), ...anchorOf(text, m.index) });
  }
  return out;
}

/** Half a unit of the last significant digit: "3.7" stands for 3.65 to 3.75, "4" for 3.5 to 4.5, "2,500" for 2,450 to 2,550. */
function roundingStep(num: string): number {
  const digits = num.replace(/,/g, '');
  if (!/^\d/.test(digits)) return 0.5;
  const dot = digits.indexOf('.');
  if (dot >= 0) return 0.5 * 10 ** -(digits.length - dot - 1);
  const trailing = /0*$/.exec(digits)![0].length;
  return Math.min(0.5 * 10 ** trailing, Number(digits) / 10);
}

const PREDICATE_REACH = 8;

/**
 * The verb a quantity is an argument of: the nearest full verb before it in its clause ("fled the scene
 * about 4:20 a.m."), else the first after it ("About 4:30 a.m., shots were fired"). Auxiliaries and
 * speech verbs are skipped: "police said" is the telling, not what is told.
 */
function predicateOf(text: string, start: number, end: number, tags: Tags): { predicate: string; predicateWord: string } | undefined {
  const s = sentenceBounds(text, start);
  const before = words(text, s.start, start).slice(-PREDICATE_REACH).reverse();
  for (const t of before) {
    if (/[,;:—]/.test(text.slice(t.end, start).replace(/\s+$/, '').slice(0, 1)) && t !== before[0]) break;
    const v = verbLemma(t.text, tags.get(t.start));
    if (v) return { predicate: v, predicateWord: t.text };
  }
  for (const t of words(text, end, s.end).slice(0, PREDICATE_REACH)) {
    const v = verbLemma(t.text, tags.get(t.start));
    if (v) return { predicate: v, predicateWord: t.text };
  }
  return undefined;
}

function verbLemma(word: string, tags: ReadonlySet<string> | undefined): string | undefined {
  if (!tags || tags.has('ProperNoun')) return undefined;
  if (!tags.has('Verb') && !isGerundOfVerb(word)) return undefined;
  if (tags.has('Auxiliary') || tags.has('Modal') || tags.has('Copula')) return undefined;
  const w = word.toLowerCase().replace(/['’]s$/, '');
  if (NOT_A_PREDICATE.has(w)) return undefined;
  return lemma(w);
}

function anchorOf(text: string, at: number): { when?: string[] } {
  const when = timeWords(text, at);
  return when ? { when } : {};
}
