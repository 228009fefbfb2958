// Which person a surname alone stands for when an article names several people who share it. Ages
// ("Sherman, 75,") and quotes ("Sherman said") both need the answer.
import type { PersonMention } from '../types';

/**
 * When an article names several people with one surname ("Sherman, 75," in an article about Barry
 * and Honey Sherman), the surname alone means the one it names at least twice as often as any other,
 * else nobody (null). Undefined when the surname is not shared, so the caller may pick the full name.
 */
export function dominantNamesake(surname: string, people: readonly PersonMention[]): string | null | undefined {
  const namesakes = new Map<string, number>();
  for (const p of people) if (p.tokens.length > 1 && p.tokens[p.tokens.length - 1] === surname) namesakes.set(p.text, (namesakes.get(p.text) ?? 0) + 1);
  if (namesakes.size < 2) return undefined;
  const [first, second] = [...namesakes].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  return first[1] >= 2 * second[1] ? first[0] : null;
}
