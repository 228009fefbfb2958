import * as assert from 'assert';
import { AnalysisSession } from '../../src/analysisSession';
import { hash64 } from '../../src/core/hash';
import { FactStore, Storage } from '../../src/factStore';
import type { FromWorker, ToWorker } from '../../src/protocol';

// Two invented reports that disagree on a toll; each has a few paragraphs.
const A = { path: 'a.txt', text: 'Ferry runs aground off Tessel Point\n\nCoastguard officer Ilse Vandermeer said the grounding injured 12 passengers.\n\nTugs reached the ferry before noon.\n' };
const B = { path: 'b.txt', text: 'Passengers hurt as ferry grounds\n\nCoastguard officer Ilse Vandermeer said the grounding injured 15 passengers.\n\nThe ferry was refloated at high tide.\n' };

function memoryStorage(): Storage & { files: Map<string, Uint8Array> } {
  const files = new Map<string, Uint8Array>();
  return {
    files,
    read: async (name) => files.get(name),
    write: async (name, data) => { files.set(name, data); },
    remove: async (name) => { files.delete(name); },
  };
}

/** Runs requests through a session and resolves with every message it posted, once it answered the last one. */
function run(session: (post: (m: FromWorker) => void) => AnalysisSession, requests: ToWorker[]): Promise<FromWorker[]> {
  return new Promise((resolve) => {
    const posted: FromWorker[] = [];
    const last = requests[requests.length - 1] as { id: number };
    const s = session((m) => {
      posted.push(m);
      if (m.id === last.id && (m.type === 'result' || m.type === 'error')) setTimeout(() => resolve(posted), 20);
    });
    for (const r of requests) s.receive(r);
  });
}

/** A request loading `articles`, sending the texts of `changed` (all of them by default). */
const analyse = (id: number, articles: { path: string; text: string }[], changed = articles): ToWorker =>
  ({ type: 'analyse', id, upsert: changed, paths: articles.map((a) => a.path), options: {} });
/** As the host sees it: the disk cache stores JSON, where a key holding undefined is simply absent. */
const plain = (x: unknown) => JSON.parse(JSON.stringify(x));
const resultOf = (posted: FromWorker[]) => posted.find((m): m is Extract<FromWorker, { type: 'result' }> => m.type === 'result')!;

describe('analysis worker session', () => {
  it('answers a request with the conflicts between the articles', async () => {
    const posted = await run((post) => new AnalysisSession(post), [analyse(1, [A, B])]);
    const res = resultOf(posted);
    assert.strictEqual(res.id, 1);
    assert.deepStrictEqual(res.analysis.conflicts.map((c) => c.kind), ['number']);
  });

  it('drops a request superseded while it runs and answers the newer one', async () => {
    const edited = { ...B, text: B.text.replace('15 passengers', '12 passengers') };
    const posted = await run((post) => new AnalysisSession(post, undefined, false, 0), [analyse(1, [A, B]), analyse(2, [A, edited], [edited])]);
    assert.deepStrictEqual(posted.filter((m) => m.type !== 'progress').map((m) => [m.type, m.id]), [['superseded', 1], ['result', 2]]);
    assert.deepStrictEqual(resultOf(posted).analysis.conflicts, []);
  });

  it('starts from the disk cache without parsing, with the same results', async () => {
    const storage = memoryStorage();
    const cold = resultOf(await run((post) => new AnalysisSession(post, new FactStore(storage, 'v1')), [analyse(1, [A, B])]));
    assert.ok(cold.stats.parsed > 0);
    assert.strictEqual(storage.files.size, 2);
    const warm = resultOf(await run((post) => new AnalysisSession(post, new FactStore(storage, 'v1')), [analyse(1, [A, B])]));
    assert.deepStrictEqual(warm.stats, { parsed: 0, fromDisk: 2, rejected: 0 });
    assert.deepStrictEqual(plain(warm.analysis), plain(cold.analysis));
  });

  it('never uses an entry made by another engine version', async () => {
    const storage = memoryStorage();
    await run((post) => new AnalysisSession(post, new FactStore(storage, 'v1')), [analyse(1, [A, B])]);
    const other = resultOf(await run((post) => new AnalysisSession(post, new FactStore(storage, 'v2')), [analyse(1, [A, B])]));
    assert.strictEqual(other.stats.fromDisk, 0);
    assert.ok(other.stats.parsed > 0);
  });

  // Each way an entry can go bad, applied to a.txt's entry; the article must be parsed again, give
  // the same facts, and leave a good entry behind.
  const damage: [string, (json: string) => string][] = [
    ['cut short', (j) => j.slice(0, j.length / 2)],
    ['not JSON at all', () => '\u0000\u0001binary'],
    ['from another engine, under this engine\'s name', (j) => j.replace('"engine":"v1"', '"engine":"v0"')],
    ['with a span that no longer reads back its text', (j) => j.replace('"text":"Ilse Vandermeer"', '"text":"Ilse Vandermeir"')],
    ['with an offset outside its paragraph', (j) => j.replace(/"end":(\d+)/, '"end":99999')],
    ['with a paragraph hash that does not match', (j) => { let n = 0; return j.replace(/"hash":"[0-9a-f]{4}/g, (m) => (n++ ? '"hash":"ffff' : m)); }],
    ['valid JSON of the wrong shape', () => '{"format":1,"engine":"v1","paragraphs":[{}]}'],
  ];
  for (const [how, spoil] of damage) {
    it(`ignores and rebuilds a cache entry ${how}`, async () => {
      const storage = memoryStorage();
      const cold = resultOf(await run((post) => new AnalysisSession(post, new FactStore(storage, 'v1')), [analyse(1, [A, B])]));
      const name = `v1/${hash64(A.text)}.json`;
      storage.files.set(name, new TextEncoder().encode(spoil(new TextDecoder().decode(storage.files.get(name)))));
      const again = resultOf(await run((post) => new AnalysisSession(post, new FactStore(storage, 'v1')), [analyse(1, [A, B])]));
      assert.strictEqual(again.stats.fromDisk, 1);
      assert.strictEqual(again.stats.rejected, 1);
      assert.ok(again.stats.parsed > 0);
      assert.deepStrictEqual(plain(again.analysis), plain(cold.analysis));
      await new Promise((r) => setTimeout(r, 20));
      const third = resultOf(await run((post) => new AnalysisSession(post, new FactStore(storage, 'v1')), [analyse(1, [A, B])]));
      assert.deepStrictEqual(third.stats, { parsed: 0, fromDisk: 2, rejected: 0 });
    });
  }

  it('replaces an edited article\'s entry instead of keeping one per version', async () => {
    const storage = memoryStorage();
    const edited = { ...A, text: A.text.replace('before noon', 'at noon') };
    await run((post) => new AnalysisSession(post, new FactStore(storage, 'v1')), [analyse(1, [A, B]), analyse(2, [edited, B], [edited])]);
    await new Promise((r) => setTimeout(r, 20));
    assert.strictEqual(storage.files.size, 2);
  });

  it('ignores fault requests unless test hooks were asked for', async () => {
    const posted = await run((post) => new AnalysisSession(post), [{ type: 'fault', fault: 'hang' }, analyse(1, [A])]);
    assert.strictEqual(resultOf(posted).id, 1);
  });
});
