/**
 * Walking the yaml library's concrete syntax tree without recursion. `CST.visit` recurses once
 * per level, so 6,000 unclosed `[` overflowed the stack; here an explicit stack holds the
 * tokens still to see, and each knows how deep it sits.
 */
import { CST, Lexer, Parser } from 'yaml';

export interface WalkedToken {
  token: CST.Token;
  /** How many collections (maps, lists, flow groups) contain this token, counting itself. */
  depth: number;
}

const COLLECTIONS = new Set(['block-map', 'block-seq', 'flow-collection']);

/** The tokens of every document, in document order, each with its nesting depth. */
export function* walkCst(text: string | Iterable<CST.Token>): Generator<WalkedToken> {
  for (const top of typeof text === 'string' ? new Parser().parse(text) : text) {
    if (top.type !== 'document' || !top.value) continue;
    const stack: WalkedToken[] = [{ token: top.value, depth: 0 }];
    while (stack.length > 0) {
      const { token, depth: outer } = stack.pop()!;
      const depth = COLLECTIONS.has(token.type) ? outer + 1 : outer;
      yield { token, depth };
      if (!('items' in token)) continue;
      const children: CST.Token[] = [];
      for (const item of token.items as { key?: CST.Token | null; value?: CST.Token | null }[]) {
        if (item.key) children.push(item.key);
        if (item.value) children.push(item.value);
      }
      for (let i = children.length - 1; i >= 0; i--) stack.push({ token: children[i]!, depth });
    }
  }
}

/** The offset of the first collection nested deeper than `limit`, or undefined. */
export function tooDeepOffset(tokens: string | Iterable<CST.Token>, limit: number): number | undefined {
  for (const { token, depth } of walkCst(tokens)) if (depth > limit) return token.offset;
  return undefined;
}

/** Lexer tokens that start an entry: `key:`, `- item`, `, ` between flow items. */
const ENTRY_STARTS = new Set(['map-value-ind', 'seq-item-ind', 'comma']);

/**
 * Where the entry past the first `limit` entries (keys and list items) starts, found by the
 * lexer alone: an answers file has a few hundred, and the parser needs about a second per
 * 100,000, so a file with too many is refused before it is parsed.
 */
export function tooManyEntriesOffset(text: string, limit: number): number | undefined {
  // Each entry needs one of these characters: with fewer of them, no need to lex at all.
  if (countEntryMarks(text) <= limit) return undefined;
  let entries = 0;
  let offset = 0;
  for (const source of new Lexer().lex(text)) {
    const type = CST.tokenType(source);
    if (type && ENTRY_STARTS.has(type) && ++entries > limit) return lineStartOf(text, offset);
    // The lexer's own markers (document, scalar and flow-end signals) are not in the text.
    if (source.length !== 1 || source >= ' ' || source === '\n' || source === '\t') offset += source.length;
  }
  return undefined;
}

function countEntryMarks(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x3a || code === 0x2d || code === 0x2c) count++; // : - ,
  }
  return count;
}

/** The first non-blank character of the line holding `offset` (a key, or a list item's dash). */
function lineStartOf(text: string, offset: number): number {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  const first = text.slice(lineStart, offset + 1).search(/\S/);
  return first < 0 ? offset : lineStart + first;
}
