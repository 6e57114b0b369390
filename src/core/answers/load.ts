/**
 * Reading an answers file: bytes → text → YAML document with positions → plain data.
 * Everything that makes a file unreadable is refused here, each with a located message;
 * whether the data fits the schema is `validation/`'s job.
 */
import { isMap, LineCounter, parseDocument, type Document } from 'yaml';

import type { Translate } from '../i18n/translate.js';
import { byPosition, type Problem } from '../validation/problem.js';
import type { DraftAnswers } from './types.js';
import { decodeAnswersBytes } from './text-encoding.js';
import { yamlSyntaxProblems } from './yaml-errors.js';

/** Larger files are refused: no hand-written answers file comes near this. */
export const MAX_FILE_BYTES = 2 * 1024 * 1024;
/** Aliases are rare in answers files; a small allowance keeps "billion laughs" files out. */
export const MAX_ALIAS_COUNT = 50;
export const SUPPORTED_VERSION = 1;

export interface LoadResult {
  /** Undefined when the file cannot be read at all (see `problems`). */
  data?: DraftAnswers;
  document?: Document.Parsed;
  lineCounter?: LineCounter;
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
export function parseAnswers(input: Uint8Array | string, t: Translate): LoadResult {
  const size = typeof input === 'string' ? Buffer.byteLength(input) : input.byteLength;
  if (size > MAX_FILE_BYTES) {
    return refuse(
      'too-large',
      t('load.tooLarge', { size: Math.ceil(size / 1024), max: MAX_FILE_BYTES / 1024 }),
    );
  }
  const decoded =
    typeof input === 'string' ? { text: input.replace(/^\uFEFF/, '') } : decodeAnswersBytes(input, t);
  if (!('text' in decoded)) return refuse(decoded.code, decoded.message);
  const text = decoded.text;
  if (text.trim() === '') return refuse('empty', t('load.empty'));

  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false });
  if (document.errors.length > 0)
    return { problems: yamlSyntaxProblems(document.errors, text, lineCounter, t).sort(byPosition) };
  if (document.contents === null) return refuse('empty', t('load.empty'));
  if (!isMap(document.contents)) {
    const start = (document.contents as { range?: number[] } | null)?.range?.[0] ?? 0;
    const position = lineCounter.linePos(start);
    return refuse('not-mapping', t('load.notMapping'), position.line, position.col);
  }

  let data: DraftAnswers;
  try {
    data = document.toJS({ maxAliasCount: MAX_ALIAS_COUNT }) as DraftAnswers;
  } catch {
    // yaml throws a ReferenceError for alias bombs (and unresolved aliases) from toJS().
    return refuse('aliases', t('load.aliases', { max: MAX_ALIAS_COUNT }));
  }
  return checkVersion(document, data, lineCounter, t) ?? { data, document, lineCounter, problems: [] };
}
