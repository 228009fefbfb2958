// Bundles the extension, its analysis worker, the CLI and the in-editor test suite into dist/.
// Type-checking is separate (`npm run typecheck`): esbuild only strips types.
const crypto = require('crypto');
const esbuild = require('esbuild');
const fs = require('fs');
const path = require('path');

/** A hash of the engine's sources and compromise's version: caches made by any other engine are stale. */
function engineVersion() {
  const h = crypto.createHash('sha256');
  const walk = (dir) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p); else { h.update(p); h.update(fs.readFileSync(p)); }
    }
  };
  walk(path.join(__dirname, 'src', 'core'));
  h.update(fs.readFileSync(path.join(__dirname, 'node_modules', 'compromise', 'package.json')));
  return h.digest('hex').slice(0, 16);
}

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

/** Prints errors in the form VS Code's esbuild problem matcher reads in watch mode. */
const problemMatcher = {
  name: 'problem-matcher',
  setup(build) {
    build.onStart(() => console.log('[watch] build started'));
    build.onEnd((result) => {
      for (const { text, location } of result.errors) {
        console.error(`✘ [ERROR] ${text}`);
        if (location) console.error(`    ${location.file}:${location.line}:${location.column}:`);
      }
      console.log('[watch] build finished');
    });
  },
};

const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  minify: production,
  sourcemap: !production,
  sourcesContent: false,
  logLevel: 'warning',
  // mocha stays external so the in-editor suite uses the same mocha the runner resolves.
  external: ['vscode', 'mocha'],
  plugins: watch ? [problemMatcher] : [],
  define: { __ENGINE_VERSION__: JSON.stringify(engineVersion()) },
};

/**
 * Fails the browser build on any import of a Node built-in (fs, path, worker_threads...), naming the
 * importer: VS Code for the Web has no Node, so such an import would only fail at run time there.
 */
const noNodeBuiltins = {
  name: 'no-node-builtins',
  setup(build) {
    const names = require('module').builtinModules.map((m) => m.replace(/[/]/g, '\\/')).join('|');
    build.onResolve({ filter: new RegExp(`^(node:)?(${names})(/.*)?$`) }, (args) => ({
      errors: [{ text: `Node built-in "${args.path}" imported by ${path.relative(__dirname, args.importer)}: the browser build (VS Code for the Web) must not use Node APIs` }],
    }));
  },
};

/**
 * Node modules in the suites bundled for the browser: assert becomes a small equivalent
 * (test/web/assert.ts); fs is left to fail at run time, as only a test that skips itself away from
 * a local disk imports it.
 */
const assertShim = {
  name: 'test-node-modules',
  setup(build) {
    build.onResolve({ filter: /^(node:)?assert$/ }, () => ({ path: path.join(__dirname, 'test', 'web', 'assert.ts') }));
    build.onResolve({ filter: /^fs$/ }, (args) => (args.kind === 'dynamic-import' ? { path: 'fs', external: true } : undefined));
  },
};

/**
 * mocha's browser build is a UMD file in an ES module package: bundled as such, its `module.exports =`
 * would replace the test entry's own exports. Hidden from it, it sets the globals `mocha` and `Mocha`.
 */
const mochaBrowserBuild = {
  name: 'mocha-browser-build',
  setup(build) {
    build.onLoad({ filter: /[\\/]mocha[\\/]mocha\.js$/ }, async (args) => ({
      contents: `var exports = undefined, module = undefined, define = undefined;\n${await fs.promises.readFile(args.path, 'utf8')}`,
      loader: 'js',
    }));
  },
};

const browser = { platform: 'browser', target: 'es2022', plugins: [...common.plugins, noNodeBuiltins] };

const entries = [
  // Desktop VS Code (package.json "main").
  { entryPoints: ['src/editor/desktop.ts'], outfile: 'dist/extension.js' },
  { entryPoints: ['src/worker/worker.ts'], outfile: 'dist/worker.js' },
  { entryPoints: ['src/cli/cli.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' } },
  // The engine alone, for scripts/bench.mjs.
  { entryPoints: ['src/core/index.ts'], outfile: 'dist/core.js' },
  { entryPoints: ['test/integration/index.ts'], outfile: 'dist/test/integration/index.js' },
  // Run against the installed .vsix by `npm run test:package`.
  { entryPoints: ['test/package/index.ts'], outfile: 'dist/test/package/index.js' },
  // VS Code for the Web (package.json "browser"): the extension and its Web Worker. compromise is
  // loaded only in the worker, so the extension bundle stays small.
  { ...browser, entryPoints: ['src/web/extension.ts'], outfile: 'dist/web/extension.js', metafile: true },
  { ...browser, format: 'iife', entryPoints: ['src/web/worker.ts'], outfile: 'dist/web/worker.js' },
  // The integration suites that apply in the browser, run by scripts/run-web-tests.mjs. mocha is
  // bundled (its browser build), and Node's assert replaced by a small equivalent.
  { ...browser, external: ['vscode'], plugins: [assertShim, mochaBrowserBuild, ...browser.plugins], entryPoints: ['test/web/index.ts'], outfile: 'dist/web/test/index.js' },
  // Unit tests run in plain Node (mocha, see .mocharc.json) against the bundled engine.
  { entryPoints: ['test/unit/*.test.ts'], outdir: 'dist/test/unit' },
];

/** compromise is large and slow to load: in the browser it must stay in the Web Worker. */
function workerOnly(metafile) {
  for (const [file, out] of Object.entries(metafile.outputs)) {
    const found = Object.entries(out.inputs).find(([p, i]) => p.includes('node_modules/compromise/') && i.bytesInOutput > 0);
    if (found) throw new Error(`${file} includes ${found[0]}: the browser extension must leave compromise to its Web Worker`);
  }
}

async function main() {
  const contexts = await Promise.all(entries.map((e) => esbuild.context({ ...common, ...e })));
  if (watch) {
    await Promise.all(contexts.map((c) => c.watch()));
    return;
  }
  const results = await Promise.all(contexts.map((c) => c.rebuild()));
  await Promise.all(contexts.map((c) => c.dispose()));
  for (const r of results) if (r.metafile) workerOnly(r.metafile);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
