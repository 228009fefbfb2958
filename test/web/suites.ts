// The integration suites that apply in VS Code for the Web, imported statically so esbuild bundles
// them, in the desktop order (test/integration/suites.ts). Left out: commands.test (runs the CLI and
// writes with Node's fs), replaced here by commands.web.test.
import './web.test';
import './commands.web.test';
import '../integration/smoke.test';
import '../integration/conflicts.test';
import '../integration/updates.test';
import '../integration/views.test';
import '../integration/badInput.test';
import '../integration/diagnostics.test';
import '../integration/editorFeatures.test';
import '../integration/settingsChanges.test';
import '../integration/worker.test';
import '../integration/articleFolders.test';
import '../integration/figureKinds.test';
