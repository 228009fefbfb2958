// The only module that imports compromise: it tags words so the extractors can tell people from
// places and organisations. compromise keeps global state, so nothing else should load it.
// It is loaded on first use (it takes a noticeable time and much of the worker's memory), so a
// worker that finds every article in the disk cache never loads it. The require is resolved by
// esbuild at bundle time, so this works the same in a Node worker and a Web Worker.
import type nlpType from 'compromise';

let nlp: typeof nlpType | undefined;
function load(): typeof nlpType {
  if (nlp) return nlp;
  // require() resolves to compromise's CommonJS build, which exports the function itself.
  const mod = require('compromise') as typeof nlpType & { default?: typeof nlpType };
  nlp = mod.default ?? mod;
  // The last step of its parse groups terms into chunks, which nothing here reads; it changes no
  // tag (compared on every paragraph of the corpus, the seeds and the bench texts) and costs 5–10% of the parse.
  const hooks = (nlp.world() as { hooks: string[] }).hooks;
  if (hooks[hooks.length - 1] === 'chunks') hooks.pop();
  return nlp;
}

export type Tags = ReadonlyMap<number, ReadonlySet<string>>;

/** What compromise keeps of a term once offsets are computed (the part of its document read here). */
interface Term {
  tags: Set<string>;
  offset: { start: number };
}

/**
 * Part-of-speech tags of every term, keyed by the term's start offset in `text`. Read from the
 * document's terms themselves rather than through json(), which copies every term into a new
 * object (a tenth of the parse on a long article).
 */
export function tagTerms(text: string): Tags {
  const out = new Map<number, ReadonlySet<string>>();
  const doc = load()(text);
  doc.compute('offset');
  for (const sentence of (doc as unknown as { document: Term[][] }).document) {
    for (const t of sentence) out.set(t.offset.start, t.tags);
  }
  return out;
}

const PERSON_TAGS = ['Person', 'FirstName', 'LastName', 'MaleName', 'FemaleName', 'Honorific'];
const NON_PERSON_TAGS = ['Place', 'Country', 'City', 'Region', 'Organization', 'SportsTeam', 'Date', 'Month', 'WeekDay', 'Demonym', 'Acronym'];

export function looksLikePerson(tags: ReadonlySet<string> | undefined): boolean {
  return !!tags && PERSON_TAGS.some((t) => tags.has(t));
}

export function looksLikeNonPerson(tags: ReadonlySet<string> | undefined): boolean {
  return !!tags && NON_PERSON_TAGS.some((t) => tags.has(t)) && !tags.has('Person');
}

/** Words compromise knows as ordinary vocabulary (verbs, adjectives, adverbs...), not proper nouns. */
export function isCommonWord(tags: ReadonlySet<string> | undefined): boolean {
  return !!tags && !tags.has('ProperNoun') && ['Verb', 'Adjective', 'Adverb', 'Determiner', 'Preposition', 'Conjunction', 'Pronoun', 'QuestionWord'].some((t) => tags.has(t));
}

/** Whether compromise's lexicon holds the word: "Police" and "Earlier" are vocabulary; "Okonkwo" is not. */
export function isKnownWord(word: string): boolean {
  const lexicon = (load().model() as { one: { lexicon: Record<string, unknown> } }).one.lexicon;
  return Object.prototype.hasOwnProperty.call(lexicon, word.toLowerCase());
}

/** Whether an "-ing" word is a verb's form even where compromise tagged it a noun ("…, traveling north"). */
export function isGerundOfVerb(word: string): boolean {
  const w = word.toLowerCase();
  if (!w.endsWith('ing')) return false;
  const model = load().model() as { one: { lexicon: Record<string, unknown> }; two: { switches: Record<string, string> } };
  return model.one.lexicon[w] === 'Gerund' || /Gerund/.test(model.two.switches[w] ?? '');
}

/**
 * Whether compromise's lexicon holds the word as ordinary vocabulary ("bars", "will"), not as a
 * first name, surname or place: such a word written alone is a spelling of a surname only as written.
 */
export function isVocabulary(word: string): boolean {
  const lexicon = (load().model() as { one: { lexicon: Record<string, string | string[]> } }).one.lexicon;
  const w = word.toLowerCase();
  if (!Object.prototype.hasOwnProperty.call(lexicon, w)) return false;
  const tags = ([] as string[]).concat(lexicon[w]);
  return !tags.some((t) => PERSON_TAGS.includes(t) || NON_PERSON_TAGS.includes(t) || /Name|Place|City|Country|Region/.test(t));
}
