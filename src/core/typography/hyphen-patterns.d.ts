// The `hyphen` package ships no types; these are the pattern modules we import.
declare module 'hyphen/*/index.js' {
  export function hyphenateSync(
    text: string,
    options?: { hyphenChar?: string; minWordLength?: number },
  ): string;
}
