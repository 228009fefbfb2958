#!/usr/bin/env node
// Measures the engine against the gold labels kept outside the repository, in ../shared/eval: runs the CLI
// on each labelled cluster, scores its report with ../shared/eval/score.mjs and prints precision and recall
// per cluster and per kind. `npm run eval` builds first.
//
// usage: node scripts/eval.mjs [--cluster ID]... [--verbose] [--keep] [--unlabelled FILE]
//   --cluster ID        only this cluster ("seeds" or a dev cluster id such as mn024); may be repeated
//   --verbose           also print what the scorer says was missed and what was reported wrongly
//   --keep              keep the CLI reports (JSON) in the temporary folder and print where it is
//   --unlabelled FILE   instead, run the CLI on every corpus cluster that has no gold labels and write
//                       one line per conflict to FILE (sorted, so two runs diff cleanly): precision
//                       on text nobody labelled can only be judged by reading what changed
// env: CROSSCHECK_SHARED  the shared folder (default: ../shared next to the repository)
//      CROSSCHECK_CLI     the CLI to measure (default: dist/cli.js)
// Exits 0 when every run worked, 1 when the CLI (or the scorer) failed on a cluster, 2 on bad arguments.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const KINDS = ['person', 'quote', 'number'];
// The CLI exits 1 when it found conflicts; only 2 (or a crash) is an error.
const CLI_OK = new Set([0, 1]);
const TIMEOUT_MS = 5 * 60 * 1000;
const USAGE = 'usage: node scripts/eval.mjs [--cluster ID]... [--verbose] [--keep] [--unlabelled FILE]';

process.exitCode = main();

function main() {
  let opts;
  try {
    opts = parseArgs({
      options: {
        cluster: { type: 'string', multiple: true },
        verbose: { type: 'boolean', short: 'v' },
        keep: { type: 'boolean' },
        unlabelled: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    }).values;
  } catch (err) {
    console.error(`eval: ${err.message}\n${USAGE}`);
    return 2;
  }
  if (opts.help) {
    console.log(USAGE);
    return 0;
  }

  const sharedShown = process.env.CROSSCHECK_SHARED || '../shared';
  const shared = path.resolve(repo, sharedShown);
  if (!fs.existsSync(path.join(shared, 'eval'))) {
    console.log(`eval: ${sharedShown} not found (it holds the gold labels); skipping`);
    return 0;
  }
  const cli = path.resolve(repo, process.env.CROSSCHECK_CLI || 'dist/cli.js');
  if (!fs.existsSync(cli)) {
    const shown = process.env.CROSSCHECK_CLI ? cli : path.relative(repo, cli);
    console.error(`eval: ${shown} not found${process.env.CROSSCHECK_CLI ? '' : '; run `npm run build` first'}`);
    return 1;
  }
  const scorer = path.join(shared, 'eval', 'score.mjs');
  if (opts.unlabelled) return digestUnlabelled(shared, cli, opts.unlabelled);

  let clusters = listClusters(shared);
  if (opts.cluster) {
    const unknown = opts.cluster.filter((id) => !clusters.some((c) => c.id === id));
    if (unknown.length) {
      console.error(`eval: no gold labels for ${unknown.join(', ')} (have: ${clusters.map((c) => c.id).join(', ')})`);
      return 2;
    }
    clusters = clusters.filter((c) => opts.cluster.includes(c.id));
  }

  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'crosscheck-eval-'));
  const results = [];
  console.log(`${'cluster'.padEnd(8)} art  ${KINDS.map((k) => k.padEnd(9)).join(' ')} opt  precision recall  f1    time`);
  console.log(`${''.padEnd(8)}      ${KINDS.map(() => 'tp/fp/fn ').join(' ')}`);
  try {
    for (const cluster of clusters) {
      const result = evaluate(cluster, { cli, scorer, tmp, verbose: opts.verbose });
      results.push(result);
      printCluster(result, opts.verbose);
    }
  } finally {
    if (opts.keep) console.log(`\nreports kept in ${tmp}`);
    else fs.rmSync(tmp, { recursive: true, force: true });
  }

  const ok = results.filter((r) => !r.error);
  const failed = results.filter((r) => r.error);
  printSummary(ok);
  if (failed.length) {
    console.log(`\nFAILED on ${failed.length} cluster(s), left out of the totals above:`);
    for (const r of failed) console.log(`  ${r.cluster.id}: ${r.error}`);
    return 1;
  }
  return 0;
}

