// What scripts/check-regex.mjs drives: the engine's whole surface over article text.
export { analyze, extractFacts, toText, toMarkdown as markdown } from '../src/core';
export { decodeArticle } from '../src/core/decode';
