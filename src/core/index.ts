// The engine's public surface, used by the CLI, the worker and the extension.
export { analyze, match, FactsCache } from './analyze';
export { extractFacts } from './extract/facts';
export { toReport, toText } from './report';
export { conflictToMarkdown, toMarkdown } from './reportMarkdown';
export * from './types';
