/**
 * Liang's algorithm over the TeX patterns of the `hyphen` package (its pattern files: a table of
 * level lists, a trie of letters and optional exceptions), for one word at a time. It gives the
 * same break points as the package's `hyphenateSync` on a single word, which this replaces in
 * the layout: the package reads whole texts through a chain of per-character closures and was
 * most of the hyphenation time of a cold render.
 */

/** A trie node: a letter leads to a subtrie, a levels index, or both (`[subtrie, index]`). */
type TrieNode = { [letter: string]: TrieNode | number | [TrieNode, number] };

/** The shape of a pattern file: levels, trie, exceptions (lower-case word → break offsets). */
export type PatternData = [number[][], TrieNode, Record<string, number[]>?];

const EMPTY: TrieNode = Object.freeze({}) as TrieNode;

/** Offsets where `word` may break (odd levels), as the package computes them. */
function levelMarkers(word: string, lowered: string, levelsTable: number[][], trie: TrieNode): number[] {
  const letters = `.${lowered}.`;
  const levels: number[] = new Array<number>(word.length + 1).fill(0);
  // The pattern entity of the slice starting at `start`: the package counts the first two
  // slices (from the opening dot and from the first letter) as the same one.
  for (let start = 0; letters.length - start >= 3; start++) {
    const entity = start === 0 ? 0 : start - 1;
    let node = trie;
    for (let i = start; i < letters.length; i++) {
      const next = node[letters[i]!];
      if (next === undefined) break;
      let levelsIndex = -1;
      if (Array.isArray(next)) {
        node = next[0];
        levelsIndex = next[1];
      } else if (typeof next === 'number') {
        node = EMPTY;
        levelsIndex = next;
      } else node = next;
      if (levelsIndex < 0) continue;
      const patternLevels = levelsTable[levelsIndex]!;
      for (let k = 0; k < patternLevels.length; k++) {
        // As the package does, including past the end of `levels` (NaN there, never a break).
        levels[entity + k] = Math.max(patternLevels[k]!, levels[entity + k]!);
      }
    }
  }
  levels[0] = levels[1] = levels[levels.length - 1] = levels[levels.length - 2] = 0;
  const markers: number[] = [];
  for (let i = 0; i < levels.length; i++) if ((levels[i]! & 1) === 1) markers.push(i);
  return markers;
}

/**
 * The word with `mark` at each of its pattern breaks: the package's `hyphenateSync(word)` for a
 * word of letters only (at least as long as its minimum word length).
 */
export function markBreaks(word: string, patterns: PatternData, mark: string): string {
  const [levelsTable, trie, exceptions] = patterns;
  const lowered = word.toLocaleLowerCase();
  const markers =
    exceptions && Object.hasOwn(exceptions, lowered)
      ? exceptions[lowered]!
      : levelMarkers(word, lowered, levelsTable, trie);
  if (markers.length === 0) return word;
  const parts = [word.slice(0, markers[0])];
  for (let i = 1; i < markers.length; i++) parts.push(word.slice(markers[i - 1], markers[i]));
  parts.push(word.slice(markers[markers.length - 1]));
  return parts.join(mark);
}
