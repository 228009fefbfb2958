import * as assert from 'assert';
import type { FromWorker } from '../../src/worker/protocol';
import { webWorker } from '../../src/web/webWorker';

/** Stands in for the browser's Worker: records what the adapter does and lets a test fire events. */
class FakeWorker {
  static last: FakeWorker | undefined;
  posted: unknown[] = [];
  terminated = 0;
  onmessage: ((e: { data: FromWorker }) => void) | null = null;
  onerror: ((e: { message?: string; preventDefault?(): void }) => void) | null = null;
  constructor(readonly url: string) { FakeWorker.last = this; }
  postMessage(m: unknown): void { this.posted.push(m); }
  terminate(): void { this.terminated++; }
}

describe('The Web Worker adapter', () => {
  const g = globalThis as unknown as { Worker?: unknown };
  let saved: unknown;
  beforeEach(() => { saved = g.Worker; g.Worker = FakeWorker; });
  afterEach(() => { g.Worker = saved; });

  function start() {
    const messages: FromWorker[] = [], exits: string[] = [];
    const port = webWorker('https://example.invalid/dist/web/worker.js')({ message: (m) => messages.push(m), exit: (r) => exits.push(r) });
    return { port, messages, exits, worker: FakeWorker.last! };
  }

  it('starts the worker from the given script and relays messages both ways', () => {
    const { port, messages, worker } = start();
    assert.strictEqual(worker.url, 'https://example.invalid/dist/web/worker.js');
    port.post({ type: 'init' });
    assert.deepStrictEqual(worker.posted, [{ type: 'init' }]);
    worker.onmessage!({ data: { type: 'superseded', id: 3 } });
    assert.deepStrictEqual(messages, [{ type: 'superseded', id: 3 }]);
  });

  it('reports an uncaught error once as a crash, stops the worker, and ignores it from then on', () => {
    const { messages, exits, worker } = start();
    let prevented = false;
    worker.onerror!({ message: 'boom', preventDefault: () => { prevented = true; } });
    worker.onerror!({ message: 'again' });
    worker.onmessage!({ data: { type: 'superseded', id: 1 } });
    assert.deepStrictEqual(exits, ['crashed: boom']);
    assert.strictEqual(worker.terminated, 1);
    assert.ok(prevented, 'the error is handled, not logged as uncaught');
    assert.deepStrictEqual(messages, []);
  });

  it('says nothing about a worker the host terminated itself', () => {
    const { port, messages, exits, worker } = start();
    port.terminate();
    worker.onerror!({ message: 'late' });
    worker.onmessage!({ data: { type: 'superseded', id: 1 } });
    assert.deepStrictEqual(exits, []);
    assert.deepStrictEqual(messages, []);
    assert.strictEqual(worker.terminated, 1);
  });
});
