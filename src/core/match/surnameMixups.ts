// A person printed with another person's surname: one article has "spokesman Jim Rowe", another, which
// also names the mayor Tom Hale, writes "spokesman Jim Hale". Same given name, same role, and the
// surname of somebody that article names: a writer's mix-up, not a second spokesman.
import { fold } from '../text';
import type { Conflict, PersonMention } from '../types';
import { byPlace, occurrence } from './occurrences';
import { PersonCluster, roleHead } from './people';
import { surnameKey } from '../names';

const surnameOf = (m: PersonMention) => surnameKey(m.tokens[m.tokens.length - 1]);

/**
 * Reports a person (the "wrong" cluster) named in one article only, with one surname, that shares a
 * given name and a role with a person of another surname named in other articles, never in that one,
 * when the wrong surname is that of a third person named in the wrong cluster's own article. Blocked
 * by given name and role, so only people who share both are compared.
 */
export function surnameMixups(clusters: readonly PersonCluster[], names: readonly string[]): Conflict[] {
  const info = clusters.map((c) => {
    const paths = new Set(c.full.map((m) => m.path));
    const surnames = new Set(c.full.map(surnameOf));
    const roles = new Set(c.full.map(roleHead).filter((r): r is string => !!r));
    const given = new Set(c.full.map((m) => fold(m.tokens[0]).replace(/\.$/, '')).filter((g) => g.length > 2));
    // Where the person is named at all, by surname alone too: an article that names both knows them apart.
    const named = new Set([...c.full, ...c.partial].map((m) => m.path));
    return { paths, named, surnames, roles, given };
  });
  // Who each surname belongs to in each article: "is this surname somebody else's here?"
  const bySurnamePath = new Map<string, Set<number>>();
  info.forEach((x, i) => { for (const s of x.surnames) for (const p of x.paths) (bySurnamePath.get(`${s}\u0000${p}`) ?? bySurnamePath.set(`${s}\u0000${p}`, new Set()).get(`${s}\u0000${p}`)!).add(i); });
  const blocks = new Map<string, number[]>();
  info.forEach((x, i) => { for (const g of x.given) for (const r of x.roles) (blocks.get(`${g}\u0000${r}`) ?? blocks.set(`${g}\u0000${r}`, []).get(`${g}\u0000${r}`)!).push(i); });
  const found = new Map<number, number>();
  for (const list of blocks.values()) {
    if (list.length < 2) continue;
    for (const w of list) {
      const wrong = info[w];
      if (wrong.paths.size !== 1 || wrong.surnames.size !== 1) continue;
      const [path] = wrong.paths, [surname] = wrong.surnames;
      // The surname belongs to somebody else in this very article.
      const owners = [...(bySurnamePath.get(`${surname}\u0000${path}`) ?? [])].filter((o) => o !== w);
      if (!owners.length) continue;
      const rights = list.filter((r) => r !== w && !info[r].named.has(path) && ![...info[r].surnames].some((s) => wrong.surnames.has(s)) && !owners.includes(r));
      if (rights.length === 1) found.set(w, rights[0]);
    }
  }
  const out: Conflict[] = [];
  for (const [w, r] of found) {
    // Both ways round would be two people who each could be the other: say nothing.
    if (found.get(r) === w) continue;
    const wrong = clusters[w].full, right = [...clusters[r].full].sort(byPlace);
    const firstBy = new Map<string, PersonMention>();
    for (const m of right) if (!firstBy.has(m.path)) firstBy.set(m.path, m);
    out.push({
      kind: 'person',
      rule: 'name-mixup',
      severity: 'warning',
      subject: names[r],
      message: `${names[r]} is also called "${wrong[0].text}", with the surname of another person that article names`,
      occurrences: [...wrong.map((m) => ({ ...occurrence(m), rule: 'name-mixup' as const })), ...[...firstBy.values()].map(occurrence)].sort(byPlace),
    });
  }
  return out;
}
