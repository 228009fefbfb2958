// Child process of `npm run bench`, so each measurement starts from a fresh process:
//   node engine.mjs scale N SEED   analyse N synthetic articles from scratch: time and peak RSS
//   node engine.mjs parse N SEED   the full pipeline against compromise's own nlp(text) on the same
//                                  texts, interleaved, two rounds each
//   node engine.mjs big BYTES SEED  the same on one article of BYTES characters (bigArticle.mjs), alone:
//                                  what one article's size costs (a second article adds the cross-article
//                                  comparisons, which the other figures measure)
// Times are given as wall and CPU time. Prints one JSON line.
import path from 'node:path';
import { createRequire } from 'node:module';
import { performance } from 'node:perf_hooks';
import { cluster } from './cluster.mjs';
import { bigArticle } from './bigArticle.mjs';

const require = createRequire(import.meta.url);
const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..');
const { analyze, FactsCache } = require(path.join(root, 'dist/core.js'));
// The same compromise build the engine bundles (its CommonJS build).
const nlpModule = require('compromise');
const nlp = nlpModule.default ?? nlpModule;
const [mode, n, seed] = [process.argv[2], Number(process.argv[3]), Number(process.argv[4] ?? 1)];
const articles = mode === 'big'
  ? [{ path: 'big.article', text: bigArticle(seed, n) }]
  : cluster(seed, n);
/** Wall time and CPU time of fn: on a shared machine CPU time is the steadier measure of work. */
const time = (fn) => {
  const t = performance.now(), c = process.cpuUsage();
  fn();
  const d = process.cpuUsage(c);
  return { wall: performance.now() - t, cpu: (d.user + d.system) / 1000 };
};
const add = (a, b) => ({ wall: a.wall + b.wall, cpu: a.cpu + b.cpu });
const half = (a) => ({ wall: a.wall / 2, cpu: a.cpu / 2 });

// Both warmed up on a few texts of another cluster, so neither pays for loading and compiling.
const warmup = cluster(seed + 1000, 3);
for (const a of warmup) nlp(a.text);
analyze(warmup, {}, new FactsCache());

if (mode === 'scale') {
  const t = time(() => analyze(articles, {}, new FactsCache()));
  console.log(JSON.stringify({ articles: n, ...t, peakRssMb: process.resourceUsage().maxRSS / 1024 }));
} else {
  let parse = { wall: 0, cpu: 0 }, pipeline = { wall: 0, cpu: 0 };
  for (let round = 0; round < 2; round++) {
    const p = () => { parse = add(parse, time(() => { for (const a of articles) nlp(a.text); })); };
    const q = () => { pipeline = add(pipeline, time(() => analyze(articles, {}, new FactsCache()))); };
    if (round % 2) { q(); p(); } else { p(); q(); }
  }
  console.log(JSON.stringify({ ...(mode === 'big' ? { chars: n } : { articles: n }), parse: half(parse), pipeline: half(pipeline) }));
}
