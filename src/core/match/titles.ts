// Reports one person given different offices by different articles ("Foreign Minister Tomasz Brel"
// / "Prime Minister Tomasz Brel"). Only offices from model/offices.ts count: most job titles
// ("spokesman" / "press secretary", "archaeologist" / "anthropologist") describe one job two ways.
import { officeOf } from '../model/offices';
import { roleOf } from '../model/roles';
import type { Conflict, PersonMention } from '../types';
import { byPlace, occurrence } from './occurrences';
import type { PersonCluster } from './people';

export function titleConflicts(clusters: readonly PersonCluster[], names: readonly string[]): Conflict[] {
  const out: Conflict[] = [];
  clusters.forEach((c, i) => {
    const byPath = new Map<string, Map<string, PersonMention>>();
    for (const m of [...c.full, ...c.partial].sort(byPlace)) {
      const office = m.title && !m.notHeld && officeOf(m.title);
      if (!office) continue;
      const offices = byPath.get(m.path) ?? new Map<string, PersonMention>();
      if (!offices.has(office)) offices.set(office, m);
      byPath.set(m.path, offices);
    }
    const conflict = oneValuePerArticle(byPath, 'title-mismatch', names[i], 'offices', (m) => m.title!);
    if (conflict) out.push(conflict);
  });
  return out;
}

/**
 * Reports one person given two sides of one role by different articles ("senior study author" /
 * "study lead author"). Like offices, only articles that each give the person one side are compared.
 */
export function roleConflicts(clusters: readonly PersonCluster[], names: readonly string[]): Conflict[] {
  const out: Conflict[] = [];
  clusters.forEach((c, i) => {
    // group -> path -> side -> first mention giving it
    const byGroup = new Map<string, Map<string, Map<string, PersonMention>>>();
    for (const m of [...c.full, ...c.partial].sort(byPlace)) {
      const r = m.role && roleOf(m.role);
      if (!r) continue;
      const byPath = byGroup.get(r.group) ?? byGroup.set(r.group, new Map()).get(r.group)!;
      const sides = byPath.get(m.path) ?? byPath.set(m.path, new Map()).get(m.path)!;
      if (!sides.has(r.side)) sides.set(r.side, m);
    }
    for (const byPath of byGroup.values()) {
      const conflict = oneValuePerArticle(byPath, 'role-mismatch', names[i], 'roles', (m) => m.role!);
      if (conflict) out.push(conflict);
    }
  });
  return out;
}

/**
 * An article that gives one person two values (offices, sides of a role) may be right about both, or
 * be about two people: only articles that each give one value are compared.
 */
function oneValuePerArticle(byPath: ReadonlyMap<string, ReadonlyMap<string, PersonMention>>, rule: 'title-mismatch' | 'role-mismatch', name: string, what: string, shown: (m: PersonMention) => string): Conflict | undefined {
  const single = [...byPath.values()].filter((values) => values.size === 1).map((values) => [...values][0]);
  if (new Set(single.map(([value]) => value)).size < 2) return undefined;
  const members = single.map(([, m]) => m).sort(byPlace);
  const written = [...new Set(members.map(shown))];
  return {
    kind: 'person',
    rule,
    severity: 'warning',
    subject: name,
    message: `${name} is given different ${what}: ${written.map((t) => `"${t}"`).join(' vs ')}`,
    occurrences: members.map((m) => ({ ...occurrence(m), title: shown(m) })),
  };
}
