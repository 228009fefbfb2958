// Entry point for `npm run test:package`: the extension host loads it as extensionTestsPath, with
// crosscheck.vsix installed in the host and only the probe extension in development mode.
import { runMocha } from '../integration/index';

export function run(): Promise<void> {
  return runMocha(() => require('./installed.test'));
}
