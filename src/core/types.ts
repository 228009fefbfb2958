// Plain data shared by the engine, the CLI, the worker and the extension. Offsets are UTF-16 indexes
// into the article text exactly as given (BOM included), `end` exclusive.

export interface Article {
  /** Identity of the article: a file path for the CLI, a URI string in the editor. */
  readonly path: string;
  readonly text: string;
}

export interface Span {
  readonly start: number;
  readonly end: number;
}

export interface PersonMention extends Span {
  readonly path: string;
  /** The name as written, without title, possessive or trailing punctuation. */
  readonly text: string;
  /** Name tokens in order; the last is the surname when there are two or more. */
  readonly tokens: readonly string[];
  /** Title or role written before or after the name ("Foreign Minister"), lower case. */
  readonly title?: string;
  /** A role written before the name from the closed table of roles with sides ("senior author"), or after it in an appositive ("the study's lead author", "the search chief"). */
  readonly role?: string;
  /** Age given next to the name ("Jane Roe, 45,"). */
  readonly age?: number;
  /** Whether the text itself shows this is a person (a title, a speech verb, a known first name). */
  readonly evidence: boolean;
  /** The title is not an office held now: "former", "then-", or a sentence saying the title was given by mistake. */
  readonly notHeld?: boolean;
  /** A one-word mention that is also ordinary vocabulary ("Bars", "Will"): matched to a surname only as written. */
  readonly vocabulary?: boolean;
}

export interface Quote extends Span {
  readonly path: string;
  /** The quoted words, without the quote marks. */
  readonly text: string;
  /** Who the article credits, as written ("Kerry", "the department"); undefined when not stated. */
  readonly speaker?: string;
  /** True when the speaker was resolved through a pronoun ("he said"). */
  readonly speakerByPronoun?: boolean;
  /**
   * When nothing next to the quote credits it: who its sentence says was speaking ("Roe told
   * reporters it was “over”"), a pronoun as its person. Likely, not certain (the subject may be
   * reporting someone else's words), so it is not `speaker`.
   */
  readonly reportedBy?: string;
}

export type ClaimKind = 'count' | 'money' | 'percent' | 'age' | 'date' | 'year' | 'duration' | 'weekday' | 'measure' | 'multiplier' | 'ordinal' | 'time';

export interface Claim extends Span {
  readonly path: string;
  /** The figure with its claim as written ("32 civilian deaths", "killed 36 innocent people"). */
  readonly text: string;
  readonly kind: ClaimKind;
  readonly value: number;
  /** How the figure is hedged: values it is compatible with are [low, high]. */
  readonly low: number;
  readonly high: number;
  /** What is measured, normalised so that the same measure lines up across articles ("killed"). */
  readonly measure: string;
  /**
   * What relation the figure fills, part of its key: for a quantity frame the verb it is an argument
   * of, as a crude lemma ("fled the scene about 4:20 a.m." -> "flee"); for a count inside a phrase of
   * place or means, the preposition ("in two vans" -> "in").
   */
  readonly predicate?: string;
  /**
   * For a count: the family of the predicate it is an argument of ("killed 36", "36 deaths", "36 were
   * killed" -> "killed"), from the closed table in model/verbs.ts; `measure` is then the head noun of
   * what is counted ("people").
   */
  readonly family?: string;
  /** That verb as the article wrote it ("fled"), for messages. */
  readonly predicateWord?: string;
  /** Who or what the figure is about when it is a person's age ("Durst"). */
  readonly about?: string;
  /** Time words in the figure's sentence (or paragraph): "friday", "last month", "2011". */
  readonly when?: readonly string[];
  /** Content words of the figure's sentence, lower case, for telling apart figures about different things. */
  readonly context?: readonly string[];
  /** Surname keys of the people named in the figure's sentence. */
  readonly named?: readonly string[];
  /** Surname keys of the people named elsewhere in its paragraph. */
  readonly namedNearby?: readonly string[];
  /** For a date: the day it names, and the words of its sentence that say which event it dates. */
  readonly date?: EventDate;
  /** For a weekday ("on Monday", "Tuesday's attack"): the day it names and the words of its sentence. */
  readonly weekday?: EventWeekday;
}

export interface EventDate extends EventWords {
  readonly year?: number;
  /** 1 to 12. */
  readonly month: number;
  readonly day?: number;
}

export interface EventWeekday extends EventWords {
  /** 0 for Sunday to 6 for Saturday, as Date.getUTCDay counts. */
  readonly day: number;
  /** "late Monday", "Monday night": near midnight, where another time zone is already a day on or back. */
  readonly nearMidnight?: boolean;
}

/** The words of a dated sentence that say which event it tells of. */
export interface EventWords {
  /** Content words of the sentence, lower case. */
  readonly words: readonly string[];
  /** Those of them written with a capital: names of people, places, organisations. */
  readonly names: readonly string[];
  /** Those within a few words of the date: what it is the date of, when a sentence gives two. */
  readonly near: readonly string[];
}

export type ConflictKind = 'person' | 'quote' | 'number';
export type Severity = 'error' | 'warning' | 'information' | 'hint';

/** Which rule found a conflict; the README documents each under "Rules". */
export type RuleId = 'name-typo' | 'name-case' | 'name-spacing' | 'name-given' | 'name-transliteration' | 'name-style' | 'name-mixup' | 'name-family' | 'title-mismatch' | 'role-mismatch' | 'quote-wording' | 'quote-speaker' | 'figure-mismatch';

export interface Occurrence extends Span {
  readonly path: string;
  readonly text: string;
  /** A name: how this spelling differs from the canonical one (absent on the canonical spelling). */
  readonly rule?: RuleId;
  /** A quote: who this article credits, by canonical name when the person is known. */
  readonly speaker?: string;
  /** A person's office as this article gives it (title-mismatch). */
  readonly title?: string;
}

export interface Conflict {
  readonly kind: ConflictKind;
  /** The rule behind the worst disagreement in this conflict. */
  readonly rule: RuleId;
  readonly severity: Severity;
  readonly message: string;
  readonly subject?: string;
  readonly occurrences: readonly Occurrence[];
}

/** One person across all loaded articles, for hovers. */
export interface Person {
  readonly name: string;
  readonly mentions: readonly PersonMention[];
  readonly titles: readonly string[];
  readonly quotes: readonly Quote[];
}

export interface ArticleFacts {
  readonly path: string;
  readonly title: string;
  readonly people: readonly PersonMention[];
  readonly quotes: readonly Quote[];
  readonly claims: readonly Claim[];
}

export interface Analysis {
  readonly articles: readonly { path: string; title: string }[];
  readonly conflicts: readonly Conflict[];
  readonly people: readonly Person[];
}

export interface Options {
  /** Quotes shorter than this many words are stock phrases and never compared. */
  readonly minQuoteWords: number;
  /** Report house-style name variants ("Bashar Assad" / "Bashar al-Assad"). */
  readonly houseStyle: boolean;
}

export const defaultOptions: Options = { minQuoteWords: 5, houseStyle: false };
