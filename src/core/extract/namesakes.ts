// Which person a surname alone stands for when an article names several people who share it. Ages
// ("Sherman, 75,") and quotes ("Sherman said") both need the answer.
import type { PersonMention } from '../types';

/**
 * When an article names several people with one surname ("Sherman, 75," in an article about Barry
 * and Honey Sherman), the surname alone means the one it names at least twice as often as any other,
 * else nobody (null). Undefined when the surname is not shared, so the caller may pick the full name.
 */
export function dominantNamesake(surname: string, people: readonly PersonMention[]): string | null | undefined {
  return dominantAmong(namesakesBySurname(people, surname).get(surname));
}

/**
 * The full names of `people` by their surname, each with how often it is written, in order of first
 * appearance: built once per article, so asking about each quote or age costs one look-up, not a
 * pass over every mention. With `only`, just that surname.
 */
export function namesakesBySurname(people: readonly PersonMention[], only?: string): Map<string, Map<string, number>> {
  const out = new Map<string, Map<string, number>>();
  for (const p of people) {
    if (p.tokens.length < 2) continue;
    const surname = p.tokens[p.tokens.length - 1];
    if (only !== undefined && surname !== only) continue;
    let counts = out.get(surname);
    if (!counts) out.set(surname, (counts = new Map()));
    counts.set(p.text, (counts.get(p.text) ?? 0) + 1);
  }
  return out;
}

/** dominantNamesake on the counts of one surname's full names (see namesakesBySurname). */
export function dominantAmong(namesakes: ReadonlyMap<string, number> | undefined): string | null | undefined {
  if (!namesakes || namesakes.size < 2) return undefined;
  const [first, second] = [...namesakes].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  return first[1] >= 2 * second[1] ? first[0] : null;
}
