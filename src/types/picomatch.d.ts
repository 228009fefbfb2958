// picomatch ships no type declarations; this covers the one call the editor makes (its POSIX build,
// which needs no Node module and so bundles for the browser too).
declare module 'picomatch/posix' {
  interface Options { dot?: boolean; nocase?: boolean }
  const picomatch: (glob: string, options?: Options) => (path: string) => boolean;
  export = picomatch;
}
