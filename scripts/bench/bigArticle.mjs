// One long synthetic article of a given size, for `big_article_vs_parse` in `npm run bench` and for
// trying the command line on a long file: several invented people (some sharing a surname), quotes
// credited in the usual ways (full name, surname, title, pronoun, a lead paragraph ending in a
// colon), figures, ages and dates. Sentences are composed from small word lists by a seeded
// generator, so no paragraph repeats (the paragraph cache cannot make it cheap) and the same seed
// and size always give the same text.
import { rng } from './cluster.mjs';

const ONSETS = ['b', 'd', 'f', 'g', 'k', 'l', 'm', 'n', 'p', 'r', 's', 't', 'v', 'z', 'br', 'dr', 'kr', 'st', 'th', 'tr', 'h', 'j'];
const VOWELS = ['a', 'e', 'i', 'o', 'u', 'ai', 'ea', 'io', 'ou'];
const CODAS = ['', '', 'n', 'r', 'l', 's', 'th', 'nd', 'rk', 'ss', 'm'];
const TITLES = ['Mayor', 'Governor', 'Senator', 'Minister', 'Judge', 'Dr.', 'Chief', 'Commissioner', 'spokeswoman', 'spokesman', 'director'];
const ROLES = ['the harbour master', 'the fire chief', 'a police spokeswoman', 'the county engineer', 'the relief coordinator', 'the deputy governor', 'a hospital director', 'the union organiser'];
const NOUNS = ['bridge', 'road', 'council', 'warehouse', 'school', 'clinic', 'river', 'market', 'village', 'shelter', 'convoy', 'station', 'harbour', 'valley', 'generator', 'pump', 'barrier', 'truck', 'field', 'tower', 'depot', 'ferry', 'railway', 'orchard', 'mill', 'reservoir', 'ward', 'budget', 'contract', 'report'];
const ADJS = ['northern', 'flooded', 'temporary', 'empty', 'narrow', 'damaged', 'crowded', 'quiet', 'eastern', 'old', 'new', 'muddy', 'busy', 'small', 'main', 'western', 'broken', 'local', 'heavy', 'late'];
const VERBS = ['inspected', 'repaired', 'closed', 'reopened', 'cleared', 'guarded', 'visited', 'mapped', 'reinforced', 'emptied', 'searched', 'supplied', 'crossed', 'blocked', 'measured'];
const SAY = ['said', 'told reporters', 'added', 'said on Tuesday', 'wrote in a statement'];
const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const UNITS = ['people', 'homes', 'families', 'workers', 'vehicles', 'tonnes of grain', 'litres of fuel', 'beds'];

const OPENERS = [
  (n, a, v) => `We ${v()} the ${a()} ${n()}`, (n, a) => `Nobody should sleep near the ${a()} ${n()}`, (n, a) => `The ${n()} by the ${a()} ${n()} held`,
  (n, a) => `Our teams need a ${a()} ${n()}`, (n) => `I have never seen the ${n()} like this`, (n, a, v) => `They ${v()} a ${n()}`,
  (n, a) => `Every ${a()} ${n()} we had`, (n) => `Families from the ${n()} asked us`, (n, a) => `The ${a()} crews at the ${n()} worked`,
];
const MIDDLES = [
  (n, a) => `and then the ${a()} ${n()}`, (n) => `while the ${n()} stayed shut`, (n, a, v) => `after someone ${v()} the ${n()}`,
  (n, a) => `because the ${n()} was ${a()}`, (n) => `until the ${n()} gave way`, (n, a) => `though a ${a()} ${n()} helped`,
  () => `for most of the night`, (n) => `without asking the ${n()}`,
];
const ENDINGS = [
  (n, a, v, place) => `on the far side of ${place}`, (n, a, v, place, k) => `for ${k} days`, (n) => `before the ${n()} reopens`,
  (n, a) => `and we will check the ${a()} ${n()} again`, (n, a, v, place) => `in ${place} this week`, (n, a, v, place, k) => `with ${k} volunteers`,
  (n) => `so the ${n()} must wait`, () => `and that is what worries me`,
];

