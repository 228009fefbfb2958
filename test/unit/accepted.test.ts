import * as assert from 'assert';
import { acceptEntry, AcceptedVariant, addAccepted, hideAccepted, parseAccepted } from '../../src/core/accepted';
import type { Conflict, Occurrence } from '../../src/core/types';

const at = (path: string, text: string, extra: Partial<Occurrence> = {}): Occurrence => ({ path, start: 0, end: text.length, text, ...extra });
const NAME: Conflict = {
  kind: 'person', rule: 'name-typo', severity: 'warning', subject: 'Halvard Quist', message: '',
  occurrences: [at('a', 'Halvard Quist'), at('b', 'Halvard Quist'), at('c', 'Halvard Qusit', { rule: 'name-typo' }), at('d', 'Halvard Kvist', { rule: 'name-transliteration' })],
};
const CREDIT: Conflict = {
  kind: 'quote', rule: 'quote-speaker', severity: 'warning', message: '',
  occurrences: [at('a', 'Nobody should drive tonight', { speaker: 'Oda Lindqvist' }), at('b', 'Nobody should drive tonight', { speaker: 'Bram Ostrander' })],
};
const FIGURE: Conflict = { kind: 'number', rule: 'figure-mismatch', severity: 'warning', message: '', occurrences: [at('a', '11 boats'), at('b', '14 boats')] };
const ok = (text: string) => { const p = parseAccepted(text); assert.ok(p.ok, JSON.stringify(p)); return p; };

