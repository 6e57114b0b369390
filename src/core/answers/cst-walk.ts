/**
 * Walking the yaml library's concrete syntax tree without recursion. `CST.visit` recurses once
 * per level, so 6,000 unclosed `[` overflowed the stack; here an explicit stack holds the
 * tokens still to see, and each knows how deep it sits.
 */
import { Parser, type CST } from 'yaml';

export interface WalkedToken {
  token: CST.Token;
  /** How many collections (maps, lists, flow groups) contain this token, counting itself. */
  depth: number;
}

const COLLECTIONS = new Set(['block-map', 'block-seq', 'flow-collection']);

/** The tokens of every document of `text`, in document order, each with its nesting depth. */
export function* walkCst(text: string): Generator<WalkedToken> {
  for (const top of new Parser().parse(text)) {
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
export function tooDeepOffset(text: string, limit: number): number | undefined {
  for (const { token, depth } of walkCst(text)) if (depth > limit) return token.offset;
  return undefined;
}
