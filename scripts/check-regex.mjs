#!/usr/bin/env node
// Checks that no regular expression in the engine backtracks catastrophically on adversarial text.
// Not a timed unit test: the bounds are generous (a linear pattern takes microseconds on these
// inputs; an exponential one never finishes) and measured in CPU time, so the outcome does not
// depend on machine load.
//
// 1. Every regex literal and `new RegExp(` in src/core is found by a small tokenizer and wrapped,
//    in an esbuild bundle built here, so each pattern object is known with its file and line.
// 2. The engine runs over the sample articles and a few invented sentences, which creates the
//    patterns that live inside functions. A pattern never created fails the check: the warm-up
//    text must be extended to reach it.
// 3. Each pattern runs on strings pumped from its own pieces (the characters and words it
//    mentions, repeated thousands of times, then a character that spoils the match), with and
//    without its flags' global scan. Any single call over PATTERN_BOUND_MS fails.
// 4. The whole engine runs on long adversarial articles (stray quote marks, a line with no spaces,
//    digit groups, capitalised runs...). Any article over ARTICLE_BOUND_MS fails.
// A worker does the work; if it stops making progress for STALL_MS, the check fails naming the
// pattern or article it was on.
//
// Usage: node scripts/check-regex.mjs [--verbose] [--long]
import { build } from 'esbuild';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { isMainThread, Worker, workerData, parentPort } from 'node:worker_threads';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const PATTERN_BOUND_MS = 1000;
const ARTICLE_BOUND_MS = 20_000;
const STALL_MS = 60_000;
// Long enough that an exponential pattern never finishes and a cubic one takes seconds, short
// enough that a quadratic one (harmless on the short windows the engine gives such patterns) does not.
const PUMP_LENGTH = 1000;
// 20k characters in `npm test`; --long for 200k, where anything quadratic shows.
const ARTICLE_LENGTH = process.argv.includes('--long') ? 200_000 : 20_000;

// ---------------------------------------------------------------------------------------------
// Main thread: instrument, bundle, watch the worker.

async function main() {
  const verbose = process.argv.includes('--verbose');
  const sites = [];
  const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'crosscheck-regex-')), 'core.cjs');
  await build({
    entryPoints: [path.join(ROOT, 'scripts/check-regex-entry.ts')],
    bundle: true, platform: 'node', format: 'cjs', target: 'node20', outfile: out, logLevel: 'error',
    plugins: [{
      name: 'wrap-patterns',
      setup(b) {
        b.onLoad({ filter: /[\\/]src[\\/]core[\\/].*\.ts$/ }, (args) => {
          const file = path.relative(ROOT, args.path).split(path.sep).join('/');
          return { contents: wrapPatterns(fs.readFileSync(args.path, 'utf8'), file, sites), loader: 'ts' };
        });
      },
    }],
  });
  const samples = fs.readdirSync(path.join(ROOT, 'samples')).filter((f) => f.endsWith('.article'))
    .map((f) => fs.readFileSync(path.join(ROOT, 'samples', f), 'utf8'));

  const progress = new Int32Array(new SharedArrayBuffer(8)); // [step counter, current item]
  const labels = [...sites.map((s) => `${s.file}:${s.line} ${s.text}`), ...ARTICLES.map((a) => `the adversarial article "${a.label}"`)];
  const worker = new Worker(fileURLToPath(import.meta.url), { workerData: { bundle: out, sites, samples, progress, verbose } });
  let last = -1, lastChange = Date.now();
  const watchdog = setInterval(() => {
    const step = Atomics.load(progress, 0);
    if (step !== last) { last = step; lastChange = Date.now(); return; }
    if (Date.now() - lastChange > STALL_MS) {
      console.error(`check-regex: FAIL: no progress for ${STALL_MS / 1000} s on ${labels[Atomics.load(progress, 1)] ?? 'setup'}`);
      process.exit(1);
    }
  }, 1000);
  const t0 = Date.now();
  const result = await new Promise((resolve, reject) => {
    worker.on('message', resolve);
    worker.on('error', reject);
    worker.on('exit', (code) => code && reject(new Error(`worker exited with ${code}`)));
  });
  clearInterval(watchdog);
  await worker.terminate();
  fs.rmSync(path.dirname(out), { recursive: true, force: true });

  const failures = [];
  for (const s of result.sites) {
    const where = `${s.file}:${s.line} ${s.text}`;
    const excuse = UNREACHABLE.find((u) => u.file === s.file && u.text === s.text);
    if (!s.created && !excuse) failures.push(`${where}: never created by the warm-up text, so never checked`);
    else if (s.worstMs > PATTERN_BOUND_MS) failures.push(`${where}: ${s.worstMs.toFixed(0)} ms on ${JSON.stringify(s.worstInput)}`);
    if (verbose) console.log(`${s.worstMs.toFixed(2).padStart(9)} ms  ${String(s.calls).padStart(6)} calls  ${where}  worst on ${JSON.stringify(s.worstInput)}`);
  }
  for (const a of result.articles) {
    if (a.error) failures.push(`the engine threw on "${a.label}": ${a.error}`);
    else if (a.ms > ARTICLE_BOUND_MS) failures.push(`the engine took ${a.ms.toFixed(0)} ms on "${a.label}"`);
    if (verbose) console.log(`${a.ms.toFixed(0).padStart(9)} ms  article "${a.label}"`);
  }
  const worstPattern = Math.max(...result.sites.map((s) => s.worstMs));
  const worstArticle = Math.max(...result.articles.map((a) => a.ms));
  console.log(`check-regex: ${result.sites.length} patterns in src/core, ${result.calls} calls on pumped input `
    + `(worst ${worstPattern.toFixed(1)} ms, bound ${PATTERN_BOUND_MS}); ${result.articles.length} adversarial articles of `
    + `${ARTICLE_LENGTH / 1000}k characters (worst ${(worstArticle / 1000).toFixed(1)} s, bound ${ARTICLE_BOUND_MS / 1000}); ${((Date.now() - t0) / 1000).toFixed(0)} s in all`);
  if (failures.length) {
    console.error(`check-regex: FAIL\n  ${failures.join('\n  ')}`);
    process.exit(1);
  }
}