describe('accepted variants', () => {
  it('accepting a variant pairs it with the majority spelling, accepting the majority takes every version', () => {
    assert.deepStrictEqual(acceptEntry(NAME, NAME.occurrences[3]), { kind: 'person', variants: ['Halvard Quist', 'Halvard Kvist'] });
    assert.deepStrictEqual(acceptEntry(NAME, NAME.occurrences[0]).variants, ['Halvard Quist', 'Halvard Qusit', 'Halvard Kvist']);
    assert.deepStrictEqual(acceptEntry(FIGURE).variants, ['11 boats', '14 boats']);
  });

  it('hide a conflict once all its versions are accepted, and keep it while one is not', () => {
    const one = [{ kind: 'person' as const, variants: ['Halvard Quist', 'Halvard Kvist'] }];
    assert.deepStrictEqual(hideAccepted([NAME], one), [NAME]);
    const both = [...one, { kind: 'person' as const, variants: ['halvard  quist', 'Halvard Qusit'] }];
    assert.deepStrictEqual(hideAccepted([NAME, FIGURE], both), [FIGURE]);
  });

  it('apply only to the kind they were accepted for', () => {
    assert.deepStrictEqual(hideAccepted([FIGURE], [{ kind: 'quote', variants: ['11 boats', '14 boats'] }]), [FIGURE]);
    assert.deepStrictEqual(hideAccepted([FIGURE], [{ kind: 'number', variants: ['11 boats', '14 boats'] }]), []);
  });

  it('cover a surname said alone when its full name is accepted', () => {
    const c: Conflict = { ...NAME, occurrences: [at('a', 'Halvard Quist'), at('c', 'Qusit', { rule: 'name-typo' })] };
    assert.deepStrictEqual(hideAccepted([c], [{ kind: 'person', variants: ['Halvard Quist', 'Halvard Qusit'] }]), []);
  });

  it('tell offices apart by title, and leave a conflict alone when no accepted entry touches it', () => {
    const office: Conflict = {
      kind: 'person', rule: 'title-mismatch', severity: 'warning', subject: 'Tomasz Brel', message: '',
      occurrences: [at('a', 'Tomasz Brel', { title: 'foreign minister' }), at('b', 'Tomasz Brel', { title: 'prime minister' })],
    };
    const unrelated = [{ kind: 'person' as const, variants: ['Halvard Quist', 'Halvard Kvist'] }];
    assert.deepStrictEqual(hideAccepted([office], unrelated), [office]);
    const entry = acceptEntry(office, office.occurrences[1]);
    assert.deepStrictEqual(entry.variants, ['foreign minister Tomasz Brel', 'prime minister Tomasz Brel']);
    assert.deepStrictEqual(hideAccepted([office], [...unrelated, entry]), []);
  });

  it('tell roles apart by role, and a family name by its spellings whoever carries them', () => {
    const role: Conflict = {
      kind: 'person', rule: 'role-mismatch', severity: 'warning', subject: 'Ines Valcourt', message: '',
      occurrences: [at('a', 'Ines Valcourt', { title: 'senior study author' }), at('b', 'Ines Valcourt', { title: 'lead author' })],
    };
    const entry = acceptEntry(role, role.occurrences[0]);
    assert.deepStrictEqual(entry.variants, ['lead author Ines Valcourt', 'senior study author Ines Valcourt']);
    assert.deepStrictEqual(hideAccepted([role], [entry]), []);
    const family: Conflict = {
      kind: 'person', rule: 'name-family', severity: 'warning', subject: 'Rossiter', message: '',
      occurrences: [at('a', 'Petra Rosister', { rule: 'name-family' }), at('a', 'Mary Rossiter'), at('a', 'Rossiter')],
    };
    const spelling = acceptEntry(family, family.occurrences[0]);
    assert.deepStrictEqual(spelling.variants, ['Rossiter', 'Rosister']);
    assert.deepStrictEqual(hideAccepted([family], [{ kind: 'person', variants: ['Rossiter', 'Rossitor'] }]), [family]);
    assert.deepStrictEqual(hideAccepted([family], [spelling]), []);
  });

  it('never hide a conflict whose versions it cannot tell apart', () => {
    const same: Conflict = { ...FIGURE, occurrences: [at('a', '11 boats'), at('b', '11 boats')] };
    assert.deepStrictEqual(hideAccepted([same], [{ kind: 'number', variants: ['1', '2'] }]), [same]);
  });

  it('tell quotes credited to different speakers apart by speaker', () => {
    const entry = acceptEntry(CREDIT, CREDIT.occurrences[1]);
    assert.deepStrictEqual(entry.variants, ['Nobody should drive tonight — Oda Lindqvist', 'Nobody should drive tonight — Bram Ostrander']);
    assert.deepStrictEqual(hideAccepted([CREDIT], [{ kind: 'quote', variants: ['Nobody should drive tonight', 'Nobody should drive tonight — Bram Ostrander'] }]), [CREDIT]);
    assert.deepStrictEqual(hideAccepted([CREDIT], [entry]), []);
  });

  it('give each conflict the same answer among many as on its own', () => {
    const office: Conflict = {
      kind: 'person', rule: 'title-mismatch', severity: 'warning', subject: 'Tomasz Brel', message: '',
      occurrences: [at('a', 'Tomasz Brel', { title: 'foreign minister' }), at('b', 'Tomasz Brel', { title: 'prime minister' })],
    };
    const surname: Conflict = { ...NAME, occurrences: [at('a', 'Halvard Quist'), at('c', 'Qusit', { rule: 'name-typo' })] };
    const other: Conflict = { ...NAME, subject: 'Mira Holt', occurrences: [at('a', 'Mira Holt'), at('b', 'Holdt', { rule: 'name-typo' })] };
    const all = [NAME, surname, other, office, CREDIT, FIGURE];
    const entries: AcceptedVariant[] = [
      { kind: 'person', variants: ['Halvard Quist', 'Halvard Qusit', 'Halvard Kvist'] },
      acceptEntry(office), acceptEntry(CREDIT, CREDIT.occurrences[1]),
    ];
    const alone = all.filter((c) => hideAccepted([c], entries).length === 1);
    assert.deepStrictEqual(hideAccepted(all, entries), alone);
    assert.deepStrictEqual(alone, [other, FIGURE], 'only what no entry covers is left');
  });

  it('read the accepted entries once per call, not once per conflict', () => {
    let reads = 0;
    const counted = (e: AcceptedVariant): AcceptedVariant => ({ kind: e.kind, get variants() { reads++; return e.variants; } });
    const entries = [
      { kind: 'person' as const, variants: ['Halvard Quist', 'Halvard Kvist'] },
      { kind: 'number' as const, variants: ['11 boats', '12 boats'] },
      { kind: 'quote' as const, variants: ['Nobody should drive tonight', 'Nobody should drive today'] },
    ].map(counted);
    const many = Array.from({ length: 50 }, () => [NAME, FIGURE, CREDIT]).flat();
    assert.strictEqual(hideAccepted(many, entries).length, many.length);
    // Each entry is read for its own kind's groups: names twice (spelling, office), the others once.
    assert.ok(reads <= 4, `${reads} reads of the entries for ${many.length} conflicts`);
  });

  it('add an entry to the file, keeping what else it holds, and not twice', () => {
    const before = ok('{ "note": "kept", "acceptedVariants": [] }');
    const text = addAccepted(before, { kind: 'number', variants: ['11 boats', '14 boats'] })!;
    assert.deepStrictEqual(JSON.parse(text), { note: 'kept', acceptedVariants: [{ kind: 'number', variants: ['11 boats', '14 boats'] }] });
    assert.strictEqual(addAccepted(ok(text), { kind: 'number', variants: ['14 Boats', '11 boats'] }), undefined);
    assert.ok(addAccepted(ok(''), { kind: 'number', variants: ['1', '2'] }));
  });

  const malformed: [string, string, RegExp][] = [
    ['text that is not JSON', '{ "acceptedVariants": [', /not valid JSON/],
    ['a list at the top', '[]', /JSON object/],
    ['a list that is not a list', '{ "acceptedVariants": {} }', /must be a list/],
    ['an unknown kind', '{ "acceptedVariants": [{ "kind": "gossip", "variants": ["a", "b"] }] }', /entry 1/],
    ['a single variant', '{ "acceptedVariants": [{ "kind": "person", "variants": ["a"] }] }', /two or more/],
    ['a variant that is not text', '{ "acceptedVariants": [{ "kind": "person", "variants": ["a", 2] }] }', /strings/],
  ];
  for (const [name, text, reason] of malformed) {
    it(`reject a file with ${name}, saying why`, () => {
      const p = parseAccepted(text);
      assert.ok(!p.ok);
      assert.match(p.reason, reason);
    });
  }
});
