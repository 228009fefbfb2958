// Entry point the web extension host loads as extensionTestsPath (bundled by esbuild.js for the
// browser into dist/web/test/index.js). scripts/run-web-tests.mjs relays what it prints; it ends
// with a "web: N passed, N failed" summary.
import * as vscode from 'vscode';

// mocha's browser build (see esbuild.js): defines the globals `mocha` and `Mocha`.
require('mocha/mocha');

/** The parts of mocha's browser globals used here. */
declare const mocha: {
  setup(o: { ui: string; reporter: string; color: boolean; timeout: number }): void;
  run(done: (failures: number) => void): { stats?: { passes: number } };
};
declare const Mocha: { reporters: { Base: { consoleLog: (...a: unknown[]) => void } } };

/** printf-style directives mocha's reporters use; the web workbench forwards console arguments raw. */
function format(first: unknown, ...rest: unknown[]): string {
  if (typeof first !== 'string') return [first, ...rest].map(String).join(' ');
  const text = first.replace(/%[sdij%]/g, (d) => (d === '%%' ? '%' : rest.length ? String(rest.shift()) : d));
  return [text, ...rest.map(String)].join(' ');
}

export function run(): Promise<void> {
  mocha.setup({ ui: 'tdd', reporter: 'spec', color: false, timeout: 30000 });
  Mocha.reporters.Base.consoleLog = (...a) => console.log(a.length ? format(a[0], ...a.slice(1)) : '');
  console.log(`web extension host: VS Code ${vscode.version}, ${vscode.env.appHost}, UI kind ${vscode.env.uiKind === vscode.UIKind.Web ? 'web' : 'desktop'}`);
  return new Promise((resolve, reject) => {
    try {
      require('./suites');
    } catch (err) {
      console.error('Could not load the web suites:', err);
      console.log('web: 0 passed, 1 failed');
      reject(err);
      return;
    }
    const runner = mocha.run((failures) => {
      console.log(`web: ${runner.stats?.passes ?? 0} passed, ${failures} failed`);
      if (failures > 0) reject(new Error(`${failures} web test(s) failed.`)); else resolve();
    });
  });
}
