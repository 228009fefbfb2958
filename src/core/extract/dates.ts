// Dates of events: "Oct. 30", "May 2014", "in April", "29 October 2017", and weekdays ("on Monday",
// "Tuesday's attack"). Each keeps the words of its sentence so the matcher can tell when two articles
// date the same event differently.
import { SPEECH_VERBS } from '../model/lexicon';
import { sentenceBounds } from '../text';
import type { Claim } from '../types';

const MONTH = String.raw`(Jan(?:uary|\.)?|Feb(?:ruary|\.)?|March|Mar\.|April|Apr\.|May|June|July|Aug(?:ust|\.)?|Sept?(?:ember|\.)?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?)(?!\p{L})`;
const DATE = new RegExp(String.raw`(?<![\p{L}\p{N}])(?:(\d{1,2})\s+)?${MONTH}(?:\s+(\d{1,2})(?:st|nd|rd|th)?(?![\p{L}\p{N}]))?(?:,?\s+((?:1[89]|20)\d\d)(?!\p{N}))?`, 'gu');
const MONTH_KEYS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

// A month alone is a date only after one of these ("in April"); otherwise "May" is often a verb.
const MONTH_ONLY_AFTER = /\b(?:in|of|during|early|late|mid|last|this|next)[\s-]+$/i;
// "through July", "as of June 7", "since Oct. 29", "from May 3": a cut-off or an end of a period,
// not the date of one event.
const CUT_OFF_BEFORE = /(?:\b(?:through|thru|as of|until|till|by|before|after|since|from|between|to|starting|beginning|ending|sooner than|later than)\s+(?:(?:early|late|mid)[\s-]+)?|\bbetween\s[^.;]{1,30}\sand\s+|[-–—]\s*)$/i;
const RANGE_AFTER = new RegExp(String.raw`^\s*(?:[-–—]|(?:to|through|until|till)\s+(?:\d|${MONTH}))`, 'u');
// Captions date the picture, not the event: "In this Aug. 15 file photo".
const CAPTION = /\bphoto|\bFILE\b|\bAP Photo\b/;

const STOP = new Set(
  ('the and but for nor yet with from into onto over under than that this these those was were are been being has have had ' +
    'his her hers its their theirs them they she him who whom whose which what when where while said says say told tell ' +
    'will would could should can may might must not also about after before since then there here more most some such ' +
    'other others only just very all any each both one two three four five six seven eight nine ten year years month ' +
    'months week weeks day days today yesterday our out off per via upon').split(' '),
);
const CALENDAR = /^(?:jan(?:uary)?|feb(?:ruary)?|march|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|(?:mon|tues|wednes|thurs|fri|satur|sun)day)$/;
const NEAR_WORDS = 6;

export function extractDates(path: string, text: string): Claim[] {
  const out: Claim[] = [];
  DATE.lastIndex = 0;
  for (let m = DATE.exec(text); m; m = DATE.exec(text)) {
    const [whole, dayBefore, monthWord, dayAfter, yearText] = m;
    const dayText = dayBefore ?? dayAfter;
    const start = m.index;
    const end = start + whole.length - (whole.endsWith('.') && !dayText && !yearText ? 1 : 0);
    const before = text.slice(Math.max(0, start - 30), start);
    if (!dayText && !yearText && !MONTH_ONLY_AFTER.test(before)) continue;
    if (CUT_OFF_BEFORE.test(before) || RANGE_AFTER.test(text.slice(end, end + 10))) continue;
    const month = MONTH_KEYS.indexOf(monthWord.slice(0, 3).toLowerCase()) + 1;
    const day = dayText ? Number(dayText) : undefined;
    if (day !== undefined && (day < 1 || day > DAYS_IN_MONTH[month - 1])) continue;
    const sentence = sentenceBounds(text, start);
    const sentenceText = text.slice(sentence.start, sentence.end);
    if (CAPTION.test(sentenceText)) continue;
    const ctx = contextOf(text, sentence.start, sentence.end, start, end);
    out.push({
      path, start, end, text: text.slice(start, end), kind: 'date',
      value: month * 100 + (day ?? 0), low: month * 100 + (day ?? 0), high: month * 100 + (day ?? 0), measure: 'date',
      date: { year: yearText ? Number(yearText) : undefined, month, day, ...ctx },
    });
  }
  return [...out, ...extractWeekdays(path, text)].sort((a, b) => a.start - b.start);
}

