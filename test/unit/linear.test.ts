import * as assert from 'assert';
import { match } from '../../src/core/analyze';
import { lastNamedBefore, resolveQuote } from '../../src/core/extract/quotes';
import { defaultOptions } from '../../src/core/types';
import type { ArticleFacts, PersonMention, Quote } from '../../src/core/types';

// Work, not time: the engine reads an article's mentions a bounded number of times however many
// quotes it has. Counted through a proxy on the list of mentions, at two sizes: a pass over every
// mention per quote would read K x K of them and quadruple when K doubles.

const SYLLABLES = ['ba', 'de', 'fi', 'go', 'ku', 'la', 'me', 'ni', 'po', 'ru', 'sa', 'te', 'vi', 'zo'];
/** An invented name word for n: a few syllables, capitalised, different for every n. */
function nameWord(n: number): string {
  let s = '';
  for (let k = n + 1; k > 0; k = Math.floor(k / SYLLABLES.length)) s += SYLLABLES[k % SYLLABLES.length];
  return s[0].toUpperCase() + s.slice(1) + 'n';
}

function counted<T>(items: T[]): { list: T[]; reads: () => number } {
  let reads = 0;
  const list = new Proxy(items, {
    get(target, key, receiver) {
      if (typeof key === 'string' && /^\d+$/.test(key)) reads++;
      return Reflect.get(target, key, receiver);
    },
  });
  return { list, reads: () => reads };
}

function mention(path: string, start: number, text: string, evidence = true): PersonMention {
  return { path, start, end: start + text.length, text, tokens: text.split(' '), evidence };
}

/** An article naming k people and quoting each, credited by full name, by surname and by a title. */
function article(path: string, k: number): { facts: ArticleFacts; reads: () => number } {
  const people: PersonMention[] = [];
  const quotes: Quote[] = [];
  for (let i = 0; i < k; i++) {
    const given = nameWord(3 * i), surname = nameWord(3 * i + 1);
    const at = i * 200;
    people.push(mention(path, at, `${given} ${surname}`), mention(path, at + 100, surname));
    const speaker = i % 3 === 0 ? `${given} ${surname}` : i % 3 === 1 ? surname : `Mr ${surname}`;
    quotes.push({ path, start: at + 120, end: at + 160, text: `the harbour stays shut until the ${nameWord(i).toLowerCase()} pumps work`, speaker });
  }
  const { list, reads } = counted(people);
  return { facts: { path, title: path, people: list, quotes, claims: [] }, reads };
}

describe('work per article grows with its size, not its square', () => {
  it('reads each mention of an article a bounded number of times, however many quotes it has', () => {
    const readsAt = (k: number) => {
      const big = article('big.txt', k), small = article('small.txt', 3);
      const analysis = match([big.facts, small.facts], defaultOptions);
      // Every credit names someone the article names: each quote found its person.
      const credited = analysis.people.reduce((n, p) => n + p.quotes.filter((q) => q.path === 'big.txt').length, 0);
      assert.strictEqual(credited, k);
      return big.reads();
    };
    const [r1, r2] = [readsAt(400), readsAt(800)];
    assert.ok(r1 <= 20 * 2 * 400, `${r1} reads for 800 mentions`);
    assert.ok(r2 / r1 < 2.5, `${r1} reads at 400 people, ${r2} at 800`);
  });

  it('finds the person a pronoun stands for by search, and the same one a scan would', () => {
    const readsAt = (k: number) => {
      const people: PersonMention[] = [];
      for (let i = 0; i < k; i++) people.push(mention('a.txt', i * 50, `${nameWord(i)} ${nameWord(i + k)}`, i % 4 !== 3));
      const { list, reads } = counted(people);
      const named = lastNamedBefore(list);
      for (let q = 0; q < k; q++) {
        const openAt = q * 50 + (q % 2 ? 45 : 5);
        const quote = resolveQuote('a.txt', { start: openAt, end: openAt + 3, text: 'yes', openAt, speaker: q % 2 ? 'she' : 'They', wantsLead: false }, undefined, named);
        const scan = [...people].reverse().find((p) => p.end <= openAt && p.evidence);
        assert.strictEqual(quote.speaker, scan?.text);
        assert.strictEqual(quote.speakerByPronoun, true);
      }
      return reads();
    };
    const [r1, r2] = [readsAt(500), readsAt(1000)];
    assert.ok(r2 / r1 < 2.5, `${r1} reads at 500 mentions, ${r2} at 1,000`);
  });
});
