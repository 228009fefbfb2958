// Who a quote's speaker phrase names: a person of the cluster ("said Jane Roe", "Roe said", "the
// former governor Jane Roe said"), or what a phrase that names nobody says about them ("the
// ministry"). Each article's mentions are indexed once, by full name and by surname, so resolving a
// speaker costs the words of its phrase, not the mentions of its article.
import { dominantNamesake } from '../extract/namesakes';
import { ORGANISATION_NOUNS } from '../model/speakers';
import { GRAMMAR_WORDS } from '../model/wordForms';
import { fold } from '../text';
import type { PersonMention, Quote } from '../types';
import { phraseSpeaker } from './speakers';

const HONORIFIC = /^(?:mr|mrs|ms|miss|mx)\.?$/i;
const DETERMINER = /^(?:the|a|an|this|that)$/i;
const CAPITALISED = /^\p{Lu}/u;
const ACRONYM = /^\p{Lu}{2,}$/u;
/** Lower-case words inside a name: "Ahmed bin Salem", "Ana de Souza". */
const PARTICLE = /^(?:de|da|del|della|di|du|dos|das|van|von|der|den|la|le|bin|ibn|al|el|abu|ben)$/;

/** One article's person mentions, by the text of each full name and by last word. */
interface ArticlePeople {
  readonly fullNames: Set<string>;
  readonly byLastWord: Map<string, PersonMention[]>;
}

function indexArticle(people: readonly PersonMention[]): ArticlePeople {
  const fullNames = new Set<string>();
  const byLastWord = new Map<string, PersonMention[]>();
  for (const m of people) {
    if (m.tokens.length > 1) fullNames.add(m.text);
    const last = m.tokens[m.tokens.length - 1];
    const list = byLastWord.get(last);
    if (list) list.push(m); else byLastWord.set(last, [m]);
  }
  return { fullNames, byLastWord };
}

/**
 * Resolves quotes' speakers to keys: `person:N` for cluster N, `role:`/`thing:` for a phrase that
 * names nobody (see phraseSpeaker), undefined when unsure.
 */
export function speakerResolver(
  peopleOf: ReadonlyMap<string, readonly PersonMention[]>,
  byFullName: ReadonlyMap<string, number>,
  personIndex: (word: string) => number | undefined,
): (q: Quote) => string | undefined {
  const articles = new Map<string, ArticlePeople>();
  const article = (path: string) => {
    let a = articles.get(path);
    if (!a) { a = indexArticle(peopleOf.get(path) ?? []); articles.set(path, a); }
    return a;
  };

  /** Of the full names the article uses, the one that ends last in the phrase ("Roe's lawyer Ann Lee"), longest first. */
  const fullName = (own: ArticlePeople, words: readonly string[]) => {
    for (let end = words.length; end > 0; end--) {
      for (let start = 0; start < end - 1; start++) {
        const name = words.slice(start, end).join(' ').replace(/['’]s$|[,.]$/, '');
        const i = own.fullNames.has(name) ? byFullName.get(name) : undefined;
        if (i !== undefined) return i;
      }
    }
    return undefined;
  };

  /**
   * A surname alone, as the article uses it: the person it names with it, or when it names several,
   * the one it names far more often. Nobody when it names several about as often, when it writes both
   * "Mr Roe" and "Mrs Roe" (two people, perhaps one named in full), or when an honorific comes with a
   * surname the article shares among several: "Mrs Roe" is told apart by the honorific, not by the count.
   */
  // An article names one surname in every quote of a long interview: answered once per article and
  // surname, a look-up costs the same however many mentions carry it.
  const surnames = new Map<ArticlePeople, Map<string, number | undefined>>();
  const surname = (own: ArticlePeople, word: string, honorific: boolean) => {
    let known = surnames.get(own);
    if (!known) surnames.set(own, (known = new Map()));
    const key = honorific ? `${word} +` : word;
    if (known.has(key)) return known.get(key);
    const found = surnameOnce(own, word, honorific);
    known.set(key, found);
    return found;
  };
  const surnameOnce = (own: ArticlePeople, word: string, honorific: boolean) => {
    const withIt = own.byLastWord.get(word) ?? [];
    const titles = withIt.filter((m) => m.tokens.length === 1).map((m) => m.title);
    if (titles.includes('mr') && titles.some((t) => t === 'mrs' || t === 'ms' || t === 'miss')) return undefined;
    const namesake = dominantNamesake(word, withIt);
    if (namesake === null || (namesake !== undefined && honorific)) return undefined;
    const full = namesake ?? withIt.find((m) => m.tokens.length > 1)?.text;
    return (full === undefined ? undefined : byFullName.get(full)) ?? personIndex(word);
  };

  return (q) => {
    if (!q.speaker) return undefined;
    const own = article(q.path);
    const words = q.speaker.split(/\s+/).filter(Boolean);
    // ", Roe adding that...": the participle after the speaker is not part of who spoke.
    if (words.length > 1 && /^\p{Ll}+ing$/u.test(words[words.length - 1])) words.pop();
    // "one said", "this shows": a grammar word alone says nothing about who spoke.
    if (words.length === 1 && GRAMMAR_WORDS.has(fold(words[0]))) return undefined;
    // The name is the phrase's head, its last capitalised run: "the former governor Jane Roe" is Roe,
    // "Roe's lawyer" and "the Roe campaign" are not.
    let from = words.length;
    while (from > 0 && (CAPITALISED.test(words[from - 1]) || (PARTICLE.test(words[from - 1]) && from < words.length))) from--;
    const name = words.slice(from);
    const full = fullName(own, name);
    if (full !== undefined) return `person:${full}`;
    for (let k = name.length - 1; k >= 0; k--) {
      if (!CAPITALISED.test(name[k])) continue;
      const honorific = k > 0 && HONORIFIC.test(name[k - 1]);
      const i = surname(own, name[k].replace(/['’]s?$|[,.]$/g, ''), honorific);
      if (i !== undefined) return `person:${i}`;
    }
    const head = words[words.length - 1].replace(/['’]s?$|[,.]$/g, '');
    // "the ministry", "a senior official": a phrase that names nobody says what kind of speaker it was.
    if (!name.length && (DETERMINER.test(words[0]) || !words.some((w) => CAPITALISED.test(w)))) return phraseSpeaker(q.speaker);
    // "the State Department", "the FBI": a capitalised body. Any other capitalised head we could not
    // place may be a person the article never named in full ("the actor Roe"): unsure, so no claim.
    if (name.length && DETERMINER.test(words[0]) && (ORGANISATION_NOUNS.has(fold(head)) || ACRONYM.test(head))) return phraseSpeaker(q.speaker);
    return undefined;
  };
}
