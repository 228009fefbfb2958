import * as assert from 'assert';
import { articleNames, Entry, folderKind, looksLikeProse } from '../../src/editor/folderKind';

/** Entries from names; a trailing slash marks a folder. */
const ls = (...names: string[]): Entry[] => names.map((n) => ({ name: n.replace(/\/$/, ''), folder: n.endsWith('/') }));

describe('telling a folder of articles from a code repository', () => {
  // [label, the folder's entries, the folders above it (nearest first), kind, article names]
  const cases: [string, Entry[], Entry[][], string, string[]][] = [
    ['four .txt articles', ls('ferry.txt', 'harbour.txt', 'wire.txt', 'council.txt'), [], 'articles', ['council.txt', 'ferry.txt', 'harbour.txt', 'wire.txt']],
    ['.txt, .md and .article files mixed, with a notes folder', ls('a.txt', 'b.md', 'c.article', 'notes/', 'photo.jpg'), [], 'articles', ['a.txt', 'b.md', 'c.article']],
    ['articles beside a README and a LICENSE, which are not articles', ls('README.md', 'LICENSE.txt', 'one.txt', 'two.txt'), [], 'articles', ['one.txt', 'two.txt']],
    ['a single article is nothing to compare', ls('one.txt', 'image.png'), [], 'other', ['one.txt']],
    ['a README beside a package.json', ls('README.md', 'CHANGELOG.md', 'package.json', 'docs/'), [], 'code', []],
    ['docs/*.md beside a package.json one level up', ls('guide.md', 'faq.md', 'setup.md'), [ls('README.md', 'package.json', 'docs/')], 'code', []],
    ['markdown two levels below a Cargo.toml', ls('a.md', 'b.md'), [ls('x/'), ls('Cargo.toml', 'src/')], 'code', []],
    ['notes beside source files', ls('notes.txt', 'todo.txt', 'main.py'), [], 'code', []],
    ['a go.mod', ls('one.md', 'two.md', 'go.mod'), [], 'code', []],
    ['a Visual Studio project file', ls('one.txt', 'two.txt', 'App.csproj'), [], 'code', []],
    ['a .github folder above', ls('one.md', 'two.md'), [ls('.github/', 'docs/')], 'code', []],
    ['a git repository of articles only (.git alone is no code)', ls('.git/', 'one.txt', 'two.txt', '.gitignore'), [], 'articles', ['one.txt', 'two.txt']],
    ['a CHANGELOG.md alone says project', ls('CHANGELOG.md', 'one.md', 'two.md'), [], 'code', []],
    ['hidden files are not articles', ls('.draft.txt', 'one.txt'), [], 'other', ['one.txt']],
  ];
  for (const [label, entries, above, kind, names] of cases) {
    it(label, () => {
      const k = folderKind(entries, above, 200);
      assert.strictEqual(k.kind, kind);
      if (k.kind !== 'code') assert.deepStrictEqual(k.names, names);
    });
  }

  it('takes a folder with more articles than the file limit for an archive, not a folder of articles', () => {
    const many = ls(...Array.from({ length: 12 }, (_, i) => `story-${i}.txt`));
    assert.strictEqual(folderKind(many, [], 12).kind, 'articles');
    assert.strictEqual(folderKind(many, [], 11).kind, 'other');
  });

  it('lists the article names sorted, case-insensitively by extension', () => {
    assert.deepStrictEqual(articleNames(ls('b.TXT', 'a.Md', 'c.json', 'requirements.txt', 'd/')), ['a.Md', 'b.TXT']);
  });
});

describe('telling prose from other text', () => {
  const prose = 'The harbour master said the ferries would sail again on Monday. Crews checked every ramp overnight, '
    + 'and the council thanked them for working through the storm. Passengers were told to arrive early because '
    + 'the first crossings would be full.';
  const cases: [string, string, boolean][] = [
    ['a paragraph of news', prose, true],
    ['a Markdown article with a heading and emphasis', `# Ferries back\n\n${prose.replace('every ramp', '*every* ramp')}`, true],
    ['a short note', 'Call the harbour office. Ask about Monday.', false],
    ['a list of words without sentences', Array.from({ length: 40 }, (_, i) => `item${i} value`).join('\n'), false],
    ['a log', Array.from({ length: 20 }, (_, i) => `[2024-01-0${i % 9}] {"level":"info","msg":"ferry ${i} ok"}; code=${i}`).join('\n'), false],
    ['source code', 'function sail(ferry) { if (ferry.ready) { return ferry.go(); } else { return wait(ferry); } }\n'.repeat(10), false],
  ];
  for (const [label, text, want] of cases) it(label, () => assert.strictEqual(looksLikeProse(text), want));
});
