// Closed-class tables for the verb a quantity belongs to (extract/quantities.ts): the verbs that are
// never that predicate, a crude lemma so that forms of one verb key one frame, and the few predicate
// families a count is aligned by.

/** Auxiliaries and speech verbs: never the predicate a quantity is an argument of. */
export const NOT_A_PREDICATE = new Set([
  'be', 'is', 'are', 'was', 'were', 'been', 'being', 'am', "'s", 'has', 'have', 'had', 'having', 'do', 'does', 'did',
  'will', 'would', 'could', 'should', 'can', 'may', 'might', 'must', 'shall', 'said', 'says', 'say', 'told', 'tell',
  'added', 'according', 'reported', 'get', 'got', 'gets',
]);

/** Irregular past forms, so "fled" and "flee" are one predicate. Closed enough for news verbs. */
const IRREGULAR = new Map(Object.entries({
  fled: 'flee', flew: 'fly', flown: 'fly', fell: 'fall', fallen: 'fall', rose: 'rise', risen: 'rise', took: 'take', taken: 'take',
  came: 'come', went: 'go', gone: 'go', ran: 'run', hit: 'hit', brought: 'bring', found: 'find', held: 'hold', left: 'leave',
  paid: 'pay', sold: 'sell', bought: 'buy', won: 'win', lost: 'lose', drove: 'drive', driven: 'drive', sank: 'sink', struck: 'strike',
  shot: 'shoot', began: 'begin', begun: 'begin', grew: 'grow', grown: 'grow', threw: 'throw', spent: 'spend', built: 'build',
  sent: 'send', kept: 'keep', met: 'meet', led: 'lead', set: 'set', put: 'put', cut: 'cut', broke: 'break', broken: 'break',
}));

/** A crude lemma: enough that "traveling", "travels" and "traveled" are one predicate. */
export function lemma(word: string): string {
  const w = word.toLowerCase();
  const irregular = IRREGULAR.get(w);
  if (irregular) return irregular;
  if (w.length <= 4) return w;
  for (const [suffix, cut] of [['ied', 3], ['ies', 3], ['ing', 3], ['ed', 2], ['es', 2], ['s', 1]] as const) {
    if (!w.endsWith(suffix) || w.length - cut < 3) continue;
    let stem = w.slice(0, -cut);
    if (suffix === 'ied' || suffix === 'ies') stem += 'y';
    else if (/([b-df-hj-np-tv-z])\1$/.test(stem) && !/(?:ll|ss|ff|zz)$/.test(stem)) stem = stem.slice(0, -1);
    else if (suffix === 'es' && !/(?:ch|sh|ss|x|z|o)$/.test(stem)) stem = w.slice(0, -1);
    return stem.replace(/e$/, '');
  }
  return w.replace(/e$/, '');
}

/**
 * Predicate families a count is an argument of, by family: the verbs, and the nouns and adjectives
 * that say the same ("killed 36", "36 deaths", "36 dead"). Nouns in singular, verbs in any form.
 */
const PREDICATE_FAMILIES: Record<string, readonly string[]> = {
  killed: ['killed', 'kill', 'killing', 'dead', 'death', 'deaths', 'died', 'die', 'fatality', 'fatalities', 'toll', 'murdered', 'slain', 'lives'],
  injured: ['injured', 'injury', 'injuries', 'wounded', 'wounding', 'hurt', 'hospitalized', 'hospitalised'],
  arrested: ['arrested', 'arrest', 'arrests', 'detained', 'detention', 'custody', 'jailed', 'held'],
  missing: ['missing', 'unaccounted'],
  evacuated: ['evacuated', 'evacuation', 'evacuee', 'displaced'],
};

const FAMILY_OF = new Map<string, string>();
for (const [family, list] of Object.entries(PREDICATE_FAMILIES)) for (const w of list) FAMILY_OF.set(w, family);

/** The predicate family a word belongs to, when it is one of the table's ("deaths" -> "killed"). */
export function familyOf(word: string): string | undefined {
  return FAMILY_OF.get(word.toLowerCase());
}
