/**
 * Reading an answers file: bytes → text → YAML document with positions → plain data.
 * Everything that makes a file unreadable is refused here, each with a located message;
 * whether the data fits the schema is `validation/`'s job.
 */
import { Composer, isMap, LineCounter, Parser, YAMLParseError, type CST, type Document } from 'yaml';

import type { Translate } from '../i18n/translate.js';
import { byPosition, type Problem } from '../validation/problem.js';
import type { DraftAnswers } from './types.js';
import { tooDeepOffset, tooManyEntriesOffset } from './cst-walk.js';
import { decodeAnswersBytes } from './text-encoding.js';
import { yamlSyntaxProblems } from './yaml-errors.js';
import { structureProblems } from './yaml-structure.js';

/** Larger files are refused: no hand-written answers file comes near this. */
export const MAX_FILE_BYTES = 2 * 1024 * 1024;
/** Aliases are rare in answers files; a small allowance keeps "billion laughs" files out. */
export const MAX_ALIAS_COUNT = 50;
export const SUPPORTED_VERSION = 1;
/** Lists and groups inside each other: an answers file needs about 6 levels; 6,000 overflowed the stack. */
export const MAX_NESTING = 32;
/** Keys and list items in one file: a full answers file has a few hundred. */
export const MAX_ENTRIES = 50_000;
/** Problems shown for a file that cannot be read; the rest are counted ("and N more"). */
export const MAX_SHOWN_PROBLEMS = 20;

export interface LoadResult {
  /** Undefined when the file cannot be read at all (see `problems`). */
  data?: DraftAnswers;
  document?: Document.Parsed;
  lineCounter?: LineCounter;
  /** The decoded text the document was parsed from. */
  text?: string;
  /** Refusals: encoding, size, YAML syntax, duplicate keys, tabs, aliases, version. */
  problems: Problem[];
}

function refuse(code: string, message: string, line = 1, column = 1): LoadResult {
  return { problems: [{ line, column, path: '', code, message }] };
}

/** Decodes UTF-8 (with or without BOM) or UTF-16 with a BOM; undefined when the bytes are not text. */
export function decodeText(bytes: Uint8Array): string | undefined {
  const decoded = decodeAnswersBytes(bytes, (key) => key);
  return 'text' in decoded ? decoded.text : undefined;
}

function checkVersion(document: Document.Parsed, data: DraftAnswers, lc: LineCounter, t: Translate) {
  const version = (data as { version?: unknown }).version;
  if (typeof version !== 'number' || version <= SUPPORTED_VERSION) return undefined;
  const node = document.get('version', true) as { range?: [number, number, number] } | undefined;
  const position = lc.linePos(node?.range?.[0] ?? 0);
  return refuse(
    'version',
    t('load.version', { found: version, supported: SUPPORTED_VERSION }),
    position.line,
    position.col,
  );
}

/** Parses an answers file. Never throws for anything a user can write. */
/**
 * `parseDocument` from tokens already parsed (for the nesting check): the first document, and
 * an error if there are more, as the library does.
 */
function compose(tokens: readonly CST.Token[], text: string): Document.Parsed {
  let first: Document.Parsed | undefined;
  for (const document of new Composer({ uniqueKeys: false }).compose(tokens, true, text.length)) {
    if (!first) first = document;
    else {
      const range = document.range.slice(0, 2) as [number, number];
      first.errors.push(new YAMLParseError(range, 'MULTIPLE_DOCS', 'Source contains multiple documents'));
      break;
    }
  }
  return first!;
}

/** Line and column of an offset, before any LineCounter exists (the refusal comes before parsing). */
function positionIn(text: string, offset: number): { line: number; col: number } {
  const before = text.slice(0, offset);
  const lineStart = before.lastIndexOf('\n') + 1;
  return { line: (before.match(/\n/g)?.length ?? 0) + 1, col: offset - lineStart + 1 };
}

export function tooLarge(size: number, t: Translate): LoadResult {
  return refuse(
    'too-large',
    t('load.tooLarge', { size: Math.ceil(size / 1024), max: MAX_FILE_BYTES / 1024 }),
  );
}

/** At most MAX_SHOWN_PROBLEMS, then one more saying how many were left out, where the first of them is. */
function bounded(problems: Problem[], t: Translate): Problem[] {
  const sorted = problems.sort(byPosition);
  if (sorted.length <= MAX_SHOWN_PROBLEMS) return sorted;
  const next = sorted[MAX_SHOWN_PROBLEMS]!;
  const count = sorted.length - MAX_SHOWN_PROBLEMS;
  const more = { ...next, path: '', code: 'more-problems', message: t('load.moreProblems', { count }) };
  return [...sorted.slice(0, MAX_SHOWN_PROBLEMS), more];
}

/**
 * Parses an answers file. Never throws for anything a user can write. `size` is the file's
 * real size when the caller read only the start of a file too large to read whole.
 */
export function parseAnswers(input: Uint8Array | string, t: Translate, size?: number): LoadResult {
  size ??= typeof input === 'string' ? Buffer.byteLength(input) : input.byteLength;
  if (size > MAX_FILE_BYTES) return tooLarge(size, t);
  const decoded =
    typeof input === 'string' ? { text: input.replace(/^\uFEFF/, '') } : decodeAnswersBytes(input, t);
  if (!('text' in decoded)) return refuse(decoded.code, decoded.message);
  const text = decoded.text;
  if (text.trim() === '') return refuse('empty', t('load.empty'));

  const crowded = tooManyEntriesOffset(text, MAX_ENTRIES);
  if (crowded !== undefined) {
    const { line, col } = positionIn(text, crowded);
    return refuse(
      'too-many-entries',
      t('load.tooManyEntries', { max: MAX_ENTRIES.toLocaleString('en') }),
      line,
      col,
    );
  }
  const lineCounter = new LineCounter();
  const tokens = Array.from(new Parser(lineCounter.addNewLine).parse(text));
  const deep = tooDeepOffset(tokens, MAX_NESTING);
  if (deep !== undefined) {
    const { line, col } = positionIn(text, deep);
    return refuse('too-deep', t('load.tooDeep', { max: MAX_NESTING }), line, col);
  }
  // Keys are checked for duplicates below, in linear time (the library's check is quadratic).
  const document = compose(tokens, text);
  if (document.errors.length > 0)
    return { problems: bounded(yamlSyntaxProblems(document.errors, text, lineCounter, t), t) };
  if (document.contents === null) return refuse('empty', t('load.empty'));
  if (!isMap(document.contents)) {
    const start = (document.contents as { range?: number[] } | null)?.range?.[0] ?? 0;
    const position = lineCounter.linePos(start);
    return refuse('not-mapping', t('load.notMapping'), position.line, position.col);
  }

  const limits = {
    maxAliases: MAX_ALIAS_COUNT,
    maxExpandedSize: MAX_FILE_BYTES,
    maxProblems: MAX_SHOWN_PROBLEMS,
  };
  const refused = structureProblems(document, text, lineCounter, limits, t);
  if (refused.length > 0) return { problems: bounded(refused, t) };

  let data: DraftAnswers;
  try {
    data = document.toJS({ maxAliasCount: MAX_ALIAS_COUNT }) as DraftAnswers;
  } catch {
    // yaml throws a ReferenceError for alias bombs (and unresolved aliases) from toJS().
    return refuse('aliases', t('load.aliases', { max: MAX_ALIAS_COUNT }));
  }
  return checkVersion(document, data, lineCounter, t) ?? { data, document, lineCounter, text, problems: [] };
}
