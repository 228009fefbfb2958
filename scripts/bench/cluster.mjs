// Deterministic synthetic clusters for `npm run bench`: N invented wire stories about one invented
// event, 800–2,000 words each, with planted disagreements (a misspelt name, a different death toll,
// a reworded quote, a quote credited to someone else). Every name and sentence is made up here from
// small word lists and a seeded generator, so the same seed always gives the same texts.

/** mulberry32: a small seeded generator, so runs are reproducible. */
export function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ONSETS = ['b', 'd', 'f', 'g', 'k', 'l', 'm', 'n', 'p', 'r', 's', 't', 'v', 'z', 'br', 'dr', 'kr', 'st', 'th', 'tr'];
const VOWELS = ['a', 'e', 'i', 'o', 'u', 'ai', 'ea', 'io'];
const CODAS = ['', '', 'n', 'r', 'l', 's', 'th', 'nd', 'rk', 'ss'];
const ROLES = ['harbour master', 'fire chief', 'mayor', 'police spokeswoman', 'county engineer', 'relief coordinator', 'deputy governor', 'hospital director', 'union organiser', 'school principal'];
const NOUNS = ['bridge', 'road', 'council', 'warehouse', 'school', 'clinic', 'river', 'market', 'village', 'shelter', 'convoy', 'station', 'harbour', 'valley', 'generator', 'pump', 'barrier', 'truck', 'field', 'tower', 'depot', 'ferry', 'railway', 'orchard', 'mill', 'reservoir', 'ward', 'supply', 'blanket', 'radio'];
const ADJS = ['northern', 'flooded', 'temporary', 'empty', 'narrow', 'damaged', 'crowded', 'quiet', 'eastern', 'old', 'new', 'muddy', 'busy', 'small', 'main', 'western', 'broken', 'local', 'heavy', 'late'];
const VERBS = ['inspected', 'repaired', 'closed', 'reopened', 'cleared', 'guarded', 'visited', 'mapped', 'reinforced', 'emptied', 'searched', 'supplied', 'crossed', 'blocked', 'measured'];
const ADVERBIALS = ['before dawn', 'on Tuesday', 'during the night', 'after the storm', 'within hours', 'by the afternoon', 'for the second time', 'without warning', 'under heavy rain', 'late on Monday'];
const FRAMES = [
  (r, w) => `The ${w.adj()} ${w.noun()} near the ${w.noun()} was ${w.verb()} ${w.adv()}.`,
  (r, w) => `Crews ${w.verb()} the ${w.adj()} ${w.noun()} and the ${w.noun()} ${w.adv()}.`,
  (r, w) => `Residents said the ${w.noun()} by the ${w.adj()} ${w.noun()} had been ${w.verb()} ${w.adv()}.`,
  (r, w) => `Volunteers ${w.verb()} a ${w.adj()} ${w.noun()} while others waited at the ${w.noun()}.`,
  (r, w) => `Engineers ${w.verb()} the ${w.noun()} ${w.adv()}, and the ${w.adj()} ${w.noun()} stayed shut.`,
];

function word(r, parts) {
  let s = '';
  for (let i = 0; i < parts; i++) s += pick(r, ONSETS) + pick(r, VOWELS) + (i === parts - 1 ? pick(r, CODAS) : '');
  return s[0].toUpperCase() + s.slice(1);
}
const pick = (r, list) => list[Math.floor(r() * list.length)];

/** A misspelling: two neighbouring letters swapped inside the surname. */
function typo(name) {
  const i = 1 + Math.floor(name.length / 2 - 1);
  return name.slice(0, i) + name[i + 1] + name[i] + name.slice(i + 2);
}

