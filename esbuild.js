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

const entries = [
  { entryPoints: ['src/extension.ts'], outfile: 'dist/extension.js' },
  { entryPoints: ['src/worker.ts'], outfile: 'dist/worker.js' },
  { entryPoints: ['src/cli.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' } },
  // The engine alone, for scripts/bench.mjs.
  { entryPoints: ['src/core/index.ts'], outfile: 'dist/core.js' },
  { entryPoints: ['test/integration/index.ts'], outfile: 'dist/test/integration/index.js' },
  // Run against the installed .vsix by `npm run test:package`.
  { entryPoints: ['test/package/index.ts'], outfile: 'dist/test/package/index.js' },
  // Unit tests run in plain Node (mocha, see .mocharc.json) against the bundled engine.
  { entryPoints: ['test/unit/*.test.ts'], outdir: 'dist/test/unit' },
];

async function main() {
  const contexts = await Promise.all(entries.map((e) => esbuild.context({ ...common, ...e })));
  if (watch) {
    await Promise.all(contexts.map((c) => c.watch()));
    return;
  }
  await Promise.all(contexts.map((c) => c.rebuild()));
  await Promise.all(contexts.map((c) => c.dispose()));
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
