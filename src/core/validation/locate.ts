/** Maps JSON Pointers (Ajv's `instancePath`) to positions in the YAML text. */
import { isMap, isPair, isScalar, isSeq, type Document, type LineCounter } from 'yaml';

export interface Position {
  line: number;
  column: number;
}

export function pointerSegments(pointer: string): string[] {
  if (pointer === '') return [];
  return pointer
    .split('/')
    .slice(1)
    .map((segment) => segment.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/** `/services/0/implementer` → `services[].implementer`: the key of a field's title. */
export function fieldPattern(segments: readonly string[]): string {
  return segments.reduce((pattern, segment) => {
    if (/^\d+$/.test(segment)) return `${pattern}[]`;
    return pattern === '' ? segment : `${pattern}.${segment}`;
  }, '');
}

type Node = { range?: [number, number, number] | null } | null | undefined;

function nodeAt(document: Document, segments: readonly string[]): unknown {
  let node: unknown = document.contents;
  for (const segment of segments) {
    if (isMap(node))
      node = node.items.find((pair) => isScalar(pair.key) && String(pair.key.value) === segment)?.value;
    else if (isSeq(node)) node = node.items[Number(segment)];
    else return undefined;
  }
  return node;
}

function keyAt(document: Document, segments: readonly string[]): unknown {
  const parent = nodeAt(document, segments.slice(0, -1));
  const last = segments[segments.length - 1];
  if (isMap(parent)) {
    const pair = parent.items.find(
      (item) => isPair(item) && isScalar(item.key) && String(item.key.value) === last,
    );
    return pair?.key;
  }
  if (isSeq(parent)) return parent.items[Number(last)];
  return undefined;
}

function positionOf(node: unknown, lineCounter: LineCounter): Position | undefined {
  const range = (node as Node)?.range;
  if (!range) return undefined;
  const position = lineCounter.linePos(range[0]);
  return { line: position.line, column: position.col };
}

/**
 * Where to point for a value: the value itself; for a key with an empty value, the key; else
 * the nearest ancestor that exists (a missing field is reported at its parent's key).
 */
export function locate(document: Document, lineCounter: LineCounter, segments: readonly string[]): Position {
  for (let depth = segments.length; depth > 0; depth--) {
    const prefix = segments.slice(0, depth);
    const value = nodeAt(document, prefix);
    const position =
      (value != null && positionOf(value, lineCounter)) || positionOf(keyAt(document, prefix), lineCounter);
    if (position) return position;
  }
  return { line: 1, column: 1 };
}

/** Where a key is written (for unknown keys), falling back to its value or parent. */
export function locateKey(
  document: Document,
  lineCounter: LineCounter,
  segments: readonly string[],
): Position {
  return positionOf(keyAt(document, segments), lineCounter) ?? locate(document, lineCounter, segments);
}
