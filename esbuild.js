// Bundles the extension, its analysis worker, the CLI and the in-editor test suite into dist/.
// Type-checking is separate (`npm run typecheck`): esbuild only strips types.
const esbuild = require('esbuild');

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
