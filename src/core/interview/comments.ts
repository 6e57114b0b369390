/**
 * Comment lines put back where they stand in the file, before the interview rewrites it.
 *
 * The yaml library attaches the comment lines that follow an empty value (`title:` in a
 * skeleton from `init`) to that value, and the comments at the end of a nested group to an
 * outer one. Written back, they come out indented under the empty key or at another depth, and
 * a commented-out optional key (`# summary:`) would then be uncommented into the wrong group.
 * So every whole-line comment is re-attached by its position in the text: to the entry that
 * follows it at the same indentation, or, if the group ends first, to the end of the group
 * whose entries it lines up with. Comments at the end of a line stay with their line.
 */
import {
  isCollection,
  isScalar,
  LineCounter,
  visit,
  type Document,
  type Node,
  type YAMLMap,
  type YAMLSeq,
} from 'yaml';

interface Line {
  start: number;
  text: string;
  indent: number;
  kind: 'blank' | 'comment' | 'content';
}

/** An entry of a group: a key with its value, or a list item; where comments before it go. */
interface Entry {
  line: number;
  indent: number;
  target: Node;
  parent: YAMLMap | YAMLSeq;
}

function splitLines(text: string, insideScalar: (offset: number) => boolean): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (const raw of text.split('\n')) {
    const body = raw.replace(/\r$/, '');
    const indent = body.length - body.trimStart().length;
    const trimmed = body.trim();
    let kind: Line['kind'] = trimmed === '' ? 'blank' : trimmed.startsWith('#') ? 'comment' : 'content';
    // A "#" at the start of a line inside a block scalar or a multi-line quoted value is text.
    if (kind !== 'content' && insideScalar(start + indent)) kind = 'content';
    lines.push({ start, text: body, indent, kind });
    start += raw.length + 1;
  }
  return lines;
}

/**
 * The text of an end-of-line comment after `offset` on its line, as yaml keeps it (without
 * `#`); after a key, past its colon.
 */
function commentAfter(text: string, offset: number, afterKey = false): string | undefined {
  // A value that ends with its line (a block scalar) has nothing after it on that line.
  if (offset > 0 && text[offset - 1] === '\n') return undefined;
  const end = text.indexOf('\n', offset);
  const rest = text.slice(offset, end < 0 ? undefined : end).replace(/\r$/, '');
  return (afterKey ? /^\s*:\s*#(.*)$/ : /^\s*#(.*)$/).exec(rest)?.[1];
}

function collectEntries(doc: Document, lineOf: (offset: number) => number, lines: Line[]): Entry[] {
  const entries: Entry[] = [];
  visit(doc, {
    Map(_key, map) {
      if (map.flow) return;
      for (const pair of map.items) {
        const key = pair.key as Node | null;
        if (!key?.range) continue;
        const line = lineOf(key.range[0]);
        entries.push({ line, indent: key.range[0] - lines[line]!.start, target: key, parent: map });
      }
    },
    Seq(_key, seq) {
      if (seq.flow) return;
      for (const item of seq.items) {
        const node = item as Node;
        if (!node?.range) continue;
        const line = lineOf(node.range[0]);
        // The dash stands before the item, on its line; otherwise the line's indentation.
        const column = node.range[0] - lines[line]!.start;
        const dash = lines[line]!.text.lastIndexOf('- ', column);
        const indent =
          dash >= 0 && lines[line]!.text.slice(0, dash).trim() === '' ? dash : lines[line]!.indent;
        entries.push({ line, indent, target: node, parent: seq });
      }
    },
  });
  // Where a list item and its first key share a line, comments above go before the dash.
  entries.sort((a, b) => a.line - b.line || a.indent - b.indent);
  return entries;
}

/** Removes the comments yaml attached by its own rules; keeps those at the end of a line. */
function clearComments(doc: Document, text: string): void {
  const labelled = new WeakSet<Node>();
  doc.comment = null;
  visit(doc, {
    Pair(_key, pair) {
      // `group:  # label`: yaml keeps the label above the group's first entry; so do we.
      const key = pair.key as Node | null;
      if (isCollection(pair.value) && !pair.value.flow && key?.range) {
        pair.value.commentBefore = commentAfter(text, key.range[1], true) ?? null;
        labelled.add(pair.value);
      }
    },
    Node(key, node, path) {
      // Inside a flow collection (`[ … ]`), comments stay as the library read them.
      if (path.some((ancestor) => isCollection(ancestor) && ancestor.flow)) return visit.SKIP;
      if (!labelled.has(node)) node.commentBefore = null;
      // A block scalar's own comment (after `|` or `>`) is placed right by the library.
      if (isScalar(node) && (node.type === 'BLOCK_LITERAL' || node.type === 'BLOCK_FOLDED')) return;
      const endOfLine = key !== 'key' && (!isCollection(node) || node.flow);
      node.comment = endOfLine && node.range ? (commentAfter(text, node.range[1]) ?? null) : null;
    },
  });
}

/**
 * A comment line's text as the yaml library keeps it: without the `#`; a bare `#` is kept as a
 * single space (an empty string would be a blank line).
 */
function commentText(line: Line): string {
  return line.text.trimStart().slice(1) || ' ';
}

/** The index of the last entry on a line before `line` (entries are sorted), or -1. */
function lastBefore(entries: readonly Entry[], line: number): number {
  let low = 0;
  let high = entries.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (entries[middle]!.line < line) low = middle + 1;
    else high = middle;
  }
  return low - 1;
}