const WEEKDAY_STEMS = ['sun', 'mon', 'tues', 'wednes', 'thurs', 'fri', 'satur'];
const WEEKDAY_NAME = String.raw`(?:Sun|Mon|Tues|Wednes|Thurs|Fri|Satur)day`;
const WEEKDAY = new RegExp(String.raw`(?<![\p{L}\p{N}])(Sun|Mon|Tues|Wednes|Thurs|Fri|Satur)day(?![\p{L}\p{N}])`, 'gu');
// "Monday, Sept. 28" or "Friday the 13th": the weekday of a date read whole above.
const DATE_AFTER = new RegExp(String.raw`^,?\s*(?:${MONTH}|(?:the\s+)?\d)`, 'u');
// "last Monday", "every Friday", "since Tuesday", "as early as Monday", "Monday and Tuesday": not one
// day, or not one this week, or the end of a period rather than the day of an event.
const NOT_ONE_DAY_BEFORE = new RegExp(String.raw`(?:\b(?:a|an|the|every|each|last|next|this|that|past|following|previous|same|one|any|some|of|as|since|until|till|by|before|after|through|thru|from|between|starting|beginning|ending)\s+|[-–—/]\s*|${WEEKDAY_NAME},?\s+(?:and|or|to|through|thru|until|till|into)\s+(?:(?:early|late)\s+)?)$`, 'i');
const NOT_ONE_DAY_AFTER = new RegExp(String.raw`^(?:['’]s)?\s*(?:[-–—/]|(?:and|or|to|through|thru|until|till|into)\s+(?:(?:early|late)\s+)?${WEEKDAY_NAME})`, 'u');
// "Black Friday", "Super Tuesday", "Easter Sunday": a named day, not a day of this week.
const NAMED_DAY_BEFORE = /(?<![\p{L}'’.-])(?!(?:On|Late|Early)\s)\p{Lu}[\p{L}'’.-]*\s+$/u;
// "said Monday", "told reporters on Tuesday", "On Friday, police said": the day of the telling, which
// is not the day of what is told.
const TELLING_WORDS = new Set([...SPEECH_VERBS, 'according', 'statement', 'interview', 'conference', 'briefing', 'reporters']);
const TELLING_REACH = 4;
const MIDNIGHT_BEFORE = /\b(?:late|early|overnight)\s+(?:on\s+)?$/i;
const MIDNIGHT_AFTER = /^(?:['’]s)?\s+(?:night|evening|overnight)\b/i;

/** Weekdays that date an event, with the words of their sentence; the matcher resolves them to dates. */
function extractWeekdays(path: string, text: string): Claim[] {
  const out: Claim[] = [];
  WEEKDAY.lastIndex = 0;
  for (let m = WEEKDAY.exec(text); m; m = WEEKDAY.exec(text)) {
    const start = m.index, end = start + m[0].length;
    const sentence = sentenceBounds(text, start);
    const before = text.slice(Math.max(sentence.start, start - 40), start);
    const after = text.slice(end, Math.min(sentence.end, end + 40));
    if (DATE_AFTER.test(after) || NOT_ONE_DAY_BEFORE.test(before) || NOT_ONE_DAY_AFTER.test(after) || NAMED_DAY_BEFORE.test(before)) continue;
    const wordsBefore = text.slice(sentence.start, start).match(/\p{L}+/gu) ?? [];
    const wordsAfter = text.slice(end, sentence.end).match(/\p{L}+/gu) ?? [];
    const near = [...wordsBefore.slice(-TELLING_REACH), ...wordsAfter.slice(0, TELLING_REACH)];
    if (near.some((w) => TELLING_WORDS.has(w.toLowerCase()))) continue;
    const sentenceText = text.slice(sentence.start, sentence.end);
    if (CAPTION.test(sentenceText)) continue;
    const day = WEEKDAY_STEMS.indexOf(m[1].toLowerCase());
    out.push({
      path, start, end, text: m[0], kind: 'weekday', value: day, low: day, high: day, measure: 'weekday',
      weekday: { day, ...(MIDNIGHT_BEFORE.test(before) || MIDNIGHT_AFTER.test(after) ? { nearMidnight: true } : {}), ...contextOf(text, sentence.start, sentence.end, start, end) },
    });
  }
  return out;
}

/** The sentence's content words (the date's own left out), its capitalised ones, and the few next to the date. */
function contextOf(text: string, from: number, to: number, dateStart: number, dateEnd: number) {
  const toks: { word: string; capital: boolean; at: number }[] = [];
  for (const m of text.slice(from, to).matchAll(/\p{L}[\p{L}'’-]*\p{L}/gu)) {
    const at = from + m.index!;
    if (at >= dateStart && at < dateEnd) continue;
    const word = m[0].toLowerCase().replace(/['’]s?$/, '');
    if (word.length < 3 || STOP.has(word) || CALENDAR.test(word)) continue;
    toks.push({ word, capital: /^\p{Lu}/u.test(m[0]), at });
  }
  const beforeDate = toks.filter((t) => t.at < dateStart).slice(-NEAR_WORDS);
  const afterDate = toks.filter((t) => t.at >= dateEnd).slice(0, NEAR_WORDS);
  const uniq = (list: typeof toks) => [...new Set(list.map((t) => t.word))];
  return { words: uniq(toks), names: uniq(toks.filter((t) => t.capital)), near: uniq([...beforeDate, ...afterDate]) };
}
