/**
 * What a YAML document may hold and an answers file may not, found in one walk over the parsed
 * document (linear in its size): duplicate keys (one Set per map; the yaml library's own check
 * compares every key with every other), keys that are not text, aliases that point nowhere or
 * into themselves or that expand beyond the input limit, numbers that cannot be written down
 * (.inf, .nan), and control characters that would break the documents (XML forbids them, fonts
 * have no glyph for them). Line-break look-alikes (U+000B, U+2028, U+2029) become line breaks.
 *
 * The walk recurses once per level; the loader has already refused anything nested deeper than
 * its limit, so the stack stays small.
 */
import {
  isAlias,
  isMap,
  isPair,
  isScalar,
  isSeq,
  type Document,
  type LineCounter,
  type Node,
  type Scalar,
} from 'yaml';

import type { Translate } from '../i18n/translate.js';
import type { Problem } from '../validation/problem.js';

export interface StructureLimits {
  /** Aliases (`*name`) allowed in one file. */
  maxAliases: number;
  /** Characters the data may have once every alias is expanded. */
  maxExpandedSize: number;
  /** Stop after this many problems (the caller says how many more there were). */
  maxProblems: number;
}

/** Line-break look-alikes: Word's manual line break (VT), Unicode line and paragraph separators. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const LINE_BREAK_LIKE = /[\u000B\u2028\u2029]|\r\n?/g;
/** Characters no document can carry: other C0 and C1 controls, DEL, lone surrogates, non-characters. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const FORBIDDEN = /[\u0000-\u0008\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF]|\p{Cs}/u;

type Found = { code: string; offset: number; message: string };

class Walker {
  readonly found: Found[] = [];
  private readonly anchors = new Map<string, Node>();
  /** Expanded size of each finished anchored node, so an alias costs its target's size once. */
  private readonly sizes = new Map<Node, number>();
  /** Anchored nodes whose walk is not finished: an alias to one of them is a cycle. */
  private readonly open = new Set<Node>();
  private aliases = 0;
  private expanded = 0;
  private aliasLimitSaid = false;
  private sizeLimitSaid = false;

  constructor(
    private readonly text: string,
    private readonly limits: StructureLimits,
    private readonly t: Translate,
  ) {}

  get full(): boolean {
    return this.found.length > this.limits.maxProblems;
  }

  private add(code: string, offset: number, message: string) {
    this.found.push({ code, offset, message });
  }

  /** Walks a node; returns its size with aliases expanded (characters, roughly as written). */
  node(node: unknown): number {
    if (node === null || node === undefined || this.full) return 1;
    if (isAlias(node)) return this.alias(node);
    const anchor = (node as Node).anchor;
    if (anchor) {
      this.anchors.set(anchor, node as Node);
      this.open.add(node as Node);
    }
    let size = 1;
    if (isScalar(node)) size = this.scalar(node);
    else if (isMap(node)) size = this.map(node.items);
    else if (isSeq(node)) for (const item of node.items) size += this.node(item);
    if (anchor) {
      this.open.delete(node as Node);
      this.sizes.set(node as Node, size);
    }
    return size;
  }

  private alias(node: { source: string; range?: [number, number, number] | null }): number {
    const offset = node.range?.[0] ?? 0;
    this.aliases++;
    if (this.aliases > this.limits.maxAliases) {
      if (!this.aliasLimitSaid)
        this.add('aliases', offset, this.t('load.aliases', { max: this.limits.maxAliases }));
      this.aliasLimitSaid = true;
      return 1;
    }
    const target = this.anchors.get(node.source);
    if (!target) {
      this.add('unresolved-alias', offset, this.t('load.unresolvedAlias', { name: node.source }));
      return 1;
    }
    if (this.open.has(target)) {
      this.add('recursive-alias', offset, this.t('load.recursiveAlias', { name: node.source }));
      return 1;
    }
    const size = this.sizes.get(target) ?? 1;
    this.expanded += size;
    if (this.text.length + this.expanded > this.limits.maxExpandedSize && !this.sizeLimitSaid) {
      this.sizeLimitSaid = true;
      const kb = (chars: number) => Math.ceil(chars / 1024);
      this.add(
        'aliases-too-large',
        offset,
        this.t('load.aliasesTooLarge', {
          name: node.source,
          size: kb(this.text.length + this.expanded),
          max: kb(this.limits.maxExpandedSize),
        }),
      );
    }
    return size;
  }

  private map(items: readonly unknown[]): number {
    let size = 1;
    const keys = new Set<string>();
    for (const pair of items) {
      if (!isPair(pair)) continue;
      const key = pair.key as Node | null;
      const keyOffset = key?.range?.[0] ?? (pair.value as Node | null)?.range?.[0] ?? 0;
      if (key !== null && !isScalar(key)) {
        this.add('complex-key', keyOffset, this.t('load.complexKey'));
      } else if (key === null || key.value === null || key.value === '') {
        this.add('empty-key', this.emptyKeyOffset(keyOffset), this.t('load.emptyKey'));
      } else {
        size += this.scalar(key);
        const name = String(key.value);
        if (keys.has(name)) this.add('duplicate-key', keyOffset, this.t('load.duplicateKey'));
        keys.add(name);
      }
      size += this.node(pair.value);
    }
    return size;
  }

  /** An empty key has no node of its own: point at the colon (the start of its line's content). */
  private emptyKeyOffset(offset: number): number {
    const lineStart = this.text.lastIndexOf('\n', offset - 1) + 1;
    const colon = this.text.slice(lineStart, offset + 1).search(/\S/);
    return colon < 0 ? offset : lineStart + colon;
  }

  private scalar(node: Scalar): number {
    const value = node.value;
    const offset = node.range?.[0] ?? 0;
    if (typeof value === 'number' && !Number.isFinite(value)) {
      this.add('not-finite', offset, this.t('load.notFinite', { value: node.source ?? String(value) }));
      return 1;
    }
    if (typeof value !== 'string') return String(value).length + 1;
    const forbidden = FORBIDDEN.exec(value);
    if (forbidden) {
      const end = node.range?.[2] ?? offset;
      const raw = this.text.slice(offset, end).indexOf(forbidden[0]);
      const code = forbidden[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0');
      this.add(
        'control-character',
        raw >= 0 ? offset + raw : offset,
        this.t('load.controlCharacter', { code }),
      );
      return 1;
    }
    const normalised = value.replace(LINE_BREAK_LIKE, '\n');
    if (normalised !== value) node.value = normalised;
    return value.length + 1;
  }
}

/** Every structural refusal of a parsed document, located, at most `maxProblems + 1` of them. */
export function structureProblems(
  document: Document.Parsed,
  text: string,
  lineCounter: LineCounter,
  limits: StructureLimits,
  t: Translate,
): Problem[] {
  const walker = new Walker(text, limits, t);
  walker.node(document.contents);
  return walker.found.map(({ code, offset, message }) => {
    const position = lineCounter.linePos(offset);
    return { line: position.line, column: position.col, path: '', code, message };
  });
}
