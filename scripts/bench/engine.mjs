// Child process of `npm run bench`, so each measurement starts from a fresh process:
//   node engine.mjs scale N SEED   analyse N synthetic articles from scratch: time and peak RSS
//   node engine.mjs parse N SEED   the full pipeline against compromise's own nlp(text) on the same
//                                  texts, interleaved, two rounds each
// Prints one JSON line.
import path from 'node:path';
import { createRequire } from 'node:module';
import { performance } from 'node:perf_hooks';
import { cluster } from './cluster.mjs';

const require = createRequire(import.meta.url);
const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..');
const { analyze, FactsCache } = require(path.join(root, 'dist/core.js'));
// The same compromise build the engine bundles (its CommonJS build).
const nlpModule = require('compromise');
const nlp = nlpModule.default ?? nlpModule;
const [mode, n, seed] = [process.argv[2], Number(process.argv[3]), Number(process.argv[4] ?? 1)];
const articles = cluster(seed, n);
const time = (fn) => { const t = performance.now(); fn(); return performance.now() - t; };

// Both warmed up on a few texts of another cluster, so neither pays for loading and compiling.
const warmup = cluster(seed + 1000, 3);
for (const a of warmup) nlp(a.text);
analyze(warmup, {}, new FactsCache());

if (mode === 'scale') {
  const ms = time(() => analyze(articles, {}, new FactsCache()));
  console.log(JSON.stringify({ articles: n, ms, peakRssMb: process.resourceUsage().maxRSS / 1024 }));
} else {
  let parse = 0, pipeline = 0;
  for (let round = 0; round < 2; round++) {
    const p = () => { parse += time(() => { for (const a of articles) nlp(a.text); }); };
    const q = () => { pipeline += time(() => analyze(articles, {}, new FactsCache())); };
    if (round % 2) { q(); p(); } else { p(); q(); }
  }
  console.log(JSON.stringify({ articles: n, parseMs: parse / 2, pipelineMs: pipeline / 2 }));
}
