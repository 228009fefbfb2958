// Every integration suite file, imported statically so that esbuild bundles them into the runner.
import './smoke.test';
import './conflicts.test';
import './updates.test';
import './views.test';
import './commands.test';
import './badInput.test';
import './diagnostics.test';
import './editorFeatures.test';
import './settingsChanges.test';
import './worker.test';
import './articleFolders.test';
import './figureKinds.test';
