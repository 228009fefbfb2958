// How two spellings of a name relate. Jaro-Winkler and Damerau-Levenshtein come from talisman, a
// maintained collection of string metrics, rather than being written again here.
import jaroWinkler from 'talisman/metrics/jaro-winkler';
import damerauLevenshtein from 'talisman/metrics/damerau-levenshtein';
import { fold } from './text';

/** Folds spellings that differ only by transliteration convention: Sergey/Sergei, Yelena/Elena (a leading Ye), Mohammed/Muhammad, Qasim/Kasim. */
export function translitKey(word: string): string {
  return fold(word)
    .replace(/['’\-\s.]/g, '')
    .replace(/kh/g, 'h').replace(/dj/g, 'j').replace(/q/g, 'k').replace(/ou/g, 'u').replace(/ph/g, 'f').replace(/w/g, 'v')
    .replace(/y/g, 'i').replace(/^ie/, 'e').replace(/ie/g, 'i').replace(/ei/g, 'i').replace(/ii/g, 'i')
    .replace(/(.)\1+/g, '$1');
}

/** Consonant skeleton: Mursi, Morsi and Morsy share one; Segei and Sergei do not. */
export function skeleton(word: string): string {
  return translitKey(word).replace(/[aeiou]/g, '').replace(/^(.)/, '$1');
}

/** The part of a surname compared across articles: no article or particle ("al-Assad" -> "assad"). */
export function surnameKey(word: string): string {
  return fold(word).replace(/^(?:al|el|ad|as|an|ar|at|az|ash|bin|ibn|abu|ul)[-\s]/, '').replace(/[-'’\s.]/g, '');
}

export type Variation = 'same' | 'case' | 'spacing' | 'typo' | 'transliteration' | 'different';

/** Particles that open a surname ("De Luca", "van Gogh", "al-Assad"); lower case. */
export const SURNAME_PARTICLES = new Set(['al', 'el', 'bin', 'ibn', 'abu', 'de', 'da', 'di', 'del', 'della', 'van', 'von', 'der', 'den', 'le', 'la', 'du', 'dos', 'das', 'ter', 'ten', 'st', 'mc', 'mac', 'o']);
// Arabic articles are written joined, hyphened or spaced by house style ("al-Assad", "Al Assad"); other
// particles belong to how a family spells its name ("DeLuca" is not "De Luca").
const ARTICLE = /^(?:al|el|ad|as|an|ar|at|az|ash|bin|ibn|abu|ul)$/;
const compact = (w: string) => fold(w).replace(/[-'’\s.]/g, '');
/** How a surname splits into words: "De Luca" -> de|luca, "al-Assad" -> al|assad. */
const parts = (w: string) => fold(w).split(/[-\s]+/).filter(Boolean);

const memo = new Map<string, Variation>();

/** Classifies two spellings of what may be one name word. Memoised: clustering asks about the same pairs often. */
export function compareNameWords(a: string, b: string): Variation {
  const key = `${a}\u0000${b}`;
  let v = memo.get(key);
  if (v === undefined) {
    if (memo.size > 50000) memo.clear();
    v = classify(a, b);
    memo.set(key, v);
  }
  return v;
}

function classify(a: string, b: string): Variation {
  if (a === b) return 'same';
  if (fold(a) === fold(b)) {
    // Accents and curly apostrophes are typography; a lower-case particle is house style ("van Gogh").
    const straight = (w: string) => w.replace(/[’‘`]/g, "'");
    if (straight(a) === straight(b) || straight(a).toLowerCase() !== straight(b).toLowerCase()) return 'same';
    return parts(a).slice(0, -1).some((p) => SURNAME_PARTICLES.has(p)) ? 'same' : 'case';
  }
  if (compact(a) === compact(b)) return spacingOnly(a, b);
  const fa = surnameKey(a), fb = surnameKey(b);
  if (fa === fb) return 'same';
  // Names do not take a plural: "Alert" / "Alerts" is a common noun, not a misspelt name.
  if (fa + 's' === fb || fb + 's' === fa) return 'different';
  // Two neighbouring letters swapped is a slip of the keyboard, whatever the letters, even where
  // the transliteration rules would fold both ("Greiner" / "Griener": ei and ie both fold to i).
  if (isTransposition(fa, fb)) return 'typo';
  // The same letters in another order ("Sementilli" / "Semintelli"): a slip, not another alphabet.
  if (fa.length >= 5 && [...fa].sort().join('') === [...fb].sort().join('') && damerauLevenshtein(fa, fb) <= 2) return 'typo';
  if (translitKey(a) === translitKey(b)) return 'transliteration';
  const sa = skeleton(a), sb = skeleton(b);
  // Same consonants, different vowels: a transliteration (Hisham/Hesham, Volodymyr/Vladimir).
  if (sa === sb && sa.length >= 3 && fa[0] === fb[0] && Math.abs(fa.length - fb.length) <= 2) return 'transliteration';
  const d = damerauLevenshtein(fa, fb);
  const shorter = Math.min(fa.length, fb.length);
  // One slip of the keyboard in a word long enough that it cannot be another name by chance.
  if (shorter >= 4 && d === 1) return 'typo';
  if (shorter >= 7 && d === 2 && jaroWinkler(fa, fb) >= 0.9) return 'typo';
  return 'different';
}

/** Two spellings with the same letters: only an Arabic article's spacing is house style; "DeLuca" / "De Luca" is not. */
function spacingOnly(a: string, b: string): Variation {
  const pa = parts(a), pb = parts(b);
  if (pa.length === pb.length && pa.join(' ') === pb.join(' ')) return 'same';
  const split = pa.length > pb.length ? pa : pb;
  return split.length > 1 && ARTICLE.test(split[0]) ? 'same' : 'spacing';
}

function isTransposition(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  const diff = [...a].map((c, i) => (c === b[i] ? -1 : i)).filter((i) => i >= 0);
  return diff.length === 2 && diff[1] === diff[0] + 1 && a[diff[0]] === b[diff[1]] && a[diff[1]] === b[diff[0]];
}

/** Whether two given names can belong to one person: equal, a variant, an initial, or a short form (Dan/Daniel). */
export function givenNamesCompatible(a: string, b: string): boolean {
  const fa = fold(a).replace(/\.$/, ''), fb = fold(b).replace(/\.$/, '');
  if (fa.length === 1 || fb.length === 1) return fa[0] === fb[0];
  if (fa.startsWith(fb) || fb.startsWith(fa)) return Math.min(fa.length, fb.length) >= 3;
  return compareNameWords(a, b) !== 'different';
}

/** Keys two words share when one edit (a letter changed, added, dropped or two swapped) turns one into the other. */
export function deletionKeys(word: string): string[] {
  const keys = [word];
  for (let i = 0; i < word.length; i++) keys.push(word.slice(0, i) + word.slice(i + 1));
  return keys;
}
