// Imported first by each entry point (desktop.ts, web/extension.ts), so it is evaluated before the
// rest of the bundle: the activation time includes evaluating the extension's code, not only activate().
export const startTime = performance.now();
