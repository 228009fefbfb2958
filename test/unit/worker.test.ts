import * as assert from 'assert';
import { AnalysisSession, InitMessage, sessionLoop } from '../../src/worker/analysisSession';
import { hash64 } from '../../src/core/hash';
import { FactStore, Storage } from '../../src/worker/factStore';
import type { FromWorker, ToWorker } from '../../src/worker/protocol';

// Two invented reports that disagree on a toll; each has a few paragraphs.
const A = { path: 'a.txt', text: 'Ferry runs aground off Tessel Point\n\nCoastguard officer Ilse Vandermeer said the grounding injured 12 passengers.\n\nTugs reached the ferry before noon.\n' };
const B = { path: 'b.txt', text: 'Passengers hurt as ferry grounds\n\nCoastguard officer Ilse Vandermeer said the grounding injured 15 passengers.\n\nThe ferry was refloated at high tide.\n' };

function memoryStorage(): Storage & { files: Map<string, Uint8Array>; reads: string[]; writes: string[] } {
  const files = new Map<string, Uint8Array>();
  const reads: string[] = [], writes: string[] = [];
  return {
    files, reads, writes,
    read: async (name) => { reads.push(name); return files.get(name); },
    write: async (name, data) => { writes.push(name); files.set(name, data); },
    remove: async (name) => { files.delete(name); },
  };
}

/** The names of article entries only, leaving out the analysis entry written beside them. */
const articleEntries = (names: Iterable<string>) => [...names].filter((n) => !n.includes('/analysis-'));
/** Forgets the last session's analysis, so the next start reads the articles' entries (what a test of those needs). */
const dropAnalyses = (storage: { files: Map<string, Uint8Array> }) => { for (const n of [...storage.files.keys()]) if (n.includes('/analysis-')) storage.files.delete(n); };

/** Writes new cache entries as soon as an analysis is done, for tests that look at the disk right after. */
const SAVE_AT_ONCE = { saveDelayMs: 0 };
/** Writes only when the test flushes: the quiet time never ends within a test. */
const SAVE_ON_FLUSH = { saveDelayMs: 60_000 };

