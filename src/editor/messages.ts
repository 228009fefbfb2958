// Diagnostic messages for one occurrence of a conflict: what is written here, and what the other
// articles write instead ("Spelled 'Segei Lavrov' here; 'Sergei Lavrov' in 2 other articles").
// No vscode import: article labels come in as a function, so this is unit-tested.
import type { Conflict, Occurrence } from '../core/types';
import { RULES, ruleOf } from './rules';
import { wordingChangesFrom } from './wordings';

export type Label = (path: string) => string;

const q = (s: string) => `'${s.replace(/\s+/g, ' ').trim()}'`;
const fold = (s: string) => s.replace(/\s+/g, ' ').trim().toLowerCase();

/** Where a version is written, seen from the article `here`. */
export function where(paths: readonly string[], here: string, label: Label): string {
  const others = [...new Set(paths.filter((p) => p !== here))];
  const elsewhere = others.length === 1 ? `in ${label(others[0])}` : `in ${others.length} other articles`;
  if (!paths.includes(here)) return elsewhere;
  return others.length ? `elsewhere here and ${elsewhere}` : 'elsewhere in this article';
}

type Version = { value: string; first: Occurrence; paths: string[] };
/**
 * Versions by folded key, per conflict and per way of keying: computed once per conflict rather than
 * once per occurrence, so a conflict across hundreds of articles costs linear time, not quadratic.
 */
const grouped = new WeakMap<Conflict, Map<string, Map<string, Version>>>();

/** The other versions in a conflict: each distinct key but this one's, with the articles that use it. */
function versions(c: Conflict, o: Occurrence, key: (x: Occurrence) => string | undefined, keyName: string): Version[] {
  const byConflict = grouped.get(c) ?? grouped.set(c, new Map()).get(c)!;
  let groups = byConflict.get(keyName);
  if (!groups) {
    groups = new Map();
    for (const x of c.occurrences) {
      const k = key(x);
      if (k === undefined) continue;
      const v = groups.get(fold(k)) ?? { value: k, first: x, paths: [] };
      v.paths.push(x.path);
      groups.set(fold(k), v);
    }
    byConflict.set(keyName, groups);
  }
  const mine = key(o);
  return [...groups].filter(([k]) => mine === undefined || k !== fold(mine)).map(([, v]) => v);
}

/** A surname alone agrees with the full name it ends ("Carvahlo" with "Ines Carvahlo"). */
function sameSpelling(a: string, b: string): boolean {
  const wa = fold(a).split(' '), wb = fold(b).split(' ');
  return wa.join(' ') === wb.join(' ') || ((wa.length === 1 || wb.length === 1) && wa[wa.length - 1] === wb[wb.length - 1]);
}

export function occurrenceMessage(c: Conflict, o: Occurrence, label: Label): string {
  switch (ruleOf(c, o)) {
    case 'quote-wording': return wordingMessage(c, o, label);
    case 'quote-speaker': return speakerMessage(c, o, label);
    case 'figure-mismatch': return figureMessage(c, o, label);
    case 'title-mismatch': return titleMessage(c, o, label);
    case 'role-mismatch': return titleMessage(c, o, label);
    case 'name-family': return familyMessage(c, o, label);
    case 'name-mixup': return mixupMessage(c, o, label);
    default: return spellingMessage(c, o, label);
  }
}

function spellingMessage(c: Conflict, o: Occurrence, label: Label): string {
  const all = versions(c, o, (x) => (sameSpelling(x.text, o.text) ? undefined : x.text), `spelling:${o.text}`);
  // A surname said alone is covered by the full name it ends.
  const others = all.filter((v) => v.value.includes(' ') || !all.some((w) => w !== v && w.value.includes(' ') && sameSpelling(w.value, v.value)));
  if (!others.length) return c.message;
  // A misspelt mention says what is wrong with it once; the majority spelling says it per variant.
  const parts = others.map((v) => `${q(v.value)} ${where(v.paths, o.path, label)}${o.rule ? '' : ` (${RULES[ruleOf(c, v.first)].title})`}`);
  return `Spelled ${q(o.text)} here; ${parts.join(', ')}${o.rule ? ` (${RULES[o.rule].title})` : ''}`;
}

