// The `hyphen` package ships no types; these are the pattern modules we import.
declare module 'hyphen/*/index.js' {
  export function hyphenateSync(
    text: string,
    options?: { hyphenChar?: string; minWordLength?: number },
  ): string;
}
declare module 'hyphen/patterns/*.js' {
  /** Levels, trie and exceptions: `PatternData` of `liang.ts`. */
  const patterns: unknown;
  export default patterns;
}