/** A session answering one request at a time, as the host sends them while the user types. */
function typing(store: FactStore) {
  const waiting = new Map<number, () => void>();
  const session = new AnalysisSession((m) => { if (m.type === 'result' || m.type === 'error') waiting.get(m.id)?.(); }, store, SAVE_ON_FLUSH);
  const send = (r: ToWorker) => new Promise<void>((resolve) => { waiting.set((r as { id: number }).id, resolve); session.receive(r); });
  return { session, send };
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
    const posted = await run((post) => new AnalysisSession(post, undefined, { sliceMs: 0 }), [analyse(1, [A, B]), analyse(2, [A, edited], [edited])]);
    assert.deepStrictEqual(posted.filter((m) => m.type !== 'progress').map((m) => [m.type, m.id]), [['superseded', 1], ['result', 2]]);
    assert.deepStrictEqual(resultOf(posted).analysis.conflicts, []);
  });

  it('starts from the disk cache without parsing, with the same results', async () => {
    const storage = memoryStorage();
    const cold = resultOf(await run((post) => new AnalysisSession(post, new FactStore(storage, 'v1'), SAVE_AT_ONCE), [analyse(1, [A, B])]));
    assert.ok(cold.stats.parsed > 0);
    assert.strictEqual(articleEntries(storage.files.keys()).length, 2);
    dropAnalyses(storage);
    const warm = resultOf(await run((post) => new AnalysisSession(post, new FactStore(storage, 'v1'), SAVE_AT_ONCE), [analyse(1, [A, B])]));
    assert.deepStrictEqual(warm.stats, { parsed: 0, fromDisk: 2, rejected: 0 });
    assert.deepStrictEqual(plain(warm.analysis), plain(cold.analysis));
  });

  it('never uses an entry made by another engine version', async () => {
    const storage = memoryStorage();
    await run((post) => new AnalysisSession(post, new FactStore(storage, 'v1'), SAVE_AT_ONCE), [analyse(1, [A, B])]);
    const other = resultOf(await run((post) => new AnalysisSession(post, new FactStore(storage, 'v2'), SAVE_AT_ONCE), [analyse(1, [A, B])]));
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
      const cold = resultOf(await run((post) => new AnalysisSession(post, new FactStore(storage, 'v1'), SAVE_AT_ONCE), [analyse(1, [A, B])]));
      const name = `v1/${hash64(A.text)}.json`;
      storage.files.set(name, new TextEncoder().encode(spoil(new TextDecoder().decode(storage.files.get(name)))));
      dropAnalyses(storage);
      const again = resultOf(await run((post) => new AnalysisSession(post, new FactStore(storage, 'v1'), SAVE_AT_ONCE), [analyse(1, [A, B])]));
      assert.strictEqual(again.stats.fromDisk, 1);
      assert.strictEqual(again.stats.rejected, 1);
      assert.ok(again.stats.parsed > 0);
      assert.deepStrictEqual(plain(again.analysis), plain(cold.analysis));
      await new Promise((r) => setTimeout(r, 20));
      dropAnalyses(storage);
      const third = resultOf(await run((post) => new AnalysisSession(post, new FactStore(storage, 'v1'), SAVE_AT_ONCE), [analyse(1, [A, B])]));
      assert.deepStrictEqual(third.stats, { parsed: 0, fromDisk: 2, rejected: 0 });
    });
  }

  it('replaces an edited article\'s entry instead of keeping one per version', async () => {
    const storage = memoryStorage();
    const edited = { ...A, text: A.text.replace('before noon', 'at noon') };
    await run((post) => new AnalysisSession(post, new FactStore(storage, 'v1'), SAVE_AT_ONCE), [analyse(1, [A, B]), analyse(2, [edited, B], [edited])]);
    await new Promise((r) => setTimeout(r, 20));
    assert.strictEqual(articleEntries(storage.files.keys()).length, 2);
  });

  it('looks each article up in the disk cache once, not again after every edit', async () => {
    const storage = memoryStorage();
    const { send } = typing(new FactStore(storage, 'v1'));
    await send(analyse(1, [A, B]));
    for (let i = 2; i <= 5; i++) {
      const edited = { ...A, text: A.text.replace('before noon', `${i} hours before noon`) };
      await send(analyse(i, [edited, B], [edited]));
    }
    assert.deepStrictEqual(articleEntries(storage.reads).sort(), [`v1/${hash64(A.text)}.json`, `v1/${hash64(B.text)}.json`].sort());
  });

  it('writes the entries of edited articles once the edits settle, not once per edit', async () => {
    const storage = memoryStorage();
    const { session, send } = typing(new FactStore(storage, 'v1'));
    await send(analyse(1, [A, B]));
    let edited = A;
    for (let i = 2; i <= 5; i++) {
      edited = { ...A, text: A.text.replace('before noon', `${i} hours before noon`) };
      await send(analyse(i, [edited, B], [edited]));
    }
    assert.deepStrictEqual(storage.writes, [], 'nothing written while the edits go on');
    await session.flush();
    assert.deepStrictEqual(articleEntries(storage.writes).sort(), [`v1/${hash64(edited.text)}.json`, `v1/${hash64(B.text)}.json`].sort());
    assert.deepStrictEqual([...storage.files.keys()].sort(), storage.writes.sort());
  });

  it('writes nothing again for an edit undone, nor for articles read from the disk cache', async () => {
    const storage = memoryStorage();
    const first = typing(new FactStore(storage, 'v1'));
    await first.send(analyse(1, [A, B]));
    await first.session.flush();
    const writes = () => articleEntries(storage.writes).length;
    assert.strictEqual(writes(), 2);
    const edited = { ...A, text: A.text.replace('before noon', 'at noon') };
    await first.send(analyse(2, [edited, B], [edited]));
    await first.send(analyse(3, [A, B], [A]));
    await first.session.flush();
    assert.strictEqual(writes(), 2, 'the undone text was written already');
    dropAnalyses(storage);
    const second = typing(new FactStore(storage, 'v1'));
    await second.send(analyse(1, [A, B]));
    await second.session.flush();
    assert.strictEqual(writes(), 2, 'entries read from disk are not written back');
  });

  it('starts an unchanged workspace from the analysis the last session left, without reading any article entry', async () => {
    const storage = memoryStorage();
    const cold = resultOf(await run((post) => new AnalysisSession(post, new FactStore(storage, 'v1'), SAVE_AT_ONCE), [analyse(1, [A, B])]));
    await new Promise((r) => setTimeout(r, 20));
    storage.reads.length = 0;
    storage.writes.length = 0;
    const { session, send } = typing(new FactStore(storage, 'v1'));
    const warm = resultOf(await run((post) => new AnalysisSession(post, new FactStore(storage, 'v1'), SAVE_ON_FLUSH), [analyse(1, [A, B])]));
    assert.deepStrictEqual(warm.stats, { parsed: 0, fromDisk: 0, rejected: 0, analysisFromDisk: true });
    assert.deepStrictEqual(warm.analysis, plain(cold.analysis));
    assert.deepStrictEqual(articleEntries(storage.reads), [], 'no article entry read');
    // Then an edit: the other article's facts come from its entry, and the new analysis replaces the old one.
    await send(analyse(1, [A, B]));
    const edited = { ...B, text: B.text.replace('15 passengers', '12 passengers') };
    await send(analyse(2, [A, edited], [edited]));
    await session.flush();
    assert.deepStrictEqual(articleEntries(storage.reads).sort(), [`v1/${hash64(A.text)}.json`, `v1/${hash64(edited.text)}.json`].sort());
    assert.strictEqual([...storage.files.keys()].filter((n) => n.includes('/analysis-')).length, 1, 'one analysis entry, the latest');
    const next = resultOf(await run((post) => new AnalysisSession(post, new FactStore(storage, 'v1'), SAVE_ON_FLUSH), [analyse(1, [A, edited])]));
    assert.strictEqual(next.stats.analysisFromDisk, true);
    assert.deepStrictEqual(next.analysis.conflicts, []);
  });

  // What the analysis entry is for must match exactly; anything else is analysed afresh.
  const otherStarts: [string, ToWorker][] = [
    ['another order of the articles', analyse(1, [B, A])],
    ['one article fewer', analyse(1, [A])],
    ['an edited text', analyse(1, [A, { ...B, text: B.text.replace('high tide', 'low tide') }])],
    ['other options', { ...analyse(1, [A, B]), options: { minQuoteWords: 3 } } as ToWorker],
  ];
  for (const [what, request] of otherStarts) {
    it(`analyses afresh, not from the last analysis, for ${what}`, async () => {
      const storage = memoryStorage();
      await run((post) => new AnalysisSession(post, new FactStore(storage, 'v1'), SAVE_AT_ONCE), [analyse(1, [A, B])]);
      await new Promise((r) => setTimeout(r, 20));
      const warm = resultOf(await run((post) => new AnalysisSession(post, new FactStore(storage, 'v1'), SAVE_ON_FLUSH), [request]));
      const fresh = resultOf(await run((post) => new AnalysisSession(post), [request]));
      assert.strictEqual(warm.stats.analysisFromDisk, undefined);
      assert.deepStrictEqual(plain(warm.analysis), plain(fresh.analysis));
    });
  }

  const spoiledAnalyses: [string, (json: string) => string][] = [
    ['cut short', (j) => j.slice(0, j.length / 2)],
    ['from another engine, under this engine\'s name', (j) => j.replace('"engine":"v1"', '"engine":"v0"')],
    ['with a span that no longer reads back its text', (j) => j.replace(/"text":"Ilse Vandermeer"/g, '"text":"Ilse Vandermeir"')],
    ['with an offset outside its article', (j) => j.replace(/"end":(\d+)/, '"end":99999')],
    ['for other texts under this name', (j) => j.replace(/"a\.txt","[0-9a-f]{4}/, '"a.txt","ffff')],
    ['valid JSON of the wrong shape', () => '{"format":1,"engine":"v1","analysis":{"people":[{}]}}'],
  ];
  for (const [how, spoil] of spoiledAnalyses) {
    it(`ignores an analysis entry ${how} and analyses afresh`, async () => {
      const storage = memoryStorage();
      const cold = resultOf(await run((post) => new AnalysisSession(post, new FactStore(storage, 'v1'), SAVE_AT_ONCE), [analyse(1, [A, B])]));
      await new Promise((r) => setTimeout(r, 20));
      const [name] = [...storage.files.keys()].filter((n) => n.includes('/analysis-'));
      const json = new TextDecoder().decode(storage.files.get(name));
      assert.notStrictEqual(spoil(json), json, 'the entry was spoiled');
      storage.files.set(name, new TextEncoder().encode(spoil(json)));
      const again = resultOf(await run((post) => new AnalysisSession(post, new FactStore(storage, 'v1'), SAVE_ON_FLUSH), [analyse(1, [A, B])]));
      assert.strictEqual(again.stats.analysisFromDisk, undefined);
      assert.strictEqual(again.stats.fromDisk, 2);
      assert.deepStrictEqual(plain(again.analysis), plain(cold.analysis));
    });
  }

  it('ignores fault requests unless test hooks were asked for', async () => {
    const posted = await run((post) => new AnalysisSession(post), [{ type: 'fault', fault: 'hang' }, analyse(1, [A])]);
    assert.strictEqual(resultOf(posted).id, 1);
  });
});

