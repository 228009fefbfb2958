// Finds figures with what they count: "32 civilian deaths", "killed 36 innocent people", "the
// 73-year-old", "a four-year war", "$26 million settlement". Each claim gets a measure key so the same
// measure lines up across articles, and a [low, high] range from its hedges.
import { HEDGES, parseNumber, SCALES, UNITS } from '../model/numberWords';
import { GENERIC_VICTIMS, LABEL_WORDS, NOT_A_MEASURE, PART_WORDS, singular } from '../model/measures';
import { familyOf } from '../model/verbs';
import type { Tags } from '../nlp';
import { words } from '../text';
import type { Claim, ClaimKind, PersonMention } from '../types';
import { contextWords, peopleAround, sentenceEnd, timeWords } from './frameContext';
import { endsWithPerson, nearestPerson } from './holders';

const NUMBER_WORD = Object.keys(UNITS).filter((w) => w !== 'zero').join('|');
/** A figure, with what follows it: groups are currency, figure, scale, separator, time unit, `-old`. */
export const FIGURE = new RegExp(
  String.raw`(?<![\p{L}\p{N}.,$€£-])([$€£])?(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|(?:${NUMBER_WORD})(?:-(?:one|two|three|four|five|six|seven|eight|nine))?)(?:\s+(hundred|thousand|million|billion|trillion))?(?:(-|\s+)(years?|months?|weeks?|days?|hours?|minutes?)(-old)?)?(?![\p{L}\p{N}])`,
  'giu',
);
const MONTH = /(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?/i;
const MONTH_BEFORE = new RegExp(`\\b${MONTH.source}\\s+$`, 'i');
const MONTH_AFTER = new RegExp(`^\\s+(?:of\\s+)?${MONTH.source}\\b`, 'i');
const BREAKDOWN_AFTER = new RegExp(String.raw`\b(?:(?:and|while|but|with)\s+(?:(?:at least|about|nearly|some|over|more than|almost)\s+)?(?:\d[\d,]*|${NUMBER_WORD})\s+more\b|another\s+(?:\d[\d,]*|${NUMBER_WORD})\b)`, 'i');
const PARTIAL_TOLL = /^[^.;]*?\b(?:died|dead|killed|were\s+killed)\b[^.;]{0,15}\b(?:(?:on|at)\s+the\s+scene|(?:later\s+)?(?:in|at)\s+(?:the\s+|a\s+)?hospital)\b|^[^.;]*?\bincluding\s+(?:the\s+|one\s+|two\s+)?(?:shooter|gunman|gunmen|attacker|attackers|bomber|bombers|assailant|assailants|suspect|suspects|perpetrator|perpetrators|hijacker|hijackers)\b/i;
const OBLIQUE_BEFORE = /\b(in|into|inside|aboard|onto|on|from|with|by|between|among)\s+(?:(?:the|its|their|his|her|at least|about|some|nearly|more than|over)\s+)?$/i;
/** What stands before a figure that opens a sentence: a stop and space, a line break, or nothing. */
const SENTENCE_OPENS = /(?:^|[.!?]["”’]?\s+|\n\s*)$/u;
/** A capitalised qualifier ("Dutch", "Kurdish"): names the group a generic count is about. */
const GROUP_WORD = /^\p{Lu}\p{Ll}/u;
const STOP_AFTER = new Set([...NOT_A_MEASURE, 'were', 'are', 'have', 'been', 'being', 'will', 'would', 'could', 'said', 'says']);

export function extractClaims(path: string, text: string, people: readonly PersonMention[], tags: Tags): Claim[] {
  const out: Claim[] = [];
  const evidenced = people.filter((p) => p.evidence).sort((a, b) => a.start - b.start);
  FIGURE.lastIndex = 0;
  for (let m = FIGURE.exec(text); m; m = FIGURE.exec(text)) {
    const [whole, currency, figure, scale, , unit, old] = m;
    let value = parseNumber(figure);
    if (value === undefined) continue;
    const lower = figure.toLowerCase();
    if (lower === 'one' && !unit) continue; // "one of the", "one official": a word more than a figure
    if (scale) value *= SCALES[scale.toLowerCase()];
    let start = m.index;
    const numberEnd = m.index + whole.length;
    const before = text.slice(Math.max(0, start - 40), start);
    const afterText = text.slice(numberEnd, numberEnd + 80);
    // "Category 4", "Flight 370", "Seven Network": a label, not a quantity.
    const prevWord = /([\p{L}.]+)\s*$/u.exec(before)?.[1] ?? '';
    if (LABEL_WORDS.has(prevWord.toLowerCase().replace(/\.$/, '')) && /^\p{Lu}/u.test(prevWord)) continue;
    // A number word is capitalised for a name, or because it opens a sentence ("Three Dutch climbers
    // died"), which a name does not tell apart from a count.
    if (/^\p{Lu}/u.test(figure) && /^\s+\p{Lu}/u.test(afterText) && !/^\s+(?:[A-Z]{2,}|I)\b/.test(afterText) && !SENTENCE_OPENS.test(before)) continue;
    // "another 3,000 jobs", "including two children": part of, or added to, another figure.
    if (PART_WORDS.test(before)) continue;
    // "97 rockets hit Israel and 99 more were intercepted": a figure broken down in its own sentence
    // is a part, not the total another article gives.
    const restOfSentence = text.slice(numberEnd, sentenceEnd(text, numberEnd));
    if (BREAKDOWN_AFTER.test(restOfSentence)) continue;
    // "Two died on the scene", "three died later in hospital": a toll for one place or time is a part;
    // "Two died, including the gunman": a toll with the attacker in it counts something else.
    if (PARTIAL_TOLL.test(restOfSentence.slice(0, 60))) continue;
    const hedge = HEDGES.find((h) => h.re.test(before));
    const lowHigh = (v: number) => ({ low: hedge ? v * hedge.low : v, high: hedge ? v * hedge.high : v });

    let kind: ClaimKind;
    let measure = '';
    let end = numberEnd;
    let about: string | undefined;
    let relation: string | undefined;
    let family: string | undefined;
    // A day of the month: dates are read whole by extract/dates.ts.
    if ((MONTH_BEFORE.test(before) || MONTH_AFTER.test(afterText)) && value >= 1 && value <= 31 && !unit && /^\d+$/.test(figure)) continue;
    if (/^\d{4}$/.test(figure) && value >= 1800 && value <= 2100 && !currency && !scale && !unit) {
      kind = 'year';
    } else if (unit && /^years?$/i.test(unit) && (old || /^\s+old\b/.test(afterText))) {
      kind = 'age';
      // "then 22" or "when he was 14": an age at some earlier time, not the person's age now.
      if (/\b(?:then|was|were|at the time)\s*$/i.test(before)) continue;
      about = nearestPerson(people, text, start, numberEnd);
    } else if (unit) {
      kind = 'duration';
      const noun = nextNoun(text, numberEnd, tags);
      if (!noun) continue;
      measure = `${singular(unit)}:${singular(noun.word)}`;
      end = noun.end;
    } else if (/^,\s*$/.test(before.slice(-2)) && /^,/.test(afterText) && /^\d{1,3}$/.test(figure) && endsWithPerson(people, start)) {
      kind = 'age';
      about = nearestPerson(people, text, start, numberEnd);
    } else if (currency || /^\s+(?:dollars|euros|pounds sterling)\b/i.test(afterText)) {
      kind = 'money';
      const noun = nextNoun(text, numberEnd, tags);
      // "$3.5 million for repairs": what the money is for names it as well as a noun would.
      const purpose = /^\s+(?:for|in)\s+(?:the\s+)?([a-z]+)/.exec(afterText);
      // A verb alone ("paid $80") does not say what for, so two such figures may be two deals.
      if (noun) { measure = singular(noun.word); end = noun.end; } else if (purpose) { measure = `for ${singular(purpose[1])}`; end = numberEnd + purpose[0].length; } else continue;
    } else if (/^\s*(?:%|percent|per cent)/i.test(afterText)) {
      kind = 'percent';
      continue; // A share of something named far from the figure; not compared yet.
    } else {
      kind = 'count';
      const noun = nextNoun(text, numberEnd, tags);
      // "the death toll at 10,000", "deaths rose to 36": the measure is named just before the figure.
      const named = /\b([a-z]+)\s+(?:(?:has|had|have|now|then|already)\s+)?(?:at|to|of|reached|hit|rose to|climbed to|stood at|stands at|is|was|of about|of at least)\s+$/i.exec(before);
      const namedFamily = named && familyOf(named[1]);
      if (namedFamily && (!noun || !familyOf(noun.word) && !GENERIC_VICTIMS.has(noun.word.toLowerCase()))) {
        // "deaths of two babies" counts babies: the noun after the figure narrows the measure.
        const who = noun ? singular(noun.word) : 'people';
        out.push({ ...claim(path, text, start - (before.length - named!.index), noun ? noun.end : numberEnd, kind, value, lowHigh(value), who, about, evidenced), family: namedFamily });
        continue;
      }
      if (!noun) continue;
      const verbBefore = /\b(\w+)\s+(?:(?:at least|more than|nearly|about|some|around|over|up to|as many as)\s+)?$/i.exec(before)?.[1];
      family = familyOf(noun.word) ?? (verbBefore && familyOf(verbBefore)) ?? familyAfter(text, noun.end);
      if (family) {
        const head = noun.word.toLowerCase();
        // "three Israeli fatalities" counts Israelis: a capitalised qualifier of a generic noun names
        // the group, which another article may count on its own ("three Israelis").
        const group = [...noun.qualifiers].reverse().find((q) => GROUP_WORD.test(q));
        measure = GENERIC_VICTIMS.has(head) || familyOf(head) ? (group ? singular(group) : 'people') : singular(head);
      } else {
        // "took to the road in two vehicles": a figure inside a phrase of place or means fills another
        // relation than "six vehicles were involved"; the preposition is part of its frame.
        relation = OBLIQUE_BEFORE.exec(before)?.[1].toLowerCase();
        measure = [...noun.qualifiers.map((q) => SIZE_WORDS.get(q.toLowerCase()) ?? q.toLowerCase()), singular(noun.word)].join(' ');
      }
      if (verbBefore && familyOf(verbBefore)) start = start - (before.length - before.toLowerCase().lastIndexOf(verbBefore.toLowerCase()));
      end = noun.end;
    }
    out.push({ ...claim(path, text, start, end, kind, value, lowHigh(value), measure, about, evidenced), ...(relation ? { predicate: relation } : {}), ...(family ? { family } : {}) });
  }
  return out;
}

function claim(path: string, text: string, start: number, end: number, kind: ClaimKind, value: number, range: { low: number; high: number }, measure: string, about?: string, people: readonly PersonMention[] = []): Claim {
  return { path, start, end, text: text.slice(start, end), kind, value, low: range.low, high: range.high, measure, about, when: timeWords(text, start), context: contextWords(text, start, end), ...peopleAround(text, start, end, people) };
}

// "wounded three people Wednesday": a day or month after the noun says when, not what is counted.
const CALENDAR_WORD = /^(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|january|february|march|april|may|june|july|august|september|october|november|december)$/;
const IRREGULAR_PLURALS = new Set(['people', 'children', 'men', 'women']);
/** Words for a big size say one thing: "four massive objects" and "two big objects" count one kind. */
const SIZE_WORDS = new Map(['big', 'large', 'huge', 'massive', 'giant', 'enormous', 'vast', 'sizeable', 'sizable'].map((w) => [w, 'big']));

/** The noun a figure counts: up to three lower-case or capitalised words before a stop word. */
function nextNoun(text: string, from: number, tags: Tags): { word: string; qualifiers: string[]; end: number } | undefined {
  const toks = words(text, from, Math.min(text.length, from + 60)).slice(0, 3);
  const picked: typeof toks = [];
  let at = from;
  for (const t of toks) {
    if (!/^\s+$/.test(text.slice(at, t.start)) && !(picked.length === 0 && /^-$/.test(text.slice(at, t.start)))) break;
    const w = t.text.toLowerCase();
    if (STOP_AFTER.has(w) || CALENDAR_WORD.test(w) || !/^[\p{L}-]+$/u.test(t.text) || /['’]/.test(t.text)) break;
    // "4,500 residents left", "11 boats overnight": only nouns and adjectives describe what is counted.
    const tg = tags.get(t.start);
    if (picked.length && tg && !tg.has('Noun') && !tg.has('Adjective') && !familyOf(w)) break;
    picked.push(t);
    at = t.end;
    // A plural ends the phrase: "11 boats overnight" counts boats. (Tags are no help here:
    // compromise reads "boats" after a figure as a verb.)
    if ((/[^su]s$/i.test(w) || IRREGULAR_PLURALS.has(w)) && !tg?.has('Adjective')) break;
    if (familyOf(w) && picked.length >= 1 && !/ed$/.test(w)) break;
  }
  if (!picked.length) return undefined;
  // Stop at a verb form: "36 people killed" counts people.
  while (picked.length > 1 && /(?:ed|ing)$/.test(picked[picked.length - 1].text) && !familyOf(picked[picked.length - 1].text)) picked.pop();
  const head = picked[picked.length - 1];
  return { word: head.text, qualifiers: picked.slice(0, -1).map((t) => t.text), end: head.end };
}

/** Openers of an aside that names a part of the figure before it: "19 people, including two children, were hurt". */
const ASIDE = /^\s*(?:([-–—])\s|,\s*(?:including|among them|among whom|most of them|many of them|some of them)\b)/i;

/**
 * The predicate family named after a counted noun ("40 people were arrested"), read past an aside
 * that breaks the figure down first ("29 people - 13 of them children - had been killed").
 */
function familyAfter(text: string, from: number): string | undefined {
  const to = sentenceEnd(text, from);
  const near = (at: number) => words(text, at, to).slice(0, 7).map((t) => t.text).find((w) => familyOf(w));
  const direct = near(from);
  if (direct) return direct && familyOf(direct);
  const aside = ASIDE.exec(text.slice(from, to));
  if (!aside) return undefined;
  const open = from + aside[0].length;
  const close = aside[1] ? text.indexOf(` ${aside[1]}`, open) : text.indexOf(',', open);
  if (close < 0 || close >= to) return undefined;
  const after = near(close + 2);
  return after && familyOf(after);
}


