// Accepted variants: versions a team has decided are fine ("Sergey" as well as "Sergei"), kept in a
// workspace file (.crosscheck.json) that can be committed. Parsing, adding an entry and hiding what
// is accepted are plain functions; the file itself is handled in acceptedFile.ts.
import { majority } from './match/occurrences';
import type { Conflict, ConflictKind, Occurrence } from './types';

export const ACCEPTED_FILE = '.crosscheck.json';

/** Versions of one name, quote or figure that are all acceptable, whichever article uses them. */
export interface AcceptedVariant {
  readonly kind: ConflictKind;
  readonly variants: readonly string[];
}

export type Parsed = { ok: true; accepted: AcceptedVariant[]; json: Record<string, unknown> } | { ok: false; reason: string };

const KINDS: readonly string[] = ['person', 'quote', 'number'];
const norm = (s: string) => s.replace(/\s+/g, ' ').trim().toLowerCase();
const lastWord = (s: string) => norm(s).split(' ').pop()!;

export function parseAccepted(text: string): Parsed {
  if (!text.trim()) return { ok: true, accepted: [], json: {} };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    return { ok: false, reason: `it is not valid JSON (${(e as Error).message})` };
  }
  if (!json || typeof json !== 'object' || Array.isArray(json)) return { ok: false, reason: 'it must hold a JSON object' };
  const list = (json as Record<string, unknown>).acceptedVariants ?? [];
  if (!Array.isArray(list)) return { ok: false, reason: '"acceptedVariants" must be a list' };
  for (const [i, e] of list.entries()) {
    const ok = e && typeof e === 'object' && KINDS.includes((e as AcceptedVariant).kind) && Array.isArray((e as AcceptedVariant).variants)
      && (e as AcceptedVariant).variants.length >= 2 && (e as AcceptedVariant).variants.every((v) => typeof v === 'string');
    if (!ok) return { ok: false, reason: `entry ${i + 1} of "acceptedVariants" needs a "kind" (person, quote or number) and two or more "variants" (strings)` };
  }
  return { ok: true, accepted: list as AcceptedVariant[], json: json as Record<string, unknown> };
}

/** What an occurrence is a version of: its text, or for a quote credited to different speakers, the speaker too. */
export function variantKey(c: Conflict, o: Occurrence): string {
  if (c.rule === 'quote-speaker') return `${o.text} — ${o.speaker ?? 'unattributed'}`;
  if (c.rule === 'title-mismatch' || c.rule === 'role-mismatch') return `${o.title ?? 'no title'} ${o.text}`;
  // A family name spelled two ways: the versions are the two surnames, whoever carries them.
  if (c.rule === 'name-family') return o.text.split(/\s+/).pop()!;
  return o.text;
}

/** The version most articles use (a name's canonical spelling when the engine gives one). */
export function preferredKey(c: Conflict): string {
  const keys = c.occurrences.map((o) => variantKey(c, o));
  return c.kind === 'person' && c.subject && keys.includes(c.subject) ? c.subject : majority(keys);
}

/**
 * Accepting one occurrence makes it an acceptable variant of the preferred version; accepting the
 * preferred version itself, or a whole conflict, accepts every version in it.
 */
export function acceptEntry(c: Conflict, o?: Occurrence): AcceptedVariant {
  const all = [...new Set(c.occurrences.map((x) => variantKey(c, x)))];
  const preferred = preferredKey(c);
  const mine = o && variantKey(c, o);
  return { kind: c.kind, variants: mine && norm(mine) !== norm(preferred) ? [preferred, mine] : all };
}

/** The file's new text with the entry added; other keys are kept. Undefined when it is already accepted. */
export function addAccepted(parsed: Extract<Parsed, { ok: true }>, entry: AcceptedVariant): string | undefined {
  const want = new Set(entry.variants.map(norm));
  const known = parsed.accepted.some((e) => e.kind === entry.kind && [...want].every((v) => e.variants.map(norm).includes(v)));
  if (known) return undefined;
  const json = { ...parsed.json, acceptedVariants: [...parsed.accepted, { kind: entry.kind, variants: [...entry.variants] }] };
  return `${JSON.stringify(json, null, 2)}\n`;
}

/** Which normalised versions agree with each other: a union-find. */
class Agreement {
  readonly #parent = new Map<string, string>();

  find(k: string): string {
    let root = k;
    for (let p = this.#parent.get(root); p !== undefined && p !== root; p = this.#parent.get(root)) root = p;
    // Later finds from anywhere on this path take one step.
    for (let x = k; x !== root;) { const next = this.#parent.get(x)!; this.#parent.set(x, root); x = next; }
    return root;
  }

  union(a: string, b: string): void {
    const ra = this.find(a), rb = this.find(b);
    if (ra !== rb) this.#parent.set(ra, rb);
  }
}

/** Conflicts left once accepted variants are treated as agreeing with each other. */
export function hideAccepted(conflicts: readonly Conflict[], accepted: readonly AcceptedVariant[]): Conflict[] {
  if (!accepted.length) return [...conflicts];
  // What the accepted entries make equal, built once per call for each way of comparing, not once per conflict.
  const built = new Map<string, Agreement>();
  const agreement = (kind: ConflictKind, spelling: boolean): Agreement => {
    const key = spelling ? 'spelling' : kind;
    let a = built.get(key);
    if (a) return a;
    built.set(key, (a = new Agreement()));
    for (const e of accepted) {
      if (e.kind !== kind) continue;
      const [first, ...rest] = e.variants;
      for (const v of rest) {
        a.union(norm(first), norm(v));
        // An accepted full name covers its surname said alone ("Carvahlo" with "Ines Carvahlo").
        if (spelling) a.union(lastWord(first), lastWord(v));
      }
    }
    return a;
  };
  return conflicts.filter((c) => {
    // Versions that look alike already (a rule whose difference the key does not show) stay reported.
    if (new Set(c.occurrences.map((o) => norm(variantKey(c, o)))).size < 2) return true;
    const spelling = c.kind === 'person' && c.rule !== 'title-mismatch' && c.rule !== 'role-mismatch';
    const shared = agreement(c.kind, spelling);
    // A full name agrees with its own surname said alone: true of this conflict's names only, so
    // joined over the shared groups rather than into them.
    const own = new Agreement();
    if (spelling) for (const o of c.occurrences) own.union(shared.find(norm(o.text)), shared.find(lastWord(o.text)));
    return new Set(c.occurrences.map((o) => own.find(shared.find(norm(variantKey(c, o)))))).size > 1;
  });
}