/** The seeds, then every dev cluster, each with its gold file and the folder holding its articles. */
function listClusters(shared) {
  const evalDir = path.join(shared, 'eval');
  const clusters = [];
  const seedsGold = path.join(evalDir, 'seeds.gold.json');
  if (fs.existsSync(seedsGold)) clusters.push({ id: 'seeds', set: 'seeds', gold: seedsGold, dir: path.join(shared, 'seeds') });
  const devDir = path.join(evalDir, 'dev');
  const devFiles = fs.existsSync(devDir) ? fs.readdirSync(devDir).filter((f) => f.endsWith('.gold.json')).sort() : [];
  for (const f of devFiles) {
    const gold = path.join(devDir, f);
    const id = readJson(gold).cluster || f.slice(0, -'.gold.json'.length);
    clusters.push({ id, set: 'dev', gold, dir: path.join(shared, 'corpus', 'multinews', id) });
  }
  return clusters;
}

/** The CLI's JSON report on `files`: `{ stdout, report }`, or `{ error }` saying why there is none. */
function runCli(cli, files) {
  const run = spawnSync(process.execPath, [cli, '--format', 'json', ...files], {
    cwd: repo,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
    timeout: TIMEOUT_MS,
  });
  if (run.error) return { error: `CLI did not run: ${run.error.message}` };
  if (!CLI_OK.has(run.status)) {
    const why = run.status === null ? `killed by ${run.signal}` : `exit ${run.status}`;
    return { error: `CLI ${why}${tail(run.stderr) ? `: ${tail(run.stderr)}` : ''}` };
  }
  try {
    return { stdout: run.stdout, report: JSON.parse(run.stdout) };
  } catch {
    return { error: `CLI printed no JSON report (exit ${run.status}): ${tail(run.stdout) || '(empty)'}` };
  }
}

