// The integration suites that apply in VS Code for the Web, imported statically so esbuild bundles
// them. Left out: commands.test (runs the CLI, writes with Node's fs) and badInput.test (symlinks,
// a 10 MB file written into the browser's memory file system).
import './web.test';
import '../integration/smoke.test';
import '../integration/conflicts.test';
import '../integration/updates.test';
import '../integration/views.test';
import '../integration/diagnostics.test';
import '../integration/editorFeatures.test';
import '../integration/worker.test';