describe('the message loop both analysis workers run', () => {
  /** Feeds messages to a loop and resolves with what it posted once request `lastId` is answered. */
  function feed(receive: (m: ToWorker) => void, posted: FromWorker[], messages: ToWorker[], lastId: number): Promise<void> {
    // An error answers too, so the test fails on its assertions instead of timing out; the timer
    // never keeps mocha's process alive after a failure.
    const answered = () => posted.some((m) => m.id === lastId && (m.type === 'result' || m.type === 'error'));
    for (const m of messages) receive(m);
    return new Promise((resolve) => { const t = setInterval(() => { if (answered()) { clearInterval(t); resolve(); } }, 5); t.unref(); });
  }

  it('answers requests that arrive before any init', async () => {
    const posted: FromWorker[] = [];
    await feed(sessionLoop((m) => posted.push(m)), posted, [analyse(1, [A, B])], 1);
    assert.ok(resultOf(posted).analysis.conflicts.length > 0, 'the toll conflict is found');
  });

  it('starts a session on init with the store made for that init, and a fresh one on the next init', async () => {
    const posted: FromWorker[] = [], inits: InitMessage[] = [];
    const storage = memoryStorage();
    const receive = sessionLoop((m) => posted.push(m), (init) => { inits.push(init); return init.cacheDir ? new FactStore(storage, 'v1') : undefined; });
    await feed(receive, posted, [{ type: 'init', cacheDir: '/cache' }, analyse(1, [A, B])], 1);
    assert.deepStrictEqual(inits, [{ type: 'init', cacheDir: '/cache' }]);
    assert.strictEqual(articleEntries(storage.reads).length, 2, 'the session looked both articles up in the store');
    // A new session has none of the texts sent to the old one.
    await feed(receive, posted, [{ type: 'init' }, analyse(2, [A, B], [])], 2);
    const second = posted.find((m): m is Extract<FromWorker, { type: 'result' }> => m.type === 'result' && m.id === 2)!;
    assert.deepStrictEqual(second.analysis.articles, []);
    assert.strictEqual(inits.length, 2);
  });
});
