// Entry point the VS Code extension host loads as extensionTestsPath (bundled by esbuild.js into
// dist/test/integration/index.js, mocha kept external). scripts/run-vscode-tests.mjs starts it
// and relays what it prints; the last line is the "N passed, N failed" summary.
import Mocha from 'mocha';
import * as util from 'util';

export function run(): Promise<void> {
  // The suites are bundled into this file, so they are loaded with static requires (see suites.ts).
  return runMocha(() => require('./suites'));
}

/** Runs the suites that `load` requires, once mocha's tdd globals are defined. */
export function runMocha(load: () => void): Promise<void> {
  // The web workbench (code-server host) forwards console arguments without applying printf-style
  // directives such as %s/%d that mocha's reporters use: pre-format them.
  (Mocha.reporters.Base as unknown as { consoleLog: (...a: unknown[]) => void }).consoleLog =
    (...a) => console.log(util.format(...a));

  const mocha = new Mocha({ ui: 'tdd', reporter: 'spec', color: false, timeout: 30000 });
  // e.g. `npm run test:integration -- --grep Conflicts`, passed through by the runner script.
  const grep = process.env.CROSSCHECK_TEST_GREP;
  if (grep) { mocha.grep(grep); }

  return new Promise((resolve, reject) => {
    try {
      mocha.suite.emit('pre-require', globalThis, 'suites', mocha);
      load();
    } catch (err) {
      console.error('Could not load the integration suites:', err);
      console.log('0 passed, 1 failed');
      reject(err);
      return;
    }
    const runner = mocha.run((failures) => {
      console.log(`${runner.stats?.passes ?? 0} passed, ${failures} failed`);
      if (failures > 0) { reject(new Error(`${failures} integration test(s) failed.`)); } else { resolve(); }
    });
  });
}