/**
 * Wraps each regex literal and `new RegExp(` of a source file in a call that registers the pattern
 * object with its site. A tokenizer (strings, templates, comments skipped) tells a regex literal
 * from a division by the token before it.
 */
function wrapPatterns(src, file, sites) {
  let out = '', i = 0, prev = '';
  const line = (at) => src.slice(0, at).split('\n').length;
  const site = (at, text) => { sites.push({ file, line: line(at), text: text.length > 70 ? `${text.slice(0, 67)}...` : text }); return sites.length - 1; };
  const templateDepth = [];
  while (i < src.length) {
    const c = src[i], two = src.slice(i, i + 2);
    if (two === '//') { const e = src.indexOf('\n', i); const end = e < 0 ? src.length : e; out += src.slice(i, end); i = end; continue; }
    if (two === '/*') { const end = src.indexOf('*/', i + 2) + 2; out += src.slice(i, end); i = end; continue; }
    if (c === '"' || c === "'") {
      let j = i + 1;
      while (src[j] !== c) j += src[j] === '\\' ? 2 : 1;
      out += src.slice(i, j + 1); i = j + 1; prev = 'x'; continue;
    }
    if (c === '`' || (c === '}' && templateDepth.at(-1) === 0)) {
      if (c === '}') templateDepth.pop();
      let j = i + 1;
      while (src[j] !== '`' && src.slice(j, j + 2) !== '${') j += src[j] === '\\' ? 2 : 1;
      if (src[j] === '`') { out += src.slice(i, j + 1); i = j + 1; prev = 'x'; continue; }
      templateDepth.push(0);
      out += src.slice(i, j + 2); i = j + 2; prev = '('; continue;
    }
    if (c === '{' && templateDepth.length) templateDepth[templateDepth.length - 1]++;
    if (c === '}' && templateDepth.length) templateDepth[templateDepth.length - 1]--;
    if (c === '/' && (prev === '' || /[(,=:[!&|?{};+\-*%<>~^]/.test(prev) || /^(?:return|typeof|case|in|of|new|delete|void|throw|yield|await|else|do)$/.test(prev))) {
      let j = i + 1, inClass = false;
      while (src[j] !== '/' || inClass) {
        if (src[j] === '\\') j++;
        else if (src[j] === '[') inClass = true;
        else if (src[j] === ']') inClass = false;
        else if (src[j] === '\n') throw new Error(`${file}:${line(i)}: could not read a regex literal`);
        j++;
      }
      j++;
      while (/[a-z]/.test(src[j])) j++;
      const literal = src.slice(i, j);
      out += `__ccPattern(${site(i, literal)}, ${literal})`;
      i = j; prev = 'x'; continue;
    }
    if (src.startsWith('new RegExp(', i)) {
      out += `__ccPattern(${site(i, src.slice(i, src.indexOf('\n', i)).trim())}, new RegExp(`;
      // Close the wrapper after the constructor's own closing parenthesis.
      let j = i + 'new RegExp('.length, depth = 1;
      const start = j;
      // An escaped parenthesis ("\\(" in a String.raw pattern) is text, not nesting; a source that
      // ends first is a tokenizer failure to report, not a reason to scan forever.
      while (depth) {
        if (j >= src.length) throw new Error(`${file}:${line(i)}: could not find the end of new RegExp(`);
        if (src[j] === '\\') j++; else if (src[j] === '(') depth++; else if (src[j] === ')') depth--;
        j++;
      }
      out += `${wrapPatterns(src.slice(start, j), file, []) })`;
      i = j; prev = 'x'; continue;
    }
    if (/\s/.test(c)) { out += c; i++; continue; }
    const word = /^[\w$]+/.exec(src.slice(i, i + 40));
    if (word) { out += word[0]; i += word[0].length; prev = word[0]; continue; }
    out += c; prev = c; i++;
  }
  return out;
}

/** Patterns no text can reach, with the reason. Each entry is a finding worth a look. */
const UNREACHABLE = [
  { file: 'src/core/extract/people.ts', text: "/['’]/", why: "joined() tests a token ending in 's, but extractPeople stops a run at such a token before asking" },
];

// ---------------------------------------------------------------------------------------------
// Adversarial whole articles for the engine, each ARTICLE_LENGTH characters long.

const fill = (unit) => unit.repeat(Math.ceil(ARTICLE_LENGTH / unit.length)).slice(0, ARTICLE_LENGTH);
const ARTICLES = [
  { label: 'straight quote marks', text: fill('"') },
  { label: 'curly quote marks, unbalanced', text: fill('“a ') },
  { label: 'said after every quote', text: fill('"no," he said ') },
  { label: 'a line with no spaces', text: fill('ab') },
  { label: 'capitalised words', text: fill('Ab ') },
  { label: 'capitalised words with apostrophes and hyphens', text: fill("O'Ab-Cd ") },
  { label: 'digit groups', text: fill('1,') },
  { label: 'figures with units', text: fill('12 year-old ') },
  { label: 'number words', text: fill('twenty-one ') },
  { label: 'hedges', text: fill('at least about nearly ') },
  { label: 'dots and initials', text: fill('A. ') },
  { label: 'months and days', text: fill('Jan. 1 ') },
  { label: 'punctuation', text: fill(',.;:!?-—') },
  { label: 'spaces then a letter', text: `${fill(' ').slice(1)}a` },
  { label: 'blank lines', text: fill('\r\n') },
  { label: 'emoji and combining marks', text: fill('😀é\u0301') },
];

// ---------------------------------------------------------------------------------------------
// Worker: create the patterns, pump them, run the articles.

async function work({ bundle, sites, samples, progress, verbose }) {
  const created = sites.map(() => undefined);
  globalThis.__ccPattern = (id, re) => { created[id] ??= re; return re; };
  const core = (await import(bundle)).default;
  const step = (item) => { Atomics.add(progress, 0, 1); Atomics.store(progress, 1, item); };

  // Warm-up: real-looking text reaches the patterns that live inside functions.
  const warm = [...samples, ...WARM_UP];
  core.analyze(warm.map((text, i) => ({ path: `w${i}`, text })));
  for (const t of warm) core.toText(core.analyze([{ path: 'a', text: t }, { path: 'b', text: t.replace(/a/g, 'e') }]), () => t);
  core.markdown(core.analyze(warm.slice(0, 3).map((text, i) => ({ path: `m${i}`, text }))), (p) => warm[Number(p.slice(1))]);
  for (const t of warm) core.decodeArticle(new TextEncoder().encode(t), 64);

  let calls = 0;
  const results = sites.map((s, id) => {
    step(id);
    const re = created[id];
    const r = { ...s, created: !!re, worstMs: 0, worstInput: '', calls: 0 };
    if (!re) return r;
    for (const input of pumps(re)) {
      for (const flags of new Set([re.flags.replace(/[gy]/g, ''), re.flags.includes('g') ? re.flags : `${re.flags}g`])) {
        const probe = new RegExp(re.source, flags);
        const t0 = cpuMs();
        if (flags.includes('g')) { for (let n = 0; probe.exec(input) && n < 100_000; n++) if (probe.lastIndex === 0) break; } else probe.exec(input);
        const ms = cpuMs() - t0;
        r.calls++; calls++;
        if (ms > r.worstMs) { r.worstMs = ms; r.worstInput = input.length > 60 ? `${input.slice(0, 40)}... (${input.length} chars)` : input; }
      }
      step(id);
    }
    return r;
  });

  const articles = ARTICLES.map((a, k) => {
    step(sites.length + k);
    const t0 = cpuMs();
    let error;
    try {
      core.analyze([{ path: 'adversarial', text: a.text }, { path: 'sample', text: samples[0] ?? WARM_UP[0] }]);
    } catch (e) {
      error = e.stack ?? String(e);
    }
    const ms = cpuMs() - t0;
    if (verbose) console.log(`  article "${a.label}": ${ms.toFixed(0)} ms`);
    return { label: a.label, ms, error };
  });
  parentPort.postMessage({ sites: results, articles, calls });
}

/**
 * CPU time of this process in milliseconds: unlike the clock, it does not grow while other work on a
 * busy machine has the processor, so the bounds hold on a loaded CI runner.
 */
function cpuMs() {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

/**
 * Strings built from a pattern's own pieces: each character and word it mentions (and a member of
 * each class it uses) pumped to PUMP_LENGTH, alone and in pairs, then spoilt by a final character
 * the pattern is unlikely to accept: the shape that makes nested quantifiers backtrack.
 */
function pumps(re) {
  const src = re.source;
  const atoms = new Set([' ', 'a', 'A', '1', '.', ',', '"', '\n']);
  for (const [cls, rep] of [['\\s', ' '], ['\\d', '7'], ['\\w', 'w'], ['\\p{L', 'é'], ['\\p{Lu', 'Q'], ['\\p{N', '٣'], ['\\p{M', '\u0301'], ['\\b', 'b']]) if (src.includes(cls)) atoms.add(rep);
  for (const ch of src.replace(/\\[a-zA-Z]\{[^}]*\}|\\[a-zA-Z]/g, '')) if (!/[\\()[\]{}|?*+^$]/.test(ch)) atoms.add(ch);
  for (const w of src.match(/[a-z]{2,}(?: [a-z]{2,})*/gi) ?? []) atoms.add(`${w} `);
  const list = [...atoms];
  const spoilers = ['', '!', '\u0000', '"', 'x', '\n'];
  const out = [];
  const pump = (unit) => unit.repeat(Math.ceil(PUMP_LENGTH / unit.length));
  for (const a of list) for (const s of spoilers) out.push(pump(a) + s);
  // Pairs: alternating pieces defeat patterns that only blow up on mixed input ("a a a", "1,1,1").
  for (let i = 0; i < list.length; i++) for (let j = i + 1; j < list.length; j++) out.push(`${pump(list[i] + list[j])}!`);
  return out;
}

// Invented sentences that reach the patterns used only in particular contexts.
const WARM_UP = [
  `Storm batters Port Ellin

PORT ELLIN — "We will rebuild the harbour wall before winter," Mayor Jonah Pell said on Friday, according to the council.
Fire chief Mara Quint, 52, told reporters: "Nobody expected the water to come so fast."
"It was the worst night in 40 years," said spokeswoman Dana Wu. Late on Friday the board said it would meet again.
The storm killed at least 12 people and left 3,400 residents without power; about $2.5 million in damage, officials said.
Nearly 40 percent of homes flooded. The 73-year-old Pell has led the town since 2011.
Rescuers searched for six hours. Another 3,000 jobs were lost, including two children's clinics.
On Jan. 5, 2024, crews arrived; by March 3 the death toll rose to 14. Last week twenty-one boats sailed.
The three-day operation ended on Sunday, Oct. 12. "[The wall] held (sic) . . . until midnight…" he added.
Then the council released this statement:
"We thank every volunteer who worked through the night for the town."
Sen. Ruth Oake (D-Ore.) and Bashar al-Assad, Ludwig van Beethoven and O'Brien also spoke.
"We will rebuild the harbour wall before winter," the council said. There were 14 deaths.
Seven boats sank. Seven NATO ships arrived. He called it "rubbish"x and left, said Mara Quint.
Coach Tomas DeLuca met Coach Tomas De Luca, Mayor Ann Marie O’Brien, Mayor Ann Maria O'Brien, Judge George H. Pike and Judge George W. Pike.
The former Dunmore Gov. Ann Lee and her daughter, Tatyana, spoke.
Jonah Pell's Team Leader waited. Flight 370 landed with 12 killed on board. "We will stay until the end, Mayor Pell said on Friday.`,
  `Barge adrift off Port Ellin

The barge drifted 40 miles down the coast on Friday, moving east at about 9 mph. Gusts of 40 to 60 mph followed.
The winch weighs 180 pounds; the club paid 12 million pounds. A 2m wall and a 3.5m wall stood, 4 feet 8 inches high.
The probe flies about six times closer than any before. The hunt entered its fourth day, the 5th day of rain.
The van left the depot about 9:15 p.m., shortly after 9 p.m., and the road stays shut until 6 a.m. or from 5 to 7 p.m.
The storm, traveling north, pushes the tide 2,500 feet inland, then reaches 300 miles and carries 1,200 tons. The crew dropped 30 lbs. of sand.`,
  `Harbour wall: the ministry's view

"We will rebuild the harbour wall before winter," the ministry said.`,
];

// Last, so that every constant above is initialised before the work starts.
if (isMainThread) await main(); else await work(workerData);
