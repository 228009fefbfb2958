// Whose a quantity is: the person an age belongs to ("Roe, 73," / "the 72-year-old Roe").
import type { PersonMention } from '../types';
import { dominantNamesake } from './namesakes';

export function endsWithPerson(people: readonly PersonMention[], at: number): boolean {
  return people.some((p) => p.end <= at && at - p.end <= 3 && p.tokens.length >= 1);
}

/**
 * The person an age is about: named right after it ("the 72-year-old Roe"), else the last person
 * named shortly before ("Roe, 73," or "The 73-year-old" opening the next sentence). Returned as the
 * fullest form of the name the article used so far, so people who share a surname stay apart.
 */
export function nearestPerson(people: readonly PersonMention[], text: string, at: number, figureEnd: number): string | undefined {
  const after = people.find((p) => p.start >= figureEnd && p.start - figureEnd <= 20 && /^[\s\p{L}-]*$/u.test(text.slice(figureEnd, p.start)));
  // Before the figure only as "Roe, 73," or "Roe was 73": an age further away may be anyone's.
  const before = [...people].reverse().find((p) => p.end <= at && /^(?:,\s*|\s+(?:is|was|,\s*now)\s+)$/.test(text.slice(p.end, at)));
  const who = after ?? before;
  if (!who) return undefined;
  const surname = who.tokens[who.tokens.length - 1];
  if (who.tokens.length === 1) {
    const namesake = dominantNamesake(surname, people);
    if (namesake !== undefined) return namesake ?? undefined;
  }
  const full = [...people].reverse().find((p) => p.start <= who.start && p.tokens.length > 1 && p.tokens[p.tokens.length - 1] === surname);
  return (full ?? who).text;
}
