// Finds mentions of people: capitalised word sequences, with titles split off and kept, accepted when
// the text shows they name a person. compromise's own people() misses unfamiliar names and keeps
// titles and trailing punctuation, so it is used only as one signal (its per-word tags).
import { NAME_PARTICLES, NON_PERSON_WORDS, SPEECH_VERBS, TITLE_WORDS, FUNCTION_WORDS } from '../model/lexicon';
import { isCommonWord, isKnownWord, looksLikeNonPerson, looksLikePerson, Tags } from '../nlp';
import { fold, isCapitalised, Token, words } from '../text';
import type { PersonMention } from '../types';

const POSSESSIVE = /['’]s?$/;
// Arabic-style article glued to a capitalised name: al-Assad, el-Sisi, bin-Laden.
const PARTICLE_HYPHEN = /^(?:al|el|ad|as|an|ar|at|az|ash|bin|ibn|abu|abd|ul|ben)-\p{Lu}/u;

const bare = (w: string) => fold(w).replace(/\./g, '');
const DOTTED_INITIALS = /^\p{Lu}(?:\.\p{Lu})+\.?$/u;
const ACRONYMS = new Set(['us', 'uk', 'un', 'eu', 'dc', 'usa', 'ussr', 'uae', 'nyc', 'la']);
// "in Ann Arbor", "near Fort Worth": after these, a capitalised run with no title is a place.
const PLACE_BEFORE = new Set(['in', 'near', 'outside', 'across', 'throughout', 'around']);

function isNameWord(t: Token): boolean {
  const w = t.text.replace(POSSESSIVE, '');
  if (PARTICLE_HYPHEN.test(w)) return true;
  if (!isCapitalised(w)) return false;
  // Party and state after a legislator's name ("D-Ore.", "R-Ariz.").
  if (/^\p{Lu}-\p{Lu}/u.test(w)) return false;
  // Dotted initials ("O.J.", "J.R.") are a given name, except the usual country and body acronyms.
  if (DOTTED_INITIALS.test(w)) return !ACRONYMS.has(bare(w));
  // Acronyms (ISIL, AFP) are never names; a single capital is an initial.
  if (w.length > 1 && w === w.toUpperCase()) return false;
  return !/\d/.test(w);
}

function isTitleWord(t: Token, tags: Tags): boolean {
  return TITLE_WORDS.has(bare(t.text)) || !!tags.get(t.start)?.has('Demonym');
}

/** Whether only spaces (or an initial's dot and a space) separate two tokens of one name. */
function joined(text: string, a: Token, b: Token): boolean {
  const gap = text.slice(a.end, b.start);
  if (gap === ' ') return !POSSESSIVE.test(a.text) || !/['’]/.test(a.text);
  return gap === '. ' && (/^\p{Lu}$/u.test(a.text) || DOTTED_INITIALS.test(a.text));
}

export function extractPeople(path: string, text: string, tags: Tags): PersonMention[] {
  const toks = words(text);
  const out: PersonMention[] = [];
  for (let i = 0; i < toks.length; ) {
    if (!isNameWord(toks[i])) { i++; continue; }
    let j = i;
    for (;;) {
      const next = toks[j + 1], after = toks[j + 2];
      if (!next || /['’]s$/.test(toks[j].text)) break;
      if (isNameWord(next) && joined(text, toks[j], next)) { j++; continue; }
      // "Ludwig van Beethoven": a lower-case particle between two name words.
      if (after && NAME_PARTICLES.has(next.text) && isNameWord(after) && joined(text, toks[j], next) && joined(text, next, after)) { j += 2; continue; }
      break;
    }
    const mention = mentionFromRun(path, text, toks, i, j, tags);
    if (mention) out.push(mention);
    i = j + 1;
  }
  return out;
}

// The verbs that make an unknown word before them a speaker; "continues", "adds" or "notes" also
// follow common nouns ("Story continues below").
const SAID = new Set(['said', 'says', 'told', 'tells']);
// ", Indonesia's acting director of air transport, said": a role set off by commas before a speech verb.
const ROLE_THEN_SPEECH = /^,\s+((?:the|a|an|\p{Lu}[\p{L}.]*['’]s)\s[^,.;:!?"“”()]{2,80}),\s+(\p{Ll}+)\b/u;

/** Whether a speech verb follows the run: right after it, or after a role between commas that names an office. */
function speechVerbAfter(text: string, toks: Token[], last: number): 'next' | 'after a role' | undefined {
  const end = toks[last].end;
  const after = toks[last + 1];
  if (after && /^,?\s*$/.test(text.slice(end, after.start)) && SAID.has(after.text.toLowerCase())) return 'next';
  const m = ROLE_THEN_SPEECH.exec(text.slice(end, end + 120));
  if (m && SAID.has(m[2]) && m[1].split(/\s+/).some((w) => TITLE_WORDS.has(bare(w)))) return 'after a role';
  return undefined;
}

function mentionFromRun(path: string, text: string, toks: Token[], first: number, last: number, tags: Tags): PersonMention | undefined {
  let s = first;
  const titleWords: string[] = [];
  const speaks = speechVerbAfter(text, toks, last);
  // Leading titles and sentence-initial words ("Earlier Kerry said") are not part of the name.
  while (s <= last) {
    const t = toks[s];
    if (isTitleWord(t, tags)) { titleWords.push(bare(t.text)); s++; continue; }
    const tg = tags.get(t.start);
    const commonNoun = !!tg && tg.has('Noun') && !tg.has('ProperNoun') && !looksLikePerson(tg) && !DOTTED_INITIALS.test(t.text);
    if (FUNCTION_WORDS.has(bare(t.text))) { s++; continue; }
    // "Fortunately Kieran's mum": compromise may read a sentence adverb it derives (not in its
    // lexicon) as part of the name that follows it.
    if (s === first && last > s && /^\p{Lu}\p{Ll}{2,}ly$/u.test(t.text) && !looksLikePerson(tags.get(t.start))) { s++; continue; }
    // compromise guesses a word it does not know at the start of a sentence to be a common noun or an
    // adjective. One it does not know, alone or before one more name word, with a speech verb after,
    // is a name ("Okonkwo said", "Djoko Prasetyo, the minister, said"), where "Police said" is
    // vocabulary; before a full name it is more likely a label ("Courtesy Jane Roe").
    const unknownSpeaker = !!speaks && last - s <= 1 && !tg?.has('Plural') && !isKnownWord(bare(t.text));
    if (s === first && (commonNoun || isCommonWord(tg) && !looksLikePerson(tg)) && !unknownSpeaker) { s++; continue; }
    break;
  }
  // Titles and roles before the run: "said spokeswoman Jane Roe", "Secretary of State Jane Roe", "Gen. Jane Roe".
  for (let k = first - 1; k >= 0 && k >= first - 5; k--) {
    const t = toks[k];
    const gap = text.slice(t.end, toks[k + 1].start);
    if (gap.trim() !== '' && !(gap.trim() === '.' && /^\s/.test(gap.slice(1)) && TITLE_WORDS.has(bare(t.text)))) break;
    if (isTitleWord(t, tags)) titleWords.unshift(bare(t.text));
    else if (!['of', 'the'].includes(t.text) || titleWords.length === 0) break;
    else titleWords.unshift(t.text);
  }
  if (s > last) return undefined;
  // "Toronto Mayor John Tory", "Senate Majority Leader Mitch McConnell": a title word inside the run
  // ends a title that began with a place or body; the name is what follows it.
  for (let k = last - 1; k > s; k--) {
    if (!isTitleWord(toks[k], tags) || POSSESSIVE.test(toks[k].text)) continue;
    for (let t = s; t <= k; t++) titleWords.push(bare(toks[t].text));
    s = k + 1;
    break;
  }
  // "Associated Press An Israeli soldier": what follows a title may open a new phrase.
  while (s <= last && FUNCTION_WORDS.has(bare(toks[s].text))) s++;
  if (s > last) return undefined;
  const prev = toks[first - 1];
  if (!titleWords.length && prev && PLACE_BEFORE.has(prev.text) && /^\s+$/.test(text.slice(prev.end, toks[first].start)) && !/['’]s$/.test(toks[last].text)) return undefined;
  const nameToks = toks.slice(s, last + 1);
  if (nameToks.length > 4) return undefined;
  for (const t of nameToks) {
    const w = bare(t.text.replace(POSSESSIVE, ''));
    if (NON_PERSON_WORDS.has(w) || isTitleWord(t, tags) && nameToks.length === 1) return undefined;
    // compromise's place and organisation tags spill onto names after "State" or "House"; a title outweighs them.
    if (!titleWords.length && !DOTTED_INITIALS.test(t.text) && looksLikeNonPerson(tags.get(t.start)) && !looksLikePerson(tags.get(t.start))) return undefined;
  }
  const lastTok = nameToks[nameToks.length - 1];
  const start = nameToks[0].start;
  let end = lastTok.end;
  const possessive = lastTok.text.match(/['’]s?$/);
  if (possessive) end -= possessive[0].length;
  const name = text.slice(start, end);
  const tokens = words(name).map((t) => t.text).filter((w) => !NAME_PARTICLES.has(w));

  const before = toks[first - 1];
  const after = toks[last + 1];
  const gapAfter = after ? text.slice(end, after.start) : '';
  const speechAfter = (!!after && /^,?\s*$/.test(gapAfter) && SPEECH_VERBS.has(after.text.toLowerCase())) || (!possessive && speaks === 'after a role');
  const speechBefore = !!before && SPEECH_VERBS.has(before.text.toLowerCase()) && /^\s+$/.test(text.slice(before.end, toks[first].start));
  const ageMatch = /^,\s*(\d{1,3}),/.exec(text.slice(end, end + 8));
  const title = titleWords.length ? titleWords.join(' ').replace(/^(?:the|of)\s+/, '') : undefined;
  const evidence = !!title || speechAfter || speechBefore || !!ageMatch || nameToks.some((t) => looksLikePerson(tags.get(t.start)));
  return {
    path, start, end, text: name, tokens, title, evidence,
    age: ageMatch ? Number(ageMatch[1]) : undefined,
  };
}
