/**
 * Editing the answers file as a YAML document, never as a plain object: a file written by hand
 * keeps its comments, quoting and key order; only the value that changed is touched. New keys
 * are placed where the format puts them (project before parties, name before role…), so a file
 * the interview starts reads in the same order as the examples.
 */
import {
  isCollection,
  isMap,
  isNode,
  isPair,
  isScalar,
  isSeq,
  parseDocument,
  type Document,
  type YAMLMap,
} from 'yaml';

import type { Key } from './paths.js';

/** The first lines of a new answers file: the editor's schema hint and the format version. */
export function newAnswersText(schemaRef: string): string {
  return `# yaml-language-server: $schema=${schemaRef}\nversion: 1\n`;
}

export function newAnswersDocument(schemaRef: string): Document {
  return parseDocument(newAnswersText(schemaRef));
}

/** Where each key goes among its siblings: `''` for the top level, else the parent's pattern. */
export type KeyOrder = Map<string, string[]>;

/**
 * True for answers that mean "nothing": no value, `key:` left empty (null, as `init`'s skeleton
 * writes it), empty text, and lists or groups holding only such blanks.
 */
export function isEmptyAnswer(value: unknown): boolean {
  if (value === undefined || value === null) return true;
  if (typeof value === 'string') return value.trim() === '';
  if (Array.isArray(value)) return value.every(isEmptyAnswer);
  if (typeof value === 'object') return Object.values(value).every(isEmptyAnswer);
  return false;
}

function patternOf(keys: readonly Key[]): string {
  return keys.reduce<string>((pattern, key) => {
    if (typeof key === 'number') return `${pattern}[]`;
    return pattern === '' ? key : `${pattern}.${key}`;
  }, '');
}

function keyName(pair: unknown): string | undefined {
  if (!isPair(pair)) return undefined;
  const key = pair.key;
  if (isScalar(key)) return String(key.value);
  return typeof key === 'string' ? key : undefined;
}

/** Moves the newly appended pair `key` of `map` before the first sibling that comes later. */
function placeKey(map: YAMLMap, key: string, order: readonly string[] | undefined): void {
  const rank = order?.indexOf(key) ?? -1;
  if (!order || rank < 0) return;
  const index = map.items.findIndex((pair) => keyName(pair) === key);
  if (index < 0) return;
  const before = map.items.findIndex((pair, i) => {
    const name = keyName(pair);
    const other = name === undefined ? -1 : order.indexOf(name);
    return i !== index && other > rank;
  });
  if (before < 0 || before > index) return;
  const [pair] = map.items.splice(index, 1);
  map.items.splice(before, 0, pair!);
}

/** The length of the longest prefix of `keys` that already exists in the document. */
function existingDepth(doc: Document, keys: readonly Key[]): number {
  let depth = 0;
  while (depth < keys.length && doc.hasIn(keys.slice(0, depth + 1))) depth++;
  return depth;
}

/** An empty `{}` or `[]` (as a skeleton writes them) becomes a block once it gets content. */
function unflowEmpty(doc: Document, keys: readonly Key[]): void {
  for (let depth = 0; depth <= keys.length; depth++) {
    const node = depth === 0 ? doc.contents : doc.getIn(keys.slice(0, depth), true);
    if (isCollection(node) && node.items.length === 0) node.flow = false;
  }
}

/**
 * A `key:` left empty above the answer (`needs:` in a skeleton) becomes the group or list the
 * answer goes into; its comment moves along.
 */
function openBlanks(doc: Document, keys: readonly Key[]): void {
  for (let depth = 1; depth < keys.length; depth++) {
    const prefix = keys.slice(0, depth);
    const node = doc.getIn(prefix, true);
    if (!isScalar(node) || !isEmptyAnswer(node.value)) continue;
    const replacement = doc.createNode(typeof keys[depth] === 'number' ? [] : {});
    // A comment after `key:` is read back as the comment above the group's first entry.
    replacement.commentBefore = [node.commentBefore, node.comment].filter(Boolean).join('\n') || undefined;
    doc.setIn(prefix, replacement);
  }
}

/**
 * The commented-out `# key:` line a skeleton from `init` offers for an optional key, and the
 * deeper lines of a commented-out group under it, are removed once the key is really there.
 */
function dropHint(map: YAMLMap, key: string): void {
  const start = new RegExp(`^ ?${key.replace(/[^\w]/g, '\\$&')}:(\\s|$)`);
  const without = (comment: string | null | undefined) => {
    if (!comment) return comment;
    const lines = comment.split('\n');
    const at = lines.findIndex((line) => start.test(line));
    if (at < 0) return comment;
    let end = at + 1;
    while (end < lines.length && /^ {2,}\S/.test(lines[end]!)) end++;
    lines.splice(at, end - at);
    return lines.length > 0 ? lines.join('\n') : null;
  };
  for (const pair of map.items) {
    if (isScalar(pair.key)) pair.key.commentBefore = without(pair.key.commentBefore);
  }
  map.comment = without(map.comment);
}

/** Sets one answer; an empty answer removes the key (and parents it leaves empty). */
export function setAnswer(doc: Document, keys: readonly Key[], value: unknown, order?: KeyOrder): void {
  if (isEmptyAnswer(value)) {
    removeAnswer(doc, keys);
    return;
  }
  if (doc.contents === null) doc.contents = doc.createNode({}) as never;
  openBlanks(doc, keys);
  const depth = existingDepth(doc, keys);
  unflowEmpty(doc, keys.slice(0, depth));
  // Scalars go in as values, so that an existing node keeps its comment; lists and groups go
  // in as nodes, so that later edits (removing one entry) find a real YAML list.
  doc.setIn(keys, typeof value === 'object' ? doc.createNode(value) : value);
  if (depth < keys.length) {
    const parentKeys = keys.slice(0, depth);
    const parent = parentKeys.length === 0 ? doc.contents : doc.getIn(parentKeys, true);
    const created = keys[depth];
    if (isMap(parent) && typeof created === 'string') {
      placeKey(parent, created, order?.get(patternOf(parentKeys)));
      dropHint(parent, created);
    }
  }
}

/** Removes one answer, then every map or list it leaves empty (but never a list item). */
export function removeAnswer(doc: Document, keys: readonly Key[]): void {
  if (!doc.hasIn(keys)) return;
  doc.deleteIn(keys);
  let parentKeys = keys.slice(0, -1);
  while (parentKeys.length > 0 && typeof parentKeys[parentKeys.length - 1] === 'string') {
    const parent = doc.getIn(parentKeys, true);
    if (!isCollection(parent) || parent.items.length > 0) return;
    doc.deleteIn(parentKeys);
    parentKeys = parentKeys.slice(0, -1);
  }
}

/** Number of items of the list at `keys` (0 when there is none). */
export function listLength(doc: Document, keys: readonly Key[]): number {
  const node = doc.getIn(keys, true);
  return isSeq(node) ? node.items.length : 0;
}

/** Removes the blank entries of the list at `keys` (`- ` lines of a skeleton, all-empty items). */
export function dropBlankEntries(doc: Document, keys: readonly Key[]): boolean {
  const node = doc.getIn(keys, true);
  if (!isSeq(node)) return false;
  const before = node.items.length;
  node.items = node.items.filter((item) => !isEmptyAnswer(isNode(item) ? item.toJSON() : item));
  return node.items.length !== before;
}

/** Removes item `index` of the list at `keys`; an emptied list is removed too. */
export function removeItem(doc: Document, keys: readonly Key[], index: number): void {
  removeAnswer(doc, [...keys, index]);
  if (listLength(doc, keys) === 0) removeAnswer(doc, keys);
}
