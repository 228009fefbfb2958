/** Set by esbuild.js: a hash of the engine's sources and compromise's version, so caches made by another engine are not used. */
declare const __ENGINE_VERSION__: string | undefined;
