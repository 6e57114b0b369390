// eslint-disable-next-line @typescript-eslint/triple-slash-reference -- the types build (dts-bundle-generator) follows imports only and would miss this ambient file
/// <reference path="./hyphen-patterns.d.ts" />
/**
 * Where a word may be broken at a line end, from TeX hyphenation patterns (the `hyphen`
 * package, Liang's algorithm). One lookup per document language: a language whose patterns we
 * keep gets its own, any other gets none, because another language's patterns break words
 * wrongly (Russian patterns on Kazakh words give "жа-у-ап"). A word is then only broken where
 * it already has a hyphen or a slash.
 *
 * Patterns kept: en (TeX en-us), ru, tk. Without patterns: kk, ky, tg, uz (none exist in
 * `hyphen` 1.14; Turkmen or Russian patterns would be guesses).
 */

import { markBreaks, type PatternData } from './liang.js';

/** Offsets (in UTF-16 code units) inside a word where it may break, and whether a hyphen is drawn there. */
export interface BreakPoint {
  at: number;
  /** False after a hyphen or a slash that the word already has. */
  hyphen: boolean;
}

export type Hyphenator = (word: string) => readonly BreakPoint[];

/**
 * The pattern module of each language that has one, and the fewest letters left before and
 * after a break (TeX's \lefthyphenmin and \righthyphenmin for that language, never under 2).
 */
interface Patterns {
  load: () => Promise<PatternData>;
  left: number;
  right: number;
  /**
   * The letters the patterns were made for. A word with any other letter is a word of another
   * language (a Kazakh name in a Russian text: "Сенім көпірі") and is not hyphenated.
   */
  alphabet: RegExp;
}

const PATTERNS: Record<string, Patterns> = {
  en: {
    load: () => importPatterns(import('hyphen/patterns/en-us.js')),
    left: 2,
    right: 3,
    alphabet: /^[a-z]+$/i,
  },
  ru: {
    load: () => importPatterns(import('hyphen/patterns/ru.js')),
    left: 2,
    right: 2,
    alphabet: /^[а-яё]+$/i,
  },
  tk: {
    load: () => importPatterns(import('hyphen/patterns/tk.js')),
    left: 2,
    right: 2,
    alphabet: /^[a-zçäžňöşüý]+$/i,
  },
};

/** The pattern file's data (a CommonJS module: its export is the default of the import). */
async function importPatterns(module: Promise<{ default: unknown }>): Promise<PatternData> {
  return (await module).default as PatternData;
}

/** The base language of a tag ("uz-Latn" → "uz"). */
function baseLanguage(lang: string): string {
  return lang.toLowerCase().split(/[-_]/)[0] ?? '';
}

/** The document languages whose words are hyphenated from patterns. */
export function hasHyphenationPatterns(lang: string): boolean {
  return Object.hasOwn(PATTERNS, baseLanguage(lang));
}

const SOFT = '\u00ad';
/** Shorter words, and shorter parts of a compound ("какой-либо"), are never broken by pattern. */
const MIN_WORD = 5;
const LETTER = /\p{L}/u;
/** Addresses, e-mails, file names and codes: no pattern applies to them. */
const NOT_A_WORD = /[@\d]|:\/\/|^www\.|\p{L}\.\p{L}/u;
/** A single Latin or Cyrillic letter (all of them letters in Unicode's sense too). */
const PLAIN_LETTER = /^[a-zA-Zа-яА-ЯёЁ]$/;
/** All capitals (acronyms such as СИЗО, UNODC): never hyphenated. */
const ACRONYM = /^[^\p{Ll}]*$/u;

/** Breaks after a hyphen, a dash or a slash inside a word, with letters on both sides. */
function explicitBreaks(word: string): BreakPoint[] {
  const points: BreakPoint[] = [];
  for (let i = 1; i < word.length - 1; i++) {
    if (/[-‐/–]/.test(word[i]!) && LETTER.test(word[i - 1]!) && LETTER.test(word[i + 1]!)) {
      points.push({ at: i + 1, hyphen: false });
    }
  }
  return points;
}

/** Pattern breaks in one part between explicit breaks, as offsets within the word. */
function patternBreaks(part: string, offset: number, patterns: LoadedPatterns): BreakPoint[] {
  const { left, right, alphabet } = patterns;
  // Only the letters are hyphenated: leading and trailing punctuation ("«word»,") is cut off.
  // Most words begin and end with a Latin or Cyrillic letter: then there is nothing to cut, and
  // the Unicode-property expression (slow, and run for every new word) is not needed.
  const plain = PLAIN_LETTER.test(part[0] ?? '') && PLAIN_LETTER.test(part[part.length - 1] ?? '');
  const match = plain ? undefined : /^(\P{L}*)(.*?)(\P{L}*)$/su.exec(part);
  const core = plain ? part : (match?.[2] ?? '');
  if (core.length < Math.max(left + right, MIN_WORD) || !alphabet.test(core) || ACRONYM.test(core)) {
    return [];
  }
  const marked = markBreaks(core, patterns.data, SOFT);
  const points: BreakPoint[] = [];
  const start = offset + (match?.[1]?.length ?? 0);
  let index = 0;
  for (const char of marked) {
    if (char === SOFT) {
      if (index >= left && core.length - index >= right) points.push({ at: start + index, hyphen: true });
    } else {
      index += char.length;
    }
  }
  return points;
}

interface LoadedPatterns extends Omit<Patterns, 'load'> {
  data: PatternData;
}

function wordBreaks(word: string, patterns: LoadedPatterns | undefined) {
  const explicit = explicitBreaks(word);
  if (!patterns || NOT_A_WORD.test(word)) return explicit;
  const points: BreakPoint[] = [];
  let from = 0;
  for (const point of [...explicit, { at: word.length, hyphen: false }]) {
    points.push(...patternBreaks(word.slice(from, point.at), from, patterns));
    if (point.at < word.length) points.push(point);
    from = point.at;
  }
  return points;
}

const loaded = new Map<string, Promise<Hyphenator>>();

/**
 * The hyphenator of a document language, loaded once per process; its answers are cached per
 * word, since a batch lays out the same words again and again.
 */
export function loadHyphenator(lang: string): Promise<Hyphenator> {
  const base = baseLanguage(lang);
  let hyphenator = loaded.get(base);
  if (!hyphenator) {
    const entry = Object.hasOwn(PATTERNS, base) ? PATTERNS[base] : undefined;
    hyphenator = (entry ? entry.load() : Promise.resolve(undefined)).then((data) =>
      cachedHyphenator(entry && data ? { ...entry, data } : undefined),
    );
    hyphenator.catch(() => loaded.delete(base));
    loaded.set(base, hyphenator);
  }
  return hyphenator;
}

function cachedHyphenator(patterns: LoadedPatterns | undefined): Hyphenator {
  const cache = new Map<string, readonly BreakPoint[]>();
  return (word) => {
    let points = cache.get(word);
    if (!points) {
      points = word.length < 4 ? [] : wordBreaks(word, patterns);
      cache.set(word, points);
    }
    return points;
  };
}

/** The word with a soft hyphen at each of its pattern breaks (for word processors). */
export function withSoftHyphens(word: string, hyphenate: Hyphenator): string {
  let out = '';
  let from = 0;
  for (const point of hyphenate(word)) {
    if (!point.hyphen) continue;
    out += word.slice(from, point.at) + SOFT;
    from = point.at;
  }
  return out + word.slice(from);
}
