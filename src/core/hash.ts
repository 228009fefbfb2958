// A fast 64-bit string hash (two 32-bit halves mixed with Math.imul, as in the public-domain cyrb53),
// for cache keys. Pure JavaScript so that it runs the same in a Node worker and a Web Worker; not
// cryptographic, but with 64 bits and the length in the key a collision between two paragraphs of
// one newsroom's articles is not a practical concern.
export function hash64(text: string): string {
  let h1 = 0xdeadbeef, h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return `${(h1 >>> 0).toString(16).padStart(8, '0')}${(h2 >>> 0).toString(16).padStart(8, '0')}-${text.length.toString(36)}`;
}
