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
    // An article that gives one person two offices may be right about both (or be about two people):
    // only articles that each give one office are compared.
    const single = [...byPath.values()].filter((offices) => offices.size === 1).map((offices) => [...offices][0]);
    if (new Set(single.map(([office]) => office)).size < 2) return;
    const members = single.map(([, m]) => m).sort(byPlace);
    const titles = [...new Set(members.map((m) => m.title!))];
    out.push({
      kind: 'person',
      rule: 'title-mismatch',
      severity: 'warning',
      subject: names[i],
      message: `${names[i]} is given different offices: ${titles.map((t) => `"${t}"`).join(' vs ')}`,
      occurrences: members.map((m) => ({ ...occurrence(m), title: m.title })),
    });
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
      const single = [...byPath.values()].filter((sides) => sides.size === 1).map((sides) => [...sides][0]);
      if (new Set(single.map(([side]) => side)).size < 2) continue;
      const members = single.map(([, m]) => m).sort(byPlace);
      const roles = [...new Set(members.map((m) => m.role!))];
      out.push({
        kind: 'person',
        rule: 'role-mismatch',
        severity: 'warning',
        subject: names[i],
        message: `${names[i]} is given different roles: ${roles.map((t) => `"${t}"`).join(' vs ')}`,
        occurrences: members.map((m) => ({ ...occurrence(m), title: m.role })),
      });
    }
  });
  return out;
}
