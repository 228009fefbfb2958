#!/usr/bin/env node
// Measures what the editor relies on: re-analysing after one article changes (cached facts for the
// others) against analysing everything from scratch, side by side in one run, interleaved so that
// machine noise hits both alike. Prints medians and their ratio.
// Uses samples/ always, and the real clusters in ../shared/corpus when present (said so below).
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const { analyze, FactsCache } = createRequire(import.meta.url)(path.join(root, 'dist/core.js'));
const rounds = Number(process.argv[2] ?? 15);

function load(dir, filter = () => true) {
  return fs.readdirSync(dir).filter(filter).sort().map((f) => ({ path: path.join(dir, f), text: fs.readFileSync(path.join(dir, f), 'utf8') }));
}

const sets = [['samples', load(path.join(root, 'samples'), (f) => f.endsWith('.article'))]];
const corpus = path.resolve(root, '../shared/corpus/multinews');
if (fs.existsSync(corpus)) {
  const all = fs.readdirSync(corpus).filter((d) => /^mn\d+$/.test(d)).sort().slice(0, 10).flatMap((d) => load(path.join(corpus, d)));
  sets.push([`10 real clusters (${all.length} articles, ../shared)`, all]);
} else {
  console.log('bench: ../shared not found; measuring the samples only');
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const time = (fn) => { const t = process.hrtime.bigint(); fn(); return Number(process.hrtime.bigint() - t) / 1e6; };

console.log(`${'articles'.padEnd(44)} ${'full (ms)'.padStart(10)} ${'one edit (ms)'.padStart(14)} ${'ratio'.padStart(7)}`);
for (const [label, articles] of sets) {
  const full = [], edit = [];
  const cache = new FactsCache();
  analyze(articles, {}, cache); // warm the cache and the JIT alike for both measurements
  for (let r = 0; r < rounds; r++) {
    full.push(time(() => analyze(articles, {}, new FactsCache())));
    // One article edited, as when the user types: only its facts are extracted again.
    const edited = articles.map((a, i) => (i === r % articles.length ? { ...a, text: `${a.text}\nEdit ${r}.` } : a));
    edit.push(time(() => analyze(edited, {}, cache)));
  }
  const f = median(full), e = median(edit);
  console.log(`${label.padEnd(44)} ${f.toFixed(1).padStart(10)} ${e.toFixed(1).padStart(14)} ${(f / e).toFixed(1).padStart(6)}x`);
}