/** The event every article reports: people, their statements and the figures, from one seed. */
function event(seed) {
  const r = rng(seed);
  const people = Array.from({ length: 8 }, (_, i) => {
    let surname = word(r, 3);
    while (surname.length < 7 || typo(surname) === surname) surname = word(r, 3);
    return { given: word(r, 2), surname, role: ROLES[i % ROLES.length], age: 30 + Math.floor(r() * 40) };
  });
  const place = word(r, 2);
  const n = () => pick(r, NOUNS), a = () => pick(r, ADJS);
  const quotes = [
    `We ${pick(r, VERBS)} every ${n()} on the ${a()} side of ${place} before the water came back`,
    `Nobody in ${place} should sleep near the ${n()} until the ${a()} ${n()} is checked`,
    `The ${n()} held for three days but the ${a()} ${n()} gave way at night`,
    `Our teams need more ${n()}s and a ${a()} ${n()} before the weekend`,
    `I have never seen the ${n()} this high in twenty years of work here`,
  ];
  return { people, place, quotes, killed: 12 + Math.floor(r() * 20), homes: 100 + Math.floor(r() * 400), damage: 5 + Math.floor(r() * 50) };
}

/**
 * Article `index` of the cluster `seed`. Article 0 has 2,000 words (the one the bench edits); the
 * others 800–2,000. About one article in twelve carries each planted disagreement.
 */
export function article(seed, index) {
  const ev = event(seed);
  const r = rng(seed * 7919 + index + 1);
  const w = { noun: () => pick(r, NOUNS), adj: () => pick(r, ADJS), verb: () => pick(r, VERBS), adv: () => pick(r, ADVERBIALS) };
  const target = index === 0 ? 2000 : 800 + Math.floor(r() * 1200);
  const planted = [];
  const plant = (kind) => { const yes = r() < 1 / 12; if (yes) planted.push(kind); return yes; };
  const misspelt = plant('person');
  const killed = plant('number') ? ev.killed + 3 + Math.floor(r() * 5) : ev.killed;
  const reworded = plant('quote-wording');
  const recredited = plant('quote-speaker');

  const name = (p, i) => (i === 0 && misspelt ? `${p.given} ${typo(p.surname)}` : `${p.given} ${p.surname}`);
  const facts = [
    `${cap(ev.people[0].role)} ${name(ev.people[0], 0)} said the flood killed ${killed} people in ${ev.place}.`,
    `The water destroyed ${ev.homes} homes along the ${w.adj()} bank, officials said.`,
    `Damage was put at $${ev.damage} million by the ${w.adj()} council.`,
    `${cap(ev.people[1].role)} ${name(ev.people[1], 1)}, ${ev.people[1].age}, oversaw the ${w.noun()}.`,
  ];
  const statements = ev.quotes.map((q, i) => {
    const text = i === 0 && reworded ? q.replace(/ every /, ' each ') : q;
    const who = i === 1 && recredited ? ev.people[6] : ev.people[i];
    return r() < 0.5 ? `"${text}," ${who.surname} said.` : `${cap(who.role)} ${who.given} ${who.surname} told reporters: "${text}."`;
  });
  const paragraphs = [];
  let words = 0, f = 0, s = 0;
  while (words < target) {
    const sentences = [];
    const size = 3 + Math.floor(r() * 4);
    for (let k = 0; k < size; k++) {
      const roll = r();
      if (roll < 0.15 && f < facts.length) sentences.push(facts[f++]);
      else if (roll < 0.3 && s < statements.length) sentences.push(statements[s++]);
      else sentences.push(pick(r, FRAMES)(r, w));
    }
    const p = sentences.join(' ');
    paragraphs.push(p);
    words += p.split(/\s+/).length;
  }
  const headline = `Flood leaves ${ev.place} counting the cost`;
  return { path: `synthetic/${seed}/${String(index).padStart(4, '0')}.article`, text: `${headline}\n\n${paragraphs.join('\n\n')}\n`, planted };
}

export function cluster(seed, size) {
  return Array.from({ length: size }, (_, i) => article(seed, i));
}

const cap = (s) => s[0].toUpperCase() + s.slice(1);