function append(existing: string | null | undefined, line: string): string {
  return existing ? `${existing}\n${line}` : line;
}

/**
 * Re-attaches whole-line comments by where they stand in `text`, the source `doc` was parsed
 * from (and not edited since).
 */
export function rehomeComments(doc: Document, text: string): void {
  const counter = new LineCounter();
  let offset = 0;
  for (const raw of text.split('\n')) {
    counter.addNewLine(offset);
    offset += raw.length + 1;
  }
  const lineOf = (at: number) => counter.linePos(at).line - 1;
  // Only values that run over several lines (block scalars, long quoted text) can hold a "#"
  // at the start of a line; a `[ … ]` or `{ … }` over several lines keeps its comments as the
  // library reads them.
  const multiLine: [number, number][] = [];
  const spans = (node: Node) => node.range && lineOf(node.range[1]) > lineOf(node.range[0]);
  visit(doc, {
    Node(_key, node) {
      if ((isScalar(node) || (isCollection(node) && node.flow)) && spans(node))
        multiLine.push([node.range![0], node.range![1]]);
    },
  });
  const lines = splitLines(text, (at) => multiLine.some(([from, to]) => at > from && at < to));
  const entries = collectEntries(doc, lineOf, lines);
  const firstContent = lines.findIndex((line) => line.kind === 'content');
  if (firstContent < 0 || entries.length === 0) return;
  const entryAt = new Map<number, Entry>();
  for (const entry of entries) if (!entryAt.has(entry.line)) entryAt.set(entry.line, entry);
  clearComments(doc, text);
  // The file's opening comments, up to the last blank line before the first entry, stay the
  // document's (written with the blank line after them); the rest go with the first entry.
  const lastBlank = lines.slice(0, firstContent).findLastIndex((line) => line.kind === 'blank');
  const opening = lines
    .slice(0, Math.max(0, lastBlank))
    .map((line) => (line.kind === 'blank' ? '' : commentText(line)))
    .join('\n');
  doc.commentBefore = opening.trim() === '' ? null : opening.replace(/^\n+|\n+$/g, '');
  const start = lastBlank + 1;

  // The comment lines waiting for their place: a block of consecutive lines, as deep as its
  // first line or deeper. Deeper lines (a commented-out group) keep their extra indentation
  // inside the comment, so that removing "# " still puts the key at its depth.
  let pending: { indent: number; text: string }[] = [];
  let pendingIndent = -1;
  let blankBeforeBlock = false;
  let sawBlank = false;
  const format = (depth: number) =>
    pending
      .map((line) => (line.indent < 0 ? '' : ' '.repeat(Math.max(0, line.indent - depth)) + line.text))
      .join('\n');
  const place = (next: Line | undefined, nextIndex: number, blankBefore: boolean) => {
    const anchor = next ? entryAt.get(nextIndex) : undefined;
    if (anchor && (pending.length === 0 || pendingIndent <= next!.indent)) {
      anchor.target.spaceBefore = pending.length > 0 ? blankBeforeBlock : blankBefore;
      if (pending.length > 0) anchor.target.commentBefore = format(anchor.indent);
    } else if (pending.length > 0) {
      trailing(nextIndex, pendingIndent);
      if (anchor) anchor.target.spaceBefore = blankBefore;
    }
    pending = [];
    pendingIndent = -1;
  };
  const trailing = (beforeLine: number, indent: number) => {
    // The innermost group still open before `beforeLine` whose entries line up with the
    // comment: walking back from the last entry before it (the comment is never deeper than
    // that entry's group when it lines up with one; else that group takes it).
    let at = lastBefore(entries, beforeLine);
    const innermost = entries[at];
    while (at >= 0 && entries[at]!.indent > indent) at--;
    const owner = at >= 0 ? entries[at] : innermost;
    if (owner) owner.parent.comment = append(owner.parent.comment, format(owner.indent));
    else doc.comment = append(doc.comment, format(0));
  };

  for (let index = start; index < lines.length; index++) {
    const line = lines[index]!;
    if (line.kind === 'blank') {
      sawBlank = true;
      continue;
    }
    if (line.kind === 'comment') {
      // Less deep than the block gathered so far: that block ended with its group.
      if (pending.length > 0 && line.indent < pendingIndent) place(line, index, false);
      if (pending.length === 0) {
        pendingIndent = line.indent;
        blankBeforeBlock = sawBlank;
      } else if (sawBlank) pending.push({ indent: -1, text: '' });
      pending.push({ indent: line.indent, text: commentText(line) });
      sawBlank = false;
      continue;
    }
    place(line, index, sawBlank);
    sawBlank = false;
  }
  if (pending.length > 0) place(undefined, lines.length, false);
}