function wordingMessage(c: Conflict, o: Occurrence, label: Label): string {
  const changesTo = wordingChangesFrom(o.text);
  const parts: string[] = [];
  for (const v of versions(c, o, (x) => x.text, 'text')) {
    const changes = changesTo(v.value);
    if (!changes) continue;
    const [here, there] = changes[0];
    parts.push(`${q(here || '—')} here, ${q(there || '—')} ${where(v.paths, o.path, label)}`);
  }
  const who = o.speaker ?? c.subject;
  const lead = who ? `${who} quoted differently` : 'Quoted differently';
  return parts.length ? `${lead}: ${parts.join('; ')}` : c.message;
}

function speakerMessage(c: Conflict, o: Occurrence, label: Label): string {
  const others = versions(c, o, (x) => x.speaker ?? '', 'speaker');
  const here = o.speaker ? `Credited to ${o.speaker} here` : 'Not credited to anyone here';
  const parts = others.map((v) => (v.value ? `to ${v.value} ${where(v.paths, o.path, label)}` : `to no one ${where(v.paths, o.path, label)}`));
  return parts.length ? `${here}; ${parts.join(', ')}` : c.message;
}

function figureMessage(c: Conflict, o: Occurrence, label: Label): string {
  const others = versions(c, o, (x) => x.text, 'text');
  const about = c.subject ? ` for ${c.subject}` : '';
  return others.length ? `Figure${about} differs: ${q(o.text)} here; ${others.map((v) => `${q(v.value)} ${where(v.paths, o.path, label)}`).join(', ')}` : c.message;
}

function titleMessage(c: Conflict, o: Occurrence, label: Label): string {
  const others = versions(c, o, (x) => x.title, 'title');
  if (!o.title || !others.length) return c.message;
  return `Called ${q(o.title)} here; ${others.map((v) => `${q(v.value)} ${where(v.paths, o.path, label)}`).join(', ')} (${RULES[c.rule].title})`;
}

/** A family name: the odd spelling here, and how the rest of the article writes it. */
function familyMessage(c: Conflict, o: Occurrence, label: Label): string {
  const title = RULES['name-family'].title;
  const surname = (x: Occurrence) => x.text.split(/\s+/).pop()!;
  const odd = c.occurrences.filter((x) => x.rule), family = c.occurrences.filter((x) => !x.rule);
  if (!odd.length || !family.length) return c.message;
  if (o.rule) return `Family name spelled ${q(surname(o))} here; ${q(surname(family[0]))} ${family.length} times ${where(family.map((x) => x.path), o.path, label)}, as in ${q(family[0].text)} (${title})`;
  return `Family name spelled ${q(surname(odd[0]))} in ${q(odd[0].text)} ${where(odd.map((x) => x.path), o.path, label)} (${title})`;
}

/** A wrong name: the full name it slips on, in this article, and the person's own name elsewhere. */
function mixupMessage(c: Conflict, o: Occurrence, label: Label): string {
  const title = RULES['name-mixup'].title;
  if (!o.rule) {
    const wrong = c.occurrences.filter((x) => x.rule);
    return `Also called ${[...new Set(wrong.map((x) => q(x.text)))].join(', ')} ${where(wrong.map((x) => x.path), o.path, label)} (${title})`;
  }
  const right = c.occurrences.filter((x) => !x.rule);
  const mine = right.filter((x) => x.path === o.path);
  const others = right.filter((x) => x.path !== o.path);
  const parts = [`Called ${q(o.text)} here`];
  if (mine.length) parts.push(`a slip on the middle name in ${q(mine[0].text)} elsewhere here`);
  if (others.length) parts.push(`${[...new Set(others.map((x) => q(x.text)))].join(', ')} ${where(others.map((x) => x.path), o.path, label)}`);
  return `${parts.join('; ')} (${title})`;
}
