// Child process of `npm run bench`: runs the extension's own host-side code (dist/bench/extension.js:
// src/editor/extension.ts bundled against the vscode stand-in in vscode-stub.cjs) on a synthetic workspace,
// with the real analysis worker (dist/worker.js) and disk cache. Measures, on the host thread:
//   cold   activate() on an empty disk cache until results for every article are published;
//   block  the longest the host thread was blocked meanwhile: the most CPU time one task and the
//          promise reactions it set off took (see blockMeter);
//   edit   a one-paragraph edit of the 2,000-word article until results are published (the debounce
//          left out: the edit is followed by run(), as the debounce timer would);
//   warm   a second activate() (a new worker, so no memory cache) from the disk cache.
// Each time is given as wall time and as CPU time of the whole process (host thread and worker):
// on a shared machine the CPU time is the steadier measure of the work done. Prints one JSON line.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { createHook } from 'node:async_hooks';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { article } from './cluster.mjs';

const require = createRequire(import.meta.url);
const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..');
const n = Number(process.argv[2] ?? 200), seed = Number(process.argv[3] ?? 1), edits = Number(process.argv[4] ?? 5);

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'crosscheck-bench-'));
const folder = path.join(tmp, 'articles'), storage = path.join(tmp, 'storage');
fs.mkdirSync(folder);
const texts = [];
for (let i = 0; i < n; i++) {
  const a = article(seed, i);
  texts.push(a.text);
  fs.writeFileSync(path.join(folder, path.basename(a.path)), a.text);
}
let published = 0;
globalThis.__crosscheckBench = { folder, published: (k) => { published += k; } };
const vscode = require(path.join(root, 'scripts/bench/vscode-stub.cjs'));
const ext = require(path.join(root, 'dist/bench/extension.js'));

const cpuSince = (c) => { const d = process.cpuUsage(c); return (d.user + d.system) / 1000; };

function context() {
  const memento = { get: (_k, d) => d, update: async () => {}, keys: () => [] };
  return {
    subscriptions: [], extensionUri: vscode.Uri.file(root), extensionPath: root,
    storageUri: vscode.Uri.file(storage), globalStorageUri: vscode.Uri.file(path.join(tmp, 'global')),
    extensionMode: vscode.ExtensionMode.Production, globalState: memento, workspaceState: memento,
    asAbsolutePath: (p) => path.join(root, p),
  };
}
const dispose = (ctx) => { for (const d of ctx.subscriptions.splice(0).reverse()) d.dispose(); };

/**
 * The longest synchronous stretch on this thread while it runs, in milliseconds of CPU time: from the
 * start of one task (a timer, an I/O or message callback) to the start of the next, which covers the
 * task and the promise reactions it set off. CPU time (Linux schedstat), so time the machine gave
 * other processes does not count; elsewhere the event-loop delay stands in for it.
 */
function blockMeter() {
  const file = `/proc/self/task/${process.pid}/schedstat`;
  if (!fs.existsSync(file)) {
    const delay = monitorEventLoopDelay({ resolution: 1 });
    delay.enable();
    return { stop: () => { delay.disable(); return delay.max / 1e6; } };
  }
  const cpu = () => Number(fs.readFileSync(file, 'utf8').split(' ')[0]) / 1e6;
  const tasks = new Set();
  let depth = 0, began = cpu(), max = 0;
  const hook = createHook({
    init: (id, type) => { if (type !== 'PROMISE') tasks.add(id); },
    before: (id) => {
      if (depth++ === 0 && tasks.has(id)) {
        const now = cpu();
        max = Math.max(max, now - began);
        began = now;
      }
    },
    after: () => { depth--; },
    destroy: (id) => { tasks.delete(id); },
  }).enable();
  // Ticks end a stretch when the thread goes idle.
  const timer = setInterval(() => {}, 1);
  return { stop: () => { clearInterval(timer); hook.disable(); return Math.max(max, cpu() - began); } };
}

async function start() {
  const ctx = context();
  const meter = blockMeter();
  const t0 = performance.now(), c0 = process.cpuUsage();
  const api = await ext.activate(ctx);
  await api.diagnostics.settled;
  const ms = { wall: performance.now() - t0, cpu: cpuSince(c0) };
  const blockMs = meter.stop();
  const latest = api.analysis.latest;
  if (!latest || latest.articles.size !== n) throw new Error(`expected results for ${n} articles, got ${latest?.articles.size}`);
  return { ctx, api, ms, blockMs, stats: latest.stats, conflicts: latest.analysis.conflicts.length };
}

const cold = await start();
// The edited article: 2,000 words; one word of its third paragraph changes each time.
const file = vscode.Uri.file(path.join(folder, path.basename(article(seed, 0).path)));
const editMs = [];
let text = texts[0];
for (let k = 0; k < edits; k++) {
  const paras = text.split('\n\n');
  paras[3] = paras[3].replace(/\b(\w+)\b/, `Edited${k}`);
  text = paras.join('\n\n');
  const doc = { uri: file, languageId: 'article', version: k + 2, isClosed: false, isUntitled: false, fileName: file.fsPath, getText: () => text };
  const t0 = performance.now(), c0 = process.cpuUsage();
  vscode.__events.changeText.fire({ document: doc, contentChanges: [{ text: `Edited${k}` }] });
  await cold.api.analysis.run();
  await cold.api.diagnostics.settled;
  editMs.push({ wall: performance.now() - t0, cpu: cpuSince(c0) });
}
const editStats = cold.api.analysis.latest.stats;
// The cold run writes its cache entries once the analyses settle, the analysis entry after the
// articles'; wait for them before starting again.
const written = () => (fs.existsSync(storage) ? fs.readdirSync(storage, { recursive: true }).map(String).filter((f) => f.endsWith('.json')) : []);
const settled = () => { const w = written(); return w.length > n && w.some((f) => path.basename(f).startsWith('analysis-')); };
for (let i = 0; i < 100 && !settled(); i++) await new Promise((r) => setTimeout(r, 50));
dispose(cold.ctx);
// The edits are saved and the editor closed, so the warm start reads the workspace files only.
fs.writeFileSync(file.fsPath, text);
vscode.__events.closeText.fire({ uri: file });
const warm = await start();
dispose(warm.ctx);
fs.rmSync(tmp, { recursive: true, force: true });
const median = (xs, k) => xs.map((x) => x[k]).sort((a, b) => a - b)[Math.floor(xs.length / 2)];
console.log(JSON.stringify({
  articles: n, coldMs: cold.ms, warmMs: warm.ms, editMs: { wall: median(editMs, 'wall'), cpu: median(editMs, 'cpu') }, hostBlockMs: cold.blockMs,
  warmBlockMs: warm.blockMs, coldStats: cold.stats, warmStats: warm.stats, editStats, conflicts: cold.conflicts, published,
}));
process.exit(0);