const pick = (r, list) => list[Math.floor(r() * list.length)];
function word(r, parts) {
  let s = '';
  for (let i = 0; i < parts; i++) s += pick(r, ONSETS) + pick(r, VOWELS) + (i === parts - 1 ? pick(r, CODAS) : '');
  return s[0].toUpperCase() + s.slice(1);
}

/** The article `seed`, about `bytes` long (UTF-16 length; the text is ASCII apart from nothing). */
export function bigArticle(seed, bytes) {
  const r = rng(seed * 104729 + 17);
  // Forty people; every fifth shares the surname of the one before (two relatives, two namesakes).
  const people = [];
  for (let i = 0; i < 40; i++) {
    const surname = i % 5 === 4 ? people[i - 1].surname : word(r, 2 + Math.floor(r() * 2));
    people.push({ given: word(r, 2), surname, title: pick(r, TITLES), age: 25 + Math.floor(r() * 50) });
  }
  const places = Array.from({ length: 12 }, () => word(r, 2));
  const n = () => pick(r, NOUNS), a = () => pick(r, ADJS), v = () => pick(r, VERBS), p = () => pick(r, people);
  const num = () => String(2 + Math.floor(r() * 900));
  // A remark in three parts, each drawn from a list with nouns and adjectives filled in, so that two
  // remarks rarely share a run of four words (quotes are matched across articles by such runs), as
  // two remarks in one real article rarely do.
  const remark = () => `${pick(r, OPENERS)(n, a, v)} ${pick(r, MIDDLES)(n, a, v)} ${pick(r, ENDINGS)(n, a, v, pick(r, places), num())}`;
  const sentence = () => {
    const who = p(), other = p();
    return pick(r, [
      () => `The ${a()} ${n()} near the ${n()} in ${pick(r, places)} was ${v()} on ${pick(r, DAYS)}.`,
      () => `${who.title[0].toUpperCase()}${who.title.slice(1)} ${who.given} ${who.surname} said ${num()} ${pick(r, UNITS)} had been moved to the ${a()} ${n()}.`,
      () => `"${remark()}," ${who.surname} ${pick(r, SAY)}.`,
      () => `"${remark()}," said ${who.given} ${who.surname}, ${pick(r, ROLES).replace(/^(?:the|a) /, 'the ')}.`,
      () => `${who.given} ${who.surname}, ${who.age}, ${v()} the ${n()} with ${other.given} ${other.surname}.`,
      () => `${who.given} ${who.surname} spoke after the meeting. "${remark()}," she said.`,
      () => `According to ${who.given} ${who.surname}, the ${n()} cost $${num()} million and ${num()} ${pick(r, UNITS)} were affected.`,
      () => `${cap(pick(r, ROLES))} said the ${n()} would reopen on ${pick(r, MONTHS)} ${1 + Math.floor(r() * 28)}.`,
      () => `Mr. ${who.surname} met Ms. ${other.surname} at the ${a()} ${n()} and ${v()} it together.`,
      () => `Officials said ${num()} ${pick(r, UNITS)} were counted by ${pick(r, DAYS)}, up ${1 + Math.floor(r() * 60)} percent from the week before.`,
    ])();
  };
  const paragraphs = [`${cap(a())} ${n()} in ${pick(r, places)} keeps ${pick(r, places)} waiting`];
  let size = paragraphs[0].length;
  while (size < bytes) {
    let para;
    if (r() < 0.05) {
      // A lead paragraph ending in a colon, crediting the quote that opens the next one.
      const who = p();
      para = `${who.title[0].toUpperCase()}${who.title.slice(1)} ${who.given} ${who.surname} then read a statement:\n\n"${remark()}."`;
    } else {
      const k = 2 + Math.floor(r() * 5);
      para = Array.from({ length: k }, sentence).join(' ');
    }
    paragraphs.push(para);
    size += para.length + 2;
  }
  return `${paragraphs.join('\n\n')}\n`.slice(0, bytes);
}

const cap = (s) => s[0].toUpperCase() + s.slice(1);

// `node scripts/bench/bigArticle.mjs SEED BYTES > file`: write one to try the command line with.
if (import.meta.url === `file://${process.argv[1]}`) process.stdout.write(bigArticle(Number(process.argv[2] ?? 1), Number(process.argv[3] ?? 1 << 20)));
