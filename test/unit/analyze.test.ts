import * as assert from 'assert';
import { analyze, FactsCache } from '../../src/core';

// Three short invented reports of one storm, with planted disagreements and traps.
const A = {
  path: 'a.txt',
  text: [
    'Storm batters Kelling Bay',
    '',
    'Harbour master Annika Solberg said the storm sank 11 boats overnight.',
    '"We moved every trawler we could into the inner basin before midnight," Solberg told reporters.',
    'The council closed three roads. "Nobody should drive to the coast tonight," said Solberg.',
  ].join('\n'),
};
const B = {
  path: 'b.txt',
  text: [
    'Boats lost as storm hits Kelling Bay',
    '',
    'Harbour master Annika Sollberg counted 14 boats sunk in the bay.',
    '"We moved every fishing boat we could into the inner basin before midnight," Solberg said.',
    'The council closed 3 roads near the coast.',
  ].join('\n'),
};
const C = {
  path: 'c.txt',
  text: [
    'Kelling Bay cleans up',
    '',
    'Deputy mayor Piet Arkwright asked drivers to stay away.',
    '"Nobody should drive to the coast tonight," Arkwright said.',
  ].join('\n'),
};

describe('analyze: conflicts across articles', () => {
  const result = analyze([A, B, C]);
  const byKind = (k: string) => result.conflicts.filter((c) => c.kind === k);

  it('reports a misspelt name once, with both spellings', () => {
    const [p, ...rest] = byKind('person');
    assert.deepStrictEqual(rest, []);
    assert.deepStrictEqual([...new Set(p.occurrences.map((o) => o.text))].sort(), ['Annika Solberg', 'Annika Sollberg']);
  });

  it('reports a reworded quote with the differing words', () => {
    const reworded = byKind('quote').find((c) => /quoted differently/.test(c.message));
    assert.ok(reworded, JSON.stringify(byKind('quote')));
    assert.match(reworded.message, /"trawler" vs "fishing boat"/);
    assert.deepStrictEqual(reworded.occurrences.map((o) => o.path), ['a.txt', 'b.txt']);
  });

  it('reports the same words credited to two speakers', () => {
    const credited = byKind('quote').find((c) => /credited/.test(c.message));
    assert.ok(credited, JSON.stringify(byKind('quote')));
    assert.match(credited.message, /Annika Solberg/);
    assert.match(credited.message, /Piet Arkwright/);
  });

  it('reports two figures for one count, and not "three" against "3"', () => {
    const numbers = byKind('number');
    assert.strictEqual(numbers.length, 1, JSON.stringify(numbers));
    assert.deepStrictEqual(numbers[0].occurrences.map((o) => o.text), ['11 boats', '14 boats']);
  });

  it('gives offsets that point at the reported text', () => {
    const texts = new Map([A, B, C].map((x) => [x.path, x.text]));
    for (const c of result.conflicts) for (const o of c.occurrences) assert.strictEqual(texts.get(o.path)!.slice(o.start, o.end), o.text);
  });

  it('groups mentions of one person, surname-only ones included, for hovers', () => {
    const solberg = result.people.find((p) => p.name === 'Annika Solberg');
    assert.ok(solberg);
    assert.ok(solberg.mentions.some((m) => m.text === 'Solberg'));
    assert.ok(solberg.quotes.length >= 2);
  });

  it('does not compare figures anchored to different times', () => {
    const x = { path: 'x', text: 'Last month, troops killed 40 protesters in the port.' };
    const y = { path: 'y', text: 'On Friday, troops killed 12 protesters near the square.' };
    assert.deepStrictEqual(analyze([x, y]).conflicts, []);
    const z = { path: 'z', text: 'Last month, troops killed 12 protesters in the port.' };
    assert.strictEqual(analyze([x, z]).conflicts.length, 1);
  });

  it('compares figures for a bare noun only when their sentences share a word', () => {
    const x = { path: 'x', text: 'The rescue firm keeps six helicopters on standby near the coast.' };
    const y = { path: 'y', text: 'Five helicopters were on standby for the rescue.' };
    const z = { path: 'z', text: 'Five helicopters flew over the parade in June.' };
    assert.strictEqual(analyze([x, y]).conflicts.length, 1);
    assert.deepStrictEqual(analyze([x, z]).conflicts, []);
  });

  describe('lines up figures for a bare noun through a person named by both', () => {
    const credited = { path: 'x', text: 'Fleet chief Ivo Ostrowski said in a call that his company owns six tugboats it can send.' };
    const cases: [string, string, number][] = [
      ['the other paragraph names that person after the figure', 'The operator will keep five tugboats ready near the port. Ostrowski said it would be a busy week.', 1],
      ['the other sentence names them too', 'Five tugboats stand ready near the port, Ostrowski told reporters.', 1],
      ['the person is named only in another paragraph', 'The operator will keep five tugboats ready near the port.\n\nOstrowski said it would be a busy week.', 0],
      ['another person is named beside the figure', 'The operator will keep five tugboats ready near the port. Ortega said it would be a busy week.', 0],
    ];
    for (const [label, other, conflicts] of cases) {
      it(`${conflicts ? 'reports' : 'does not report'} when ${label}`, () => {
        const found = analyze([credited, { path: 'y', text: other }]).conflicts.filter((c) => c.kind === 'number');
        assert.deepStrictEqual(found.map((c) => c.occurrences.map((o) => o.text.toLowerCase())), conflicts ? [['six tugboats', 'five tugboats']] : []);
      });
    }

    it('does not count a person named only beside both figures, not with either', () => {
      const a = { path: 'a', text: 'Ostrowski spoke first. The company owns six tugboats it can send.' };
      const b = { path: 'b', text: 'The operator will keep five tugboats ready near the port. Ostrowski said it would be a busy week.' };
      assert.deepStrictEqual(analyze([a, b]).conflicts.filter((c) => c.kind === 'number'), []);
    });
  });

  it('treats a speaker phrase with a determiner as an organisation', () => {
    const x = { path: 'x', text: 'Press officer Lotte Brink spoke. "The dam will stay closed until the divers report back," Brink said.' };
    const y = { path: 'y', text: 'The water board said: "The dam will stay closed until the divers report back."' };
    const [c] = analyze([x, y]).conflicts;
    assert.match(c.message, /credited to Lotte Brink and to the board|credited to the board and to Lotte Brink/);
  });

  it('reports house-style name variants only when asked, as hints', () => {
    const x = { path: 'x', text: 'Envoy Samir al-Haddad arrived on Monday.' };
    const y = { path: 'y', text: 'Envoy Samir Haddad arrived on Monday.' };
    assert.deepStrictEqual(analyze([x, y]).conflicts, []);
    const [c] = analyze([x, y], { houseStyle: true }).conflicts;
    assert.strictEqual(c.severity, 'hint');
  });

  it('classifies a transliteration as information', () => {
    const x = { path: 'x', text: 'Minister Yevgeny Marchenko spoke.' };
    const y = { path: 'y', text: 'Minister Yevgeniy Marchenko spoke.' };
    assert.strictEqual(analyze([x, y]).conflicts[0].severity, 'information');
  });

  it('takes the spelling most mentions use, surname-only ones included, as the right one', () => {
    const x = { path: 'x', text: 'Inspector Marta Kowalczyk led the search. Kowalczyk said the river was calm. Later Kowalczyk said it rose.' };
    const y = { path: 'y', text: 'Inspector Marta Kowalcyzk led the search on Monday.' };
    const [c] = analyze([x, y]).conflicts.filter((k) => k.kind === 'person');
    assert.strictEqual(c.subject, 'Marta Kowalczyk');
    assert.deepStrictEqual(c.occurrences.filter((o) => o.rule === 'name-typo').map((o) => o.text), ['Marta Kowalcyzk']);
  });

  it('on a tie, takes the longer spelling, since a dropped letter is the commonest slip', () => {
    const x = { path: 'x', text: 'Inspector Marta Kowalczyk led the search.' };
    const y = { path: 'y', text: 'Inspector Marta Kowalcyk led the search.' };
    const [c] = analyze([x, y]).conflicts.filter((k) => k.kind === 'person');
    assert.strictEqual(c.subject, 'Marta Kowalczyk');
  });

  it('on a tie in the given name too, takes the longer spelling', () => {
    const x = { path: 'x', text: 'Minister Andrei Volkov arrived.' };
    const y = { path: 'y', text: 'Minister Andei Volkov arrived.' };
    const [c] = analyze([x, y]).conflicts.filter((k) => k.kind === 'person');
    assert.strictEqual(c.subject, 'Andrei Volkov');
    assert.deepStrictEqual(c.occurrences.filter((o) => o.rule).map((o) => o.text), ['Andei Volkov']);
  });

  it('reports a misspelt full name against a surname that is only ever written alone', () => {
    const x = { path: 'x', text: 'Inspector Bruno Kasprazk led the search. The river was calm, said Kasprzak. It rose later, said Kasprzak.' };
    const [c] = analyze([x]).conflicts.filter((k) => k.kind === 'person');
    assert.strictEqual(c.subject, 'Bruno Kasprzak');
    assert.deepStrictEqual(c.occurrences.map((o) => [o.text, o.rule]), [['Bruno Kasprazk', 'name-typo'], ['Kasprzak', undefined], ['Kasprzak', undefined]]);
  });

  it('reports a surname alone with other vowels than the full name in its own article, as information', () => {
    const x = { path: 'x', text: 'Chef Lorenzo Castellani opened the hall. Lorenzo Castellani cooked. "The hall is full," Castallini said.' };
    const [c] = analyze([x]).conflicts.filter((k) => k.kind === 'person');
    assert.strictEqual(c.severity, 'information');
    assert.deepStrictEqual(c.occurrences.map((o) => [o.text, o.rule]), [['Lorenzo Castellani', undefined], ['Lorenzo Castellani', undefined], ['Castallini', 'name-transliteration']]);
  });

  it('does not place a surname alone by a near spelling from another article', () => {
    const x = { path: 'x', text: 'Chef Lorenzo Castellani opened the hall.' };
    const y = { path: 'y', text: '"The hall is full," Castallini said.' };
    assert.deepStrictEqual(analyze([x, y]).conflicts.filter((k) => k.kind === 'person'), []);
  });

  it('finds nothing when articles agree', () => {
    assert.deepStrictEqual(analyze([A, { path: 'd.txt', text: A.text }]).conflicts, []);
  });

  it('reuses cached facts for unchanged articles', () => {
    const cache = new FactsCache();
    analyze([A, B], {}, cache);
    const before = cache.get(A);
    analyze([A, { ...B, text: `${B.text}\nMore later.` }], {}, cache);
    assert.strictEqual(cache.get(A), before);
  });

  it('copes with empty, unbalanced and punctuation-only articles', () => {
    const odd = [{ path: 'e', text: '' }, { path: 'f', text: '"""“““' }, { path: 'g', text: '\uFEFF"Unclosed quote that runs on\n\n' }, { path: 'h', text: '....!!!,,,' }];
    assert.doesNotThrow(() => analyze([...odd, A]));
  });

  it('names the person whose age differs, whatever order the articles come in', () => {
    const a = { path: 'a', text: 'Tomas Varga, 61, said so. Mayor Ada Quist, 56, said the pier would reopen.' };
    const b = { path: 'b', text: 'Mayor Ada Quist, 54, said the pier would reopen.' };
    for (const list of [[a, b], [b, a]]) {
      assert.deepStrictEqual(analyze(list).conflicts.map((c) => c.message), ['Figures disagree for the age of Ada Quist: "56" vs "54"']);
    }
  });

  it('words a quote conflict the same whatever order the articles come in', () => {
    const a = { path: 'a', text: '"We will rebuild the harbour wall before the winter," Mayor Ada Quist said.' };
    const b = { path: 'b', text: '"We will rebuild the harbour wall before winter," fire chief Tomas Varga said.' };
    const c = { path: 'c', text: '"We will rebuild the harbour wall before the winter," fire chief Tomas Varga said.' };
    const messages = (list: { path: string; text: string }[]) => analyze(list).conflicts.map((x) => x.message);
    assert.deepStrictEqual(messages([c, b, a]), messages([a, b, c]));
    assert.deepStrictEqual(messages([b, a]), ['Quoted differently: "the" vs "—"']);
  });

  it('lists the spellings of a name in the same order whatever order the articles come in', () => {
    const a = { path: 'a', text: 'Mayor Sergei Varga said the pier would reopen.' };
    const b = { path: 'b', text: 'Mayor Sergey Varga said the pier would reopen.' };
    assert.strictEqual(analyze([a, b]).conflicts[0].message, analyze([b, a]).conflicts[0].message);
  });

  it('names the kinds of spelling difference in the same order whatever order the articles come in', () => {
    const a = { path: 'a', text: 'Mayor Sergey Quist said the pier would reopen. Mayor Sergei Quist said so.' };
    const b = { path: 'b', text: 'Sergei Qvist, 61, said the pier would reopen.' };
    const message = analyze([a, b]).conflicts.find((c) => c.kind === 'person')!.message;
    assert.match(message, /\(likely typo; transliteration differs\)/);
    assert.strictEqual(analyze([b, a]).conflicts.find((c) => c.kind === 'person')!.message, message);
  });
});
