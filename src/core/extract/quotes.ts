// Finds direct quotes and who the article credits with them. Quote marks are classified by what
// surrounds them rather than paired blindly, so a stray or missing mark cannot swallow the rest of
// the article: a quote never runs past the end of its paragraph.
import { SPEECH_VERBS, SPEAKER_PRONOUNS } from '../model/lexicon';
import { paragraphs, trimSpan, words } from '../text';
import type { PersonMention, Quote } from '../types';

const OPENERS = new Set(['"', '“', '«', '„']);
const CLOSERS = new Set(['"', '”', '»', '“']);
const SPACE_BEFORE_OPEN = /[\s([{—–\-:;,/]/;
const AFTER_CLOSE = /[\s.,;:!?)\]}—–\-…]/;

interface RawQuote { start: number; end: number }

/** [start, end) of every quotation's inner text in one paragraph. */
function quotesIn(text: string, from: number, to: number): RawQuote[] {
  const out: RawQuote[] = [];
  let open = -1;
  for (let i = from; i < to; i++) {
    const c = text[i];
    if (!OPENERS.has(c) && !CLOSERS.has(c)) continue;
    const prev = i > from ? text[i - 1] : ' ';
    const next = i + 1 < to ? text[i + 1] : ' ';
    const canOpen = OPENERS.has(c) && SPACE_BEFORE_OPEN.test(prev) && !/\s/.test(next) && c !== '”' && c !== '»';
    const canClose = CLOSERS.has(c) && !/\s/.test(prev) && (AFTER_CLOSE.test(next) || /["'”’]/.test(next)) && c !== '„' && c !== '«';
    // 'investigators."The agency' or 'said."We': a straight mark glued between a sentence's end and the
    // next word, as copy pasted from the web often has. It closes an open quote, else it opens one.
    const glued = c === '"' && /[.!?,]/.test(prev) && /\p{Lu}/u.test(next);
    if (open < 0) {
      if (canOpen || glued) open = i + 1;
    } else if (canClose || glued || (c === '”' && !canOpen)) {
      out.push({ start: open, end: i });
      open = -1;
    } else if (canOpen) {
      // A second opening mark before any close: the first quote was never closed. End it here.
      out.push({ start: open, end: i });
      open = i + 1;
    }
  }
  // News convention: an unclosed quote runs to the end of its paragraph, and no further. When the
  // attribution sits inside it ("..., Jane Roe said in a statement."), the quote ends before it.
  if (open >= 0) {
    const rest = text.slice(open, to);
    const cut = /[,.]\s+(?:(?:[\p{Lu}][\p{L}'’\-]+|he|she|they)\s+){1,3}(?:said|says|told|added|wrote)\b/u.exec(rest);
    out.push({ start: open, end: cut ? open + cut.index + 1 : to });
  }
  return out;
}

const VERB = [...SPEECH_VERBS].join('|');
// ", said Jane Roe" / ", said spokeswoman Jane Roe," / ", the official said" / ", he added".
const AFTER_VERB_FIRST = new RegExp(`^\\s*[,.!?]?["”’']*\\s*(?:${VERB})\\s+((?:the\\s+|a\\s+)?[^,.;:!?"“”]{1,60}?)(?=[,.;:!?"“”]|$|\\s+(?:in|on|at|to|during|after|before|of|who)\\b)`, 'u');
const AFTER_SUBJECT_FIRST = new RegExp(`^\\s*[,.!?]?["”’']*\\s*((?:[^,.;:!?"“”\\s]+\\s+){0,5}?[^,.;:!?"“”\\s]+)\\s+(?:(?:also|then|later|had|has|have|was|later)\\s+)?(?:${VERB})\\b`, 'u');
// "Jane Roe said:" / "Jane Roe told reporters," / "According to Jane Roe," right before the quote.
const BEFORE = new RegExp(`(?:^|[.;!?]\\s+|,\\s+)((?:[^,.;:!?"“”\\s]+\\s+){0,5}?[^,.;:!?"“”\\s]+)\\s+(?:(?:also|then|later)\\s+)?(?:${VERB})(?:\\s+(?:reporters|journalists|the\\s+\\w+|\\w+\\s+\\w+))?\\s*[,:]?\\s*$`, 'u');
// The dot of "Dr." or "Sen." before a name does not end the speaker: it is hidden while the
// attribution is read, as a one-dot leader, and put back in cleanSpeaker.
const ABBREVIATION_DOT = /\b(Dr|Mr|Mrs|Ms|Prof|Sen|Rep|Gov|Gen|Lt|Col|Capt|Sgt|Cpl|Rev|Adm|Cmdr|Supt|Insp|Det)\.(?=\s+\p{Lu})/gu;
const LEADER = '\u2024';
const ACCORDING = /according to ((?:[^,.;:!?"“”\s]+\s+){0,4}?[^,.;:!?"“”\s]+)\s*,?\s*$/iu;

/**
 * A quote as found in one paragraph, before its speaker is resolved against the rest of the article
 * (a pronoun, or a lead paragraph ending in a colon). Drafts depend only on the paragraph's text, so
 * they can be cached per paragraph.
 */
export interface QuoteDraft {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** Just after the opening mark: "he said" stands for the last person named before this. */
  readonly openAt: number;
  /** Who the paragraph credits, as written; may be a pronoun. */
  readonly speaker?: string;
  /** Nothing credits the quote and it opens the paragraph: a lead paragraph may credit it. */
  readonly wantsLead: boolean;
  /**
   * Nothing next to the quote credits it, but its sentence says earlier who spoke ("Roe told
   * reporters that the plan was “dead on arrival”"): likely that person's words, not certainly.
   */
  readonly reportedBy?: string;
}

export function extractQuotes(path: string, text: string, people: readonly PersonMention[]): Quote[] {
  const paras = paragraphs(text);
  const named = lastNamedBefore(people);
  return paras.flatMap((para, p) => {
    const lead = p > 0 ? leadSpeaker(text, paras[p - 1].start, paras[p - 1].end) : undefined;
    return draftQuotes(text, para.start, para.end).map((d) => resolveQuote(path, d, lead, named));
  });
}

/**
 * The last person named (with evidence that it is a person) before an offset, found by binary
 * search over the mentions by end, so that resolving every "he said" of an article costs a log each.
 */
export function lastNamedBefore(people: readonly PersonMention[]): (offset: number) => PersonMention | undefined {
  const byEnd = people.filter((m) => m.evidence).sort((a, b) => a.end - b.end);
  return (offset) => {
    let lo = 0, hi = byEnd.length;
    while (lo < hi) { const mid = (lo + hi) >> 1; if (byEnd[mid].end <= offset) lo = mid + 1; else hi = mid; }
    return lo > 0 ? byEnd[lo - 1] : undefined;
  };
}

/** The quotes of the paragraph [from, to). */
export function draftQuotes(text: string, from: number, to: number): QuoteDraft[] {
  const out: QuoteDraft[] = [];
  for (const raw of quotesIn(text, from, to)) {
    const span = trimSpan(text, raw.start, raw.end);
    if (span.end <= span.start || words(text, span.start, span.end).length === 0) continue;
    const closeAt = Math.min(raw.end + 1, to);
    const attribution = speakerOf(text, from, raw.start - 1, closeAt, to);
    const atStart = text.slice(from, raw.start - 1).trim() === '';
    const reported = attribution || atStart ? undefined : reporterOf(text, from, raw.start - 1);
    out.push({
      start: span.start, end: span.end, text: text.slice(span.start, span.end), openAt: raw.start, speaker: attribution?.speaker,
      wantsLead: atStart && !attribution, ...(reported ? { reportedBy: reported } : {}),
    });
  }
  return out;
}

/** "Then the city released this statement:" introduces a quote in the next paragraph: who it names. */
export function leadSpeaker(text: string, from: number, to: number): string | undefined {
  return /:\s*$/.test(text.slice(from, to)) ? speakerOf(text, from, to, to, to)?.speaker : undefined;
}

/** A draft with its speaker resolved; `lead` is what the previous paragraph credits, if it ends in a colon. */
export function resolveQuote(path: string, d: QuoteDraft, lead: string | undefined, named: (offset: number) => PersonMention | undefined): Quote {
  let speaker = d.wantsLead ? lead : d.speaker;
  let speakerByPronoun = false;
  // "he said": the pronoun stands for the last person named before the quote.
  const person = (who: string) => (SPEAKER_PRONOUNS.has(who.toLowerCase()) ? named(d.openAt)?.text : who);
  if (speaker && SPEAKER_PRONOUNS.has(speaker.toLowerCase())) {
    speaker = person(speaker);
    speakerByPronoun = true;
  }
  const reportedBy = !speaker && d.reportedBy !== undefined ? person(d.reportedBy) : undefined;
  return { path, start: d.start, end: d.end, text: d.text, speaker, speakerByPronoun, ...(reportedBy ? { reportedBy } : {}) };
}

// A middle initial ("Mark C. Toner") is not the end of a sentence.
const INITIAL_DOT = /(\b\p{Lu}\p{Ll}+\s+\p{Lu})\.(?=\s+\p{Lu}\p{Ll})/gu;
/** Ends of sentences: a full stop (or mark), perhaps a closing quote, then a capital, spaced or glued ("said.He"). */
const SENTENCE_END = /[.!?]["”’]?(?:\s+|(?=\p{Lu}))(?=["“]?\p{Lu})/gu;
// "Jane Roe said", "Jane Roe, the mayor, told reporters", "he added": a name or a pronoun right
// before a speech verb, the subject of the sentence's reporting clause.
const REPORTER = new RegExp(`(?:^|[\\s,])((?:\\p{Lu}[\\p{L}'’\\-]*${LEADER}?\\s+){0,3}\\p{Lu}[\\p{L}'’\\-]+|[Hh]e|[Ss]he)\\s*,?\\s+(?:(?:also|then|later|again)\\s+)?(?:${VERB})\\b`, 'gu');

/**
 * Who the sentence around a quote says was speaking, when nothing next to the quote credits it: the
 * last name or pronoun before a speech verb between the sentence's start and the opening mark. No
 * other quote may stand between them (that one is what the verb introduces).
 */
function reporterOf(text: string, paraStart: number, openAt: number): string | undefined {
  const before = text.slice(Math.max(paraStart, openAt - 300), openAt).replace(ABBREVIATION_DOT, `$1${LEADER}`).replace(INITIAL_DOT, `$1${LEADER}`);
  let from = 0;
  for (const m of before.matchAll(SENTENCE_END)) from = m.index + m[0].length;
  const sentence = before.slice(from);
  // A quote that opens a sentence ('Roe said."We...') is not part of the one before it.
  if (/["“”]/.test(sentence) || /[.!?]\s*$/.test(sentence)) return undefined;
  let last: string | undefined;
  for (const m of sentence.matchAll(REPORTER)) last = m[1];
  return last === undefined ? undefined : cleanSpeaker(last);
}

function speakerOf(text: string, paraStart: number, openAt: number, closeAt: number, paraEnd: number): { speaker: string } | undefined {
  const before = text.slice(Math.max(paraStart, openAt - 120), Math.max(paraStart, openAt)).replace(ABBREVIATION_DOT, `$1${LEADER}`);
  // "Roe said: "..."" introduces the quote explicitly; whatever follows it is about something else.
  const introduced = /:\s*$/.test(before) ? BEFORE.exec(before) : null;
  if (introduced) return { speaker: cleanSpeaker(introduced[1]) };
  // A closing mark glued to the next word ('investigators."The agency said') ends the sentence: what
  // follows credits the next sentence, not this quote.
  const after = /^\p{L}/u.test(text.slice(closeAt, closeAt + 1)) ? '' : text.slice(closeAt, Math.min(paraEnd, closeAt + 120)).replace(ABBREVIATION_DOT, `$1${LEADER}`);
  const subjectFirst = AFTER_SUBJECT_FIRST.exec(after);
  if (subjectFirst && !/[“"]/.test(subjectFirst[0].slice(1))) return { speaker: cleanSpeaker(subjectFirst[1]) };
  const verbFirst = AFTER_VERB_FIRST.exec(after);
  if (verbFirst) return { speaker: cleanSpeaker(verbFirst[1]) };
  const according = ACCORDING.exec(before);
  if (according) return { speaker: cleanSpeaker(according[1]) };
  const b = BEFORE.exec(before);
  if (b) return { speaker: cleanSpeaker(b[1]) };
  return undefined;
}

function cleanSpeaker(s: string): string {
  return s.trim()
    .replaceAll(LEADER, '.')
    .replace(/^(?:but|and|so|then)\s+/i, '')
    // A leading time or place phrase is not the speaker: "Late on Friday the board".
    .replace(/^(?:(?:late|early|earlier|later)\s+)?(?:on|in|at|after|before|during|by)\s+(?:\S+\s+){0,2}?(?=(?:the|a|an)\s)/i, '');
}
