/**
 * YAML syntax errors explained in the user's words. The yaml library's messages are precise but
 * written for YAML experts, in English, and an unclosed quote is reported at the end of the file.
 * The mistakes people make when typing answers by hand get their own catalogue message, placed
 * where the mistake is, saying what to write instead; anything else keeps the library's detail.
 */
import type { CST, LineCounter, YAMLError } from 'yaml';

import type { Translate } from '../i18n/translate.js';
import type { Problem } from '../validation/problem.js';
import { walkCst } from './cst-walk.js';

type Explained = { key: string; values?: Record<string, string>; offset?: number };

/** The offset of the first token that `unclosed` picks out (the library reports the end of the file). */
function findOpening(text: string, unclosed: (token: CST.Token) => boolean): number | undefined {
  for (const { token } of walkCst(text)) if (unclosed(token)) return token.offset;
  return undefined;
}

/** Where a quoted value opens without closing. */
export function unclosedQuoteOffset(text: string): number | undefined {
  return findOpening(
    text,
    (token) =>
      (token.type === 'double-quoted-scalar' || token.type === 'single-quoted-scalar') &&
      !isClosedQuote(token.source),
  );
}

/** Where a [ … ] or { … } opens without closing. */
export function unclosedBracketOffset(text: string): number | undefined {
  return findOpening(
    text,
    (token) =>
      token.type === 'flow-collection' && !token.end.some((end) => end.source === ']' || end.source === '}'),
  );
}

function isClosedQuote(source: string): boolean {
  const quote = source[0]!;
  if (source.length < 2 || !source.endsWith(quote)) return false;
  if (quote === "'") return true; // '' inside single quotes is an escaped quote, still closed at the end
  const backslashes = /\\*(?="$)/.exec(source)![0].length;
  return backslashes % 2 === 0;
}

/** Where the first unclosed quote and bracket open, each searched once however many errors ask. */
interface Openings {
  quote(): number | undefined;
  bracket(): number | undefined;
}

function openingsOf(text: string): Openings {
  const once = (find: (text: string) => number | undefined) => {
    let done = false;
    let found: number | undefined;
    return () => {
      if (!done) [found, done] = [find(text), true];
      return found;
    };
  };
  return { quote: once(unclosedQuoteOffset), bracket: once(unclosedBracketOffset) };
}

function explain(error: YAMLError, openings: Openings): Explained | undefined {
  const message = error.message;
  switch (error.code) {
    case 'MISSING_CHAR': {
      const quote = /closing (["'])/.exec(message)?.[1];
      if (quote) return { key: 'load.yaml.unclosedQuote', values: { quote }, offset: openings.quote() };
      if (/followed by map values/.test(message)) return { key: 'load.yaml.noColon' };
      if (/[\]}]/.test(message)) return { key: 'load.yaml.unclosedBracket', offset: openings.bracket() };
      return undefined;
    }
    case 'BAD_INDENT':
      if (/Flow (sequence|map)/.test(message))
        return { key: 'load.yaml.unclosedBracket', offset: openings.bracket() };
      return { key: 'load.yaml.indent' };
    case 'BLOCK_AS_IMPLICIT_KEY':
      if (/block sequence/.test(message)) return { key: 'load.yaml.listWhereKey' };
      return { key: 'load.yaml.colonInValue' };
    case 'MULTILINE_IMPLICIT_KEY':
      return { key: 'load.yaml.noColon' };
    case 'BAD_SCALAR_START': {
      const char = /character (\S)/.exec(message)?.[1] ?? '';
      return { key: 'load.yaml.badStart', values: { char } };
    }
    case 'UNEXPECTED_TOKEN':
      return { key: 'load.yaml.afterValue' };
    case 'TAB_AS_INDENT':
      return { key: 'load.tab' };
    default:
      return undefined;
  }
}

/**
 * One problem per syntax error; when one mistake makes the library report several errors on the
 * same line with the same explanation, it is said once.
 */
export function yamlSyntaxProblems(
  errors: readonly YAMLError[],
  text: string,
  lineCounter: LineCounter,
  t: Translate,
): Problem[] {
  const seen = new Set<string>();
  const problems: Problem[] = [];
  const openings = openingsOf(text);
  for (const error of errors) {
    const duplicate = error.code === 'DUPLICATE_KEY';
    const explained = duplicate ? undefined : explain(error, openings);
    const position = lineCounter.linePos(explained?.offset ?? error.pos[0]);
    const detail = error.message
      .split('\n')[0]!
      .replace(/ at line \d+, column \d+:?$/, '')
      .trim();
    const message = duplicate
      ? t('load.duplicateKey')
      : explained
        ? t(explained.key, explained.values)
        : t('load.syntax', { detail });
    const key = `${position.line}\u0000${message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    problems.push({
      line: position.line,
      column: position.col,
      path: '',
      code: duplicate ? 'duplicate-key' : 'yaml-syntax',
      message,
    });
  }
  return problems;
}