/** Runs the CLI on one cluster and scores its report: `{ cluster, articles, ms, rows, total, human }` or `{ cluster, error }`. */
function evaluate(cluster, { cli, scorer, tmp, verbose }) {
  const started = Date.now();
  const fail = (error) => ({ cluster, error, ms: Date.now() - started });
  let gold;
  try {
    gold = readJson(cluster.gold);
  } catch (err) {
    return fail(`cannot read ${cluster.gold}: ${err.message}`);
  }
  const names = Array.isArray(gold.articles) ? gold.articles : fs.readdirSync(cluster.dir).filter((f) => f.endsWith('.txt')).sort();
  const files = names.map((name) => path.join(cluster.dir, name));
  const absent = files.filter((f) => !fs.existsSync(f));
  if (absent.length) return fail(`articles not found: ${absent.join(', ')}`);

  const run = runCli(cli, files);
  if (run.error) return fail(run.error);
  const report = path.join(tmp, `${cluster.id}.report.json`);
  fs.writeFileSync(report, run.stdout);
  const ms = Date.now() - started;

  const scoreArgs = [scorer, '--gold', cluster.gold, '--report', report, '--articles', cluster.dir];
  const scored = spawnSync(process.execPath, [...scoreArgs, '--json'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (scored.status !== 0) return fail(`scorer exit ${scored.status}: ${tail(scored.stderr || scored.stdout)}`);
  let score;
  try {
    score = JSON.parse(scored.stdout);
  } catch {
    return fail(`scorer printed no JSON: ${tail(scored.stdout)}`);
  }
  let human = [];
  if (verbose) {
    const text = spawnSync(process.execPath, scoreArgs, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    human = (text.stdout || '').split('\n').filter((l) => /^(missed|false\+)/.test(l));
  }
  return { cluster, articles: files.length, ms, rows: score.rows, total: score.total, human };
}

function printCluster(r, verbose) {
  if (r.error) {
    console.log(`${r.cluster.id.padEnd(8)} FAILED: ${r.error}`);
    return;
  }
  const byKind = KINDS.map((k) => {
    const row = r.rows.find((x) => x.kind === k) || { tp: 0, fp: 0, fn: 0 };
    return `${row.tp}/${row.fp}/${row.fn}`.padEnd(9);
  });
  const opt = r.rows.reduce((n, row) => n + row.optional, 0);
  const { precision, recall, f1 } = r.total;
  console.log(
    `${r.cluster.id.padEnd(8)} ${String(r.articles).padStart(3)}  ${byKind.join(' ')} ${String(opt).padStart(3)}  ` +
      `${fixed(precision).padStart(9)} ${fixed(recall).padStart(6)}  ${fixed(f1)}  ${(r.ms / 1000).toFixed(1)}s`,
  );
  if (verbose) for (const line of r.human) console.log(`    ${line}`);
}

/** Per-kind table over the dev clusters and over each half of them, then the seeds and everything. */
function printSummary(results) {
  const dev = results.filter((r) => r.cluster.set === 'dev').sort((a, b) => a.cluster.id.localeCompare(b.cluster.id));
  const seeds = results.filter((r) => r.cluster.set === 'seeds');
  console.log('');
  console.log(`${''.padEnd(22)}   tp   fp   fn  opt  precision  recall    f1`);
  if (dev.length) {
    for (const kind of KINDS) printRow(`dev ${kind}`, sum(dev, [kind]));
    printRow(`dev all (${dev.length} cluster${dev.length === 1 ? '' : 's'})`, sum(dev, KINDS));
  }
  // Two halves by id, alternating, so that a change made while looking at one half is judged on the other.
  const halves = [dev.filter((_, i) => i % 2 === 0), dev.filter((_, i) => i % 2 === 1)];
  if (dev.length > 1) {
    halves.forEach((half, h) => {
      const label = `half ${'AB'[h]}`;
      for (const kind of KINDS) printRow(`${label} ${kind}`, sum(half, [kind]));
      printRow(`${label} all (${half.length})`, sum(half, KINDS));
    });
  }
  if (seeds.length) printRow('seeds all', sum(seeds, KINDS));
  if (dev.length && seeds.length) printRow('total (dev + seeds)', sum(results, KINDS));
}

function sum(results, kinds) {
  const t = { tp: 0, fp: 0, fn: 0, optional: 0 };
  for (const r of results) {
    for (const row of r.rows) {
      if (!kinds.includes(row.kind)) continue;
      for (const key of Object.keys(t)) t[key] += row[key];
    }
  }
  return t;
}

function printRow(label, t) {
  // Same convention as score.mjs: a ratio with nothing to divide by counts as 1.
  const ratio = (a, b) => (b === 0 ? 1 : a / b);
  const precision = ratio(t.tp, t.tp + t.fp);
  const recall = ratio(t.tp, t.tp + t.fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  const n = (x) => String(x).padStart(4);
  console.log(
    `${label.padEnd(22)} ${n(t.tp)} ${n(t.fp)} ${n(t.fn)} ${n(t.optional)}  ${fixed(precision).padStart(9)}  ${fixed(recall).padStart(6)}  ${fixed(f1)}`,
  );
}

function readJson(file) {
  return JSON.parse(fs.readFileSync(file, 'utf8'));
}

function fixed(x) {
  return x.toFixed(2);
}

/** The last few lines of a process's output, on one line. */
function tail(text, lines = 3) {
  return (text || '').trim().split('\n').slice(-lines).join(' | ').slice(0, 500);
}

/** Every conflict the CLI reports on the corpus clusters without gold labels, one sorted line each. */
function digestUnlabelled(shared, cli, out) {
  const labelled = new Set(listClusters(shared).map((c) => c.id));
  const corpus = path.join(shared, 'corpus', 'multinews');
  const ids = fs.readdirSync(corpus).filter((id) => !labelled.has(id) && fs.statSync(path.join(corpus, id)).isDirectory()).sort();
  const lines = [];
  const counts = Object.fromEntries(KINDS.map((k) => [k, 0]));
  let failed = 0;
  for (const id of ids) {
    const dir = path.join(corpus, id);
    const files = fs.readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => path.join(dir, f));
    const run = runCli(cli, files);
    if (run.error) {
      console.log(`${id}: FAILED (${run.error})`);
      failed++;
      continue;
    }
    for (const c of run.report.conflicts) {
      counts[c.kind] = (counts[c.kind] || 0) + 1;
      const where = c.occurrences.map((o) => `${path.basename(o.path)}:${JSON.stringify(o.text.length > 120 ? `${o.text.slice(0, 117)}...` : o.text)}`);
      lines.push(`${id} ${c.kind} ${c.severity} ${c.message.replace(/\s+/g, ' ')} | ${where.join(' | ')}`);
    }
  }
  lines.sort();
  fs.writeFileSync(out, lines.length ? `${lines.join('\n')}\n` : '');
  console.log(`${ids.length} unlabelled clusters: ${KINDS.map((k) => `${counts[k]} ${k}`).join(', ')} conflicts; one line each in ${out}`);
  return failed ? 1 : 0;
}
