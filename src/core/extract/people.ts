// Finds mentions of people: capitalised word sequences, with titles split off and kept, accepted when
// the text shows they name a person. compromise's own people() misses unfamiliar names and keeps
// titles and trailing punctuation, so it is used only as one signal (its per-word tags).
import { NAME_PARTICLES, NON_PERSON_WORDS, SPEECH_VERBS, TITLE_WORDS, FUNCTION_WORDS } from '../model/lexicon';
import { isCommonWord, isKnownWord, isVocabulary, looksLikeNonPerson, looksLikePerson, Tags } from '../nlp';
import { fold, isCapitalised, sentenceBounds, Token, words } from '../text';
import type { PersonMention } from '../types';
import { roleOf } from '../model/roles';

const POSSESSIVE = /['’]s?$/;
// Arabic-style article glued to a capitalised name: al-Assad, el-Sisi, bin-Laden.
const PARTICLE_HYPHEN = /^(?:al|el|ad|as|an|ar|at|az|ash|bin|ibn|abu|abd|ul|ben)-\p{Lu}/u;

const bare = (w: string) => fold(w).replace(/\./g, '');
const DOTTED_INITIALS = /^\p{Lu}(?:\.\p{Lu})+\.?$/u;
const ACRONYMS = new Set(['us', 'uk', 'un', 'eu', 'dc', 'usa', 'ussr', 'uae', 'nyc', 'la']);
// "in Ann Arbor", "near Fort Worth": after these, a capitalised run with no title is a place.
const PLACE_BEFORE = new Set(['in', 'near', 'outside', 'across', 'throughout', 'around']);
// After these a capitalised run is a place unless the text shows a person ("at Elm", "along Harbour").
const PLACE_BEFORE_UNLESS_PERSON = new Set(['at', 'on', 'along', 'via', 'into', 'onto', 'toward', 'towards', 'inside', 'beyond']);
// A run followed by one of these, in lower case, names a place or a body ("Elmsworth station", "Carden
// street"), however the run is spelled.
const PLACE_NOUN_AFTER = new Set([
  'station', 'street', 'road', 'avenue', 'boulevard', 'lane', 'square', 'bridge', 'airport', 'port', 'harbour', 'harbor',
  'stadium', 'arena', 'park', 'hospital', 'clinic', 'school', 'college', 'university', 'academy', 'church', 'cathedral',
  'mosque', 'temple', 'synagogue', 'hotel', 'mall', 'market', 'centre', 'center', 'tower', 'building', 'hall', 'museum',
  'library', 'prison', 'jail', 'camp', 'base', 'county', 'district', 'province', 'region', 'village', 'town', 'city',
  'valley', 'river', 'lake', 'island', 'islands', 'mountain', 'mountains', 'beach', 'bay', 'coast', 'canal', 'highway',
  'motorway', 'freeway', 'route', 'tunnel', 'terminal', 'neighborhood', 'neighbourhood', 'estate', 'plaza', 'railway',
  'subway', 'metro', 'line', 'company', 'corporation', 'firm', 'party', 'foundation', 'institute', 'agency', 'ministry',
]);
// An office given as past ("former Gov.", "former Dunmore Gov.", "then-Sen."), with up to three capitalised
// words (a place, a country) between the qualifier and the title. ("late" and "outgoing" are left to
// offices.ts inside the title: "said late Thursday that", "the more outgoing Ms.".)
const PAST_BEFORE_TITLE = /\b(?:[Ff]ormer|[Ee]x|[Tt]hen|[Oo]ne-?time|[Ee]rstwhile|[Rr]etired|[Oo]usted|[Dd]eposed)(?:\s*-\s*|\s+)(?:\p{Lu}[\p{L}.'’-]*\s+){0,3}$/u;
// A sentence that says a name or title was given by mistake ("misidentified as", "wrongly called",
// "Correction: an earlier version"), not one that mentions any mistake ("was wrongly convicted").
const MISTAKE = /\b(?:(?:mistakenly|wrongly|erroneously|incorrectly|falsely|inaccurately)\s+(?:\p{L}+\s+){0,2}?(?:identified|identifies|called|calls|named|names|described|describes|referred|labell?ed|listed|titled|credited|attributed)|misidentif\p{L}*|misnam\p{L}*|mislabel\p{L}*|mistook|mistaken for|confused (?:\p{L}+ )?with|correction:|earlier version)/iu;
/** Relatives, closed class: "her daughter, Elena," names a person by relation and given name. */
export const RELATIONS = new Set(['daughter', 'son', 'wife', 'husband', 'widow', 'widower', 'mother', 'father', 'brother', 'sister',
  'granddaughter', 'grandson', 'niece', 'nephew', 'fiancee', 'fiancée', 'fiance', 'girlfriend', 'boyfriend', 'stepdaughter', 'stepson']);
const RELATION_BEFORE = new RegExp(`\\b(${[...RELATIONS].join('|')}),\\s*$`, 'i');
// A title that somebody else gave the person: "called him Senator", "dubbed".
const CALLED_BEFORE_TITLE = /\b(?:called|calls|calling|dubbed|nicknamed|referred to (?:\w+ )?as|introduced (?:\w+ )?as|identified (?:\w+ )?as|described (?:\w+ )?as)\s+(?:him|her|them)?\s*$/i;

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

// Titles written short with a full stop ("Gov. Roe"): after any other title a full stop ends the sentence ("his late father. Thousands").
const TITLE_ABBREVIATION = /^(?:mr|mrs|ms|dr|prof|rev|sen|rep|gov|gen|lt|col|capt|sgt|cpl|pvt|maj|adm|cmdr|det|insp|supt|atty|pres|sec|amb|supt)$/;
// "then-Sen.", "ex-Gov.": a title with its qualifier written on.
const PAST_PREFIX = /^(?:then|ex|former)-/;

function isTitleWord(t: Token, tags: Tags): boolean {
  return TITLE_WORDS.has(bare(t.text).replace(PAST_PREFIX, '')) || !!tags.get(t.start)?.has('Demonym');
}

/**
 * Whether the line holding `at` is a headline in title case ("Mayor Unveils Harbour Plan"): capitals
 * there mark the headline, not names, so none are read from it.
 */
function headlineLine(text: string, at: number, seen: Map<number, boolean>): boolean {
  const from = text.lastIndexOf('\n', at) + 1;
  let known = seen.get(from);
  if (known === undefined) seen.set(from, (known = titleCase(text, from)));
  return known;
}

function titleCase(text: string, from: number): boolean {
  let to = text.indexOf('\n', from);
  if (to < 0) to = text.length;
  const line = text.slice(from, to).trim();
  if (/[.!?:"”]$/.test(line)) return false;
  const ws = words(line).filter((w) => w.text.length > 3 && /^\p{L}/u.test(w.text));
  return ws.length >= 3 && ws.filter((w) => isCapitalised(w.text)).length >= 0.8 * ws.length;
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
  const headlines = new Map<number, boolean>();
  let lower: Set<string> | undefined;
  // Words the text writes in lower case: a capitalised one of them alone is vocabulary ("Bars" and "bars").
  const lowerCase = () => (lower ??= new Set(toks.filter((t) => !isCapitalised(t.text)).map((t) => t.text)));
  for (let i = 0; i < toks.length; ) {
    // "@JaneRoeNews", "#RoeForMayor": a handle or a tag, however it is spelled.
    if (!isNameWord(toks[i]) || /[@#]/.test(text.charAt(toks[i].start - 1)) || headlineLine(text, toks[i].start, headlines)) { i++; continue; }
    let j = i;
    for (;;) {
      const next = toks[j + 1], after = toks[j + 2];
      if (!next || /['’]s$/.test(toks[j].text)) break;
      if (isNameWord(next) && joined(text, toks[j], next)) { j++; continue; }
      // "Ludwig van Beethoven": a lower-case particle between two name words.
      if (after && NAME_PARTICLES.has(next.text) && isNameWord(after) && joined(text, toks[j], next) && joined(text, next, after)) { j += 2; continue; }
      break;
    }
    const mention = mentionFromRun(path, text, toks, i, j, tags, lowerCase);
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

function mentionFromRun(path: string, text: string, toks: Token[], first: number, last: number, tags: Tags, lowerCase: () => ReadonlySet<string>): PersonMention | undefined {
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
  let titleStart = toks[first].start;
  for (let k = first - 1; k >= 0 && k >= first - 5; k--) {
    const t = toks[k];
    const gap = text.slice(t.end, toks[k + 1].start);
    if (gap.trim() !== '' && !(gap.trim() === '.' && /^\s/.test(gap.slice(1)) && TITLE_ABBREVIATION.test(bare(t.text).replace(PAST_PREFIX, '')))) break;
    if (isTitleWord(t, tags)) titleWords.unshift(bare(t.text));
    else if (!['of', 'the'].includes(t.text) || titleWords.length === 0) break;
    else titleWords.unshift(t.text);
    titleStart = t.start;
  }
  if (s > last) return undefined;
  // "Dunmore Gov. Rosa Teague": a run that ends in an abbreviated title is that title, not a name.
  if (TITLE_ABBREVIATION.test(bare(toks[last].text)) && /^\.\s+\p{Lu}/u.test(text.slice(toks[last].end, toks[last].end + 3))) return undefined;
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
  const placeBefore = !titleWords.length && !!prev && /^\s+$/.test(text.slice(prev.end, toks[first].start)) && !/['’]s$/.test(toks[last].text);
  if (placeBefore && PLACE_BEFORE.has(prev.text)) return undefined;
  const next = toks[last + 1];
  if (next && text.slice(toks[last].end, next.start) === ' ' && !POSSESSIVE.test(toks[last].text) && PLACE_NOUN_AFTER.has(next.text)) return undefined;
  const nameToks = toks.slice(s, last + 1);
  if (nameToks.length > 4) return undefined;
  // A given name that is also a body or calendar word ("Bill Roe", "June Roe") needs the text to show a person.
  let givenLikeBody = false;
  for (const [n, t] of nameToks.entries()) {
    const w = bare(t.text.replace(POSSESSIVE, ''));
    if (NON_PERSON_WORDS.has(w) && n === 0 && nameToks.length > 1 && !nameToks.slice(1).some((o) => NON_PERSON_WORDS.has(bare(o.text)) || looksLikeNonPerson(tags.get(o.start))) && !looksLikeNonPerson(tags.get(t.start))) givenLikeBody = true;
    else if (NON_PERSON_WORDS.has(w) || isTitleWord(t, tags) && nameToks.length === 1) return undefined;
    // compromise's place and organisation tags spill onto names after "State" or "House"; a title outweighs them.
    if (!titleWords.length && !DOTTED_INITIALS.test(t.text) && looksLikeNonPerson(tags.get(t.start)) && !looksLikePerson(tags.get(t.start))) return undefined;
  }
  const lastTok = nameToks[nameToks.length - 1];
  const start = nameToks[0].start;
  let end = lastTok.end;
  const possessive = lastTok.text.match(/['’]s?$/);
  if (possessive) end -= possessive[0].length;
  const name = text.slice(start, end);
  const tokens = nameTokens(name);

  const before = toks[first - 1];
  const after = toks[last + 1];
  const gapAfter = after ? text.slice(end, after.start) : '';
  const speechAfter = (!!after && /^,?\s*$/.test(gapAfter) && SPEECH_VERBS.has(after.text.toLowerCase())) || (!possessive && speaks === 'after a role');
  const speechBefore = !!before && SPEECH_VERBS.has(before.text.toLowerCase()) && /^\s+$/.test(text.slice(before.end, toks[first].start));
  const ageMatch = /^,\s*(\d{1,3}),/.exec(text.slice(end, end + 8));
  // "his daughter, Elena, said": a relative named by a given name alone is known by the relation.
  const relation = !titleWords.length && nameToks.length === 1 ? RELATION_BEFORE.exec(text.slice(Math.max(0, start - 20), start))?.[1]?.toLowerCase() : undefined;
  if (relation) titleWords.push(relation);
  const title = titleWords.length ? titleWords.join(' ').replace(/^(?:the|of)\s+/, '') : undefined;
  const evidence = !!title || speechAfter || speechBefore || !!ageMatch || nameToks.some((t) => looksLikePerson(tags.get(t.start)));
  // A single word stays (it may be a surname: "aimed at Roe"), matched only as written.
  const placeLike = placeBefore && !evidence && PLACE_BEFORE_UNLESS_PERSON.has(prev.text);
  if (placeLike && nameToks.length > 1) return undefined;
  // "Bill Roe, who runs the bakery,": a relative clause of people after a full name.
  const whoAfter = !possessive && /^,\s+who\b/.test(text.slice(end, end + 8));
  if (givenLikeBody && !speechAfter && !ageMatch && !whoAfter && !titleWords.some((w) => TITLE_WORDS.has(w))) return undefined;
  const notHeld = !!title && titleNotHeld(text, titleStart);
  const role = possessive ? undefined : roleAround(text, start, end);
  const roleHeld = !!role && !titleNotHeld(text, start);
  const vocabulary = tokens.length === 1 && (placeLike || isVocabulary(bare(tokens[0])) || lowerCase().has(tokens[0].toLowerCase()));
  return {
    path, start, end, text: name, tokens, title, evidence,
    age: ageMatch ? Number(ageMatch[1]) : undefined,
    ...(notHeld ? { notHeld } : {}),
    ...(roleHeld ? { role } : {}),
    ...(vocabulary ? { vocabulary } : {}),
  };
}

// Honorifics between a role and the name ("senior author Dr. Jane Roe").
const HONORIFICS_AT_END = /(?:\b(?:dr|prof|professor|mr|mrs|ms|miss)\.?\s+)+$/i;
// An appositive after the name: ", the study's lead author," / ", a senior author of the study,".
const APPOSITIVE = /^,\s+((?:the|a|an|his|her|their|its|\p{Lu}[\p{L}.]*['’]s)\s[^,;:!?"“”()]{2,80}?)(?=\s*(?:[,;:!?"“”()]|\.(?:\s|$)|$))/u;
// Where an appositive's head ends: what follows says of what or where ("lead author of the study").
const AFTER_HEAD = /\s(?:of|for|at|in|on|with|from|who|whose|which|that|and|to|behind|since)\s.*$/;

/**
 * A role from the closed table in model/roles.ts written right before the name ("said senior study
 * author Dr. Jane Roe") or as an appositive after it ("Jane Roe, the study's lead author,"), as
 * written; else a short appositive ending in a role word ("Jane Roe, the search chief,"). The table
 * decides which roles exclude each other.
 */
function roleAround(text: string, start: number, end: number): string | undefined {
  let before = text.slice(Math.max(0, start - 80), start).replace(HONORIFICS_AT_END, '');
  before = before.slice(Math.max(...[...',;:"“”()!?\n.'].map((c) => before.lastIndexOf(c))) + 1).trim();
  const m = APPOSITIVE.exec(text.slice(end, end + 100));
  if (!m) return (before && roleOf(before)?.text) || undefined;
  const head = m[1].replace(AFTER_HEAD, '');
  const sided = (before && roleOf(before)?.text) || roleOf(head)?.text;
  if (sided) return sided;
  // Any other role the lexicon knows, as the head of a short appositive ("Jane Roe, the search chief,"):
  // context that one person is meant, never compared as a conflict.
  const bareHead = head.replace(/^(?:(?:the|a|an|his|her|their|its|\S+['’]s)\s+)+/i, '').toLowerCase();
  const ws = bareHead.split(/\s+/);
  return ws.length <= 3 && TITLE_WORDS.has(ws[ws.length - 1]) ? bareHead : undefined;
}

/** Whether a title is given as past ("former Gov."), by someone else ("called him Senator"), or in a sentence about a mistake. */
function titleNotHeld(text: string, titleStart: number): boolean {
  const sentence = sentenceBounds(text, titleStart);
  const before = text.slice(sentence.start, titleStart);
  return PAST_BEFORE_TITLE.test(before) || CALLED_BEFORE_TITLE.test(before) || MISTAKE.test(text.slice(sentence.start, sentence.end));
}

/**
 * The words of a name that identify it: lower-case particles dropped ("Ludwig van Beethoven" ->
 * Ludwig|Beethoven, as "Ludwig Beethoven" is written too), a capitalised one kept with the surname
 * it opens ("Tom De Luca" -> Tom|De Luca), so it compares with "DeLuca" as a spacing of one surname.
 */
function nameTokens(name: string): string[] {
  const ws = words(name).map((t) => t.text).filter((w) => !NAME_PARTICLES.has(w));
  let k = ws.length - 1;
  while (k > 1 && NAME_PARTICLES.has(ws[k - 1].toLowerCase())) k--;
  return k < ws.length - 1 ? [...ws.slice(0, k), ws.slice(k).join(' ')] : ws;
}
