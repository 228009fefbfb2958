// Forms of one English word that say the same thing: a contraction and its full form ("it's" / "it
// is"), British and American spelling ("honour" / "honor"). Quotes are compared on these canonical
// forms, so two renderings of one remark that differ only in house style line up word for word.
// Closed classes of English only.

/**
 * Grammar words (determiners, pronouns, auxiliaries, prepositions, conjunctions): a closed class
 * whose members are close in spelling ("this" / "these", "were" / "where") but never variants of
 * one another.
 */
export const GRAMMAR_WORDS = new Set([
  'a', 'an', 'the', 'this', 'that', 'these', 'those', 'there', 'their', 'theirs', 'then', 'than', 'them',
  'they', 'he', 'she', 'we', 'me', 'my', 'i', 'you', 'your', 'yours', 'our', 'ours', 'his', 'her', 'hers',
  'its', 'it', 'us', 'him', 'who', 'whom', 'whose', 'what', 'when', 'where', 'were', 'which', 'while',
  'was', 'is', 'are', 'be', 'been', 'being', 'am', 'has', 'have', 'had', 'having', 'do', 'does', 'did',
  'done', 'will', 'would', 'shall', 'should', 'can', 'could', 'may', 'might', 'must', 'not', 'no', 'nor',
  'now', 'new', 'know', 'knew', 'of', 'off', 'on', 'one', 'once', 'in', 'into', 'onto', 'to', 'too', 'two',
  'for', 'from', 'form', 'by', 'with', 'within', 'without', 'at', 'as', 'if', 'or', 'and', 'but', 'so',
  'some', 'same', 'any', 'all', 'each', 'every', 'more', 'most', 'less', 'least', 'many', 'much', 'very',
  'here', 'how', 'why', 'out', 'our', 'over', 'ever', 'even', 'never', 'only', 'also', 'just', 'still',
  'about', 'after', 'before', 'again', 'against', 'because', 'though', 'through', 'thought', 'tough',
]);

/** Pronouns and the like whose "'s" is "is" ("it's", "that's"); after a noun it is a possessive. */
const IS_BEFORE = new Set([
  'it', 'that', 'there', 'here', 'what', 'who', 'where', 'he', 'she', 'how', 'when', 'why', 'this',
  'everything', 'nothing', 'something', 'everyone', 'everybody', 'nobody', 'someone', 'somebody', 'one',
]);
const IRREGULAR_NOT: Record<string, string[]> = { "can't": ['can', 'not'], cannot: ['can', 'not'], "won't": ['will', 'not'], "shan't": ['shall', 'not'] };
const SUFFIX: Record<string, string> = { "'re": 'are', "'ve": 'have', "'ll": 'will', "'m": 'am', "'d": 'would' };

/** A folded word as the words it contracts: "don't" → ["do", "not"]; any other word as itself. */
export function expandContraction(word: string): string[] {
  const irregular = IRREGULAR_NOT[word];
  if (irregular) return irregular;
  if (word === "let's") return ['let', 'us'];
  if (word.length > 3 && word.endsWith("n't")) return [word.slice(0, -3), 'not'];
  const apostrophe = word.lastIndexOf("'");
  if (apostrophe <= 0) return [word];
  const stem = word.slice(0, apostrophe), suffix = word.slice(apostrophe);
  if (SUFFIX[suffix]) return [stem, SUFFIX[suffix]];
  if (suffix === "'s" && IS_BEFORE.has(stem)) return [stem, 'is'];
  return [word];
}

const WHOLE: Record<string, string> = {
  grey: 'gray', judgement: 'judgment', programme: 'program', programmes: 'programs', aluminium: 'aluminum',
  cheque: 'check', tyre: 'tire', tyres: 'tires', kerb: 'curb', plough: 'plow', storey: 'story', whilst: 'while',
  amongst: 'among', towards: 'toward', afterwards: 'afterward', okay: 'ok',
};

/** A folded word in American spelling, by the regular British endings; other words unchanged. */
export function spellingKey(word: string): string {
  const whole = WHOLE[word];
  if (whole) return whole;
  if (word.length < 5) return word;
  return word
    // honour, favourite, neighbours: "our" inside a longer word (not "your", "four", "hour", "tour").
    .replace(/^(.{3,})our(s|ed|ing|ite|ites|able|ably|er|ers|hood|hoods|less)?$/, '$1or$2')
    // organise, analyse, organisation.
    .replace(/^(.{2,})is(e|es|ed|ing|er|ers|ation|ations)$/, '$1iz$2')
    .replace(/^(.{2,})ys(e|es|ed|ing)$/, '$1yz$2')
    // centre, theatre, fibre.
    .replace(/^(.{2,})([tb])re(s)?$/, '$1$2er$3')
    .replace(/^(def|off|lic|pret)ence(s)?$/, '$1ense$2')
    // travelled, cancelling, modeller.
    .replace(/^(.{3,}[ae])ll(ed|ing|er|ers)$/, '$1l$2');
}
