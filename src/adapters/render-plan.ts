/**
 * What a render will produce, decided without rendering: the formats and options, the output
 * paths of a file, its document language, and the shape of a file's result. Light on purpose:
 * the command and the batch coordinator plan with it, and only the workers (or a single
 * in-process render) load the rendering pipeline.
 */
import { basename, extname, join } from 'node:path';

import { peekLanguage } from '../core/answers/peek-language.js';
import type { DraftAnswers } from '../core/answers/types.js';
import type { DocKind } from '../core/document/types.js';
import type { Translate } from '../core/i18n/translate.js';
import { originalLanguages } from '../core/document/originals-view.js';
import type { Problem } from '../core/validation/problem.js';

export type Format = 'md' | 'pdf' | 'docx';
export const FORMATS: readonly Format[] = ['md', 'pdf', 'docx'];
export const DEFAULT_FORMATS: readonly Format[] = ['md', 'pdf'];
export const DEFAULT_LANGUAGE = 'en';

export interface RenderOptions {
  /** Output folder (absolute), plus the sub-folder mirroring where a batch found the file. */
  outDir: string;
  outputSubdir?: string;
  formats: readonly Format[];
  docs: readonly DocKind[];
  /**
   * Document language, or a side-by-side pair (`ky+ru`); default: one document per language of
   * the file's `originals`, else its `language`, else English.
   */
  lang?: string;
  templatesDir?: string;
  force: boolean;
  draft: boolean;
  /** Render a final version even while roundtable points are disputed. */
  allowOpen?: boolean;
  /** How messages name the input (default: the path given). */
  displayName?: string;
  /** `-o FILE`: the one output's own path (absolute), instead of a name in `outDir`. */
  outFile?: string;
}

export interface RenderResult {
  /** The input as given. */
  file: string;
  ok: boolean;
  /** Files written (empty when not ok). */
  outputs: string[];
  /** Translated messages: validation problems, refusals, template or font errors. */
  errors: string[];
  /** Documents written (one per document kind and format). */
  documents: number;
  lang?: string;
  /** Notes for the user, not errors: e.g. a language pack no native legal reviewer has checked. */
  notes?: string[];
  /** Gaps marked "to complete" (draft mode). */
  gaps: number;
  /** The located problems of an invalid file (for --json), when that is why it failed. */
  problems?: Problem[];
  /** Keys of the memorandum's standard clauses that took the default wording (`render.field.<key>`). */
  defaults?: string[];
}

/** `<out>/<input name without extension>.<doc>.<lang>.<format>`: from the file's name only. */
export function outputPath(
  file: string,
  options: RenderOptions,
  doc: DocKind,
  lang: string,
  format: Format,
): string {
  if (options.outFile) return options.outFile;
  const stem = basename(file, extname(file));
  return join(options.outDir, options.outputSubdir ?? '', `${stem}.${doc}.${lang}.${format}`);
}

/** Every output of the documents in `langs` (language specs such as `ky` or `ky+ru`). */
export function outputPaths(
  file: string,
  options: RenderOptions,
  langs: string | readonly string[],
): string[] {
  return (typeof langs === 'string' ? [langs] : langs).flatMap((lang) =>
    options.docs.flatMap((doc) =>
      options.formats.map((format) => outputPath(file, options, doc, lang, format)),
    ),
  );
}

export function documentLanguage(
  answers: DraftAnswers | undefined,
  options: Pick<RenderOptions, 'lang'>,
): string {
  const fromFile = typeof answers?.language === 'string' ? answers.language.trim() : '';
  return options.lang ?? (fromFile || DEFAULT_LANGUAGE);
}

/**
 * The documents to write, as language specs: `--lang` (one language or a pair), else one per
 * language of the file's `originals`, else the document language alone.
 */
export function documentLanguages(
  answers: DraftAnswers | undefined,
  options: Pick<RenderOptions, 'lang'>,
): string[] {
  if (options.lang) return [options.lang];
  return originalLanguages(answers, documentLanguage(answers, options));
}

/** What a file whose rendering crashed (a bug, not the user's mistake) is reported as. */
export function crashResult(file = '', message = ''): RenderResult {
  return { file, ok: false, outputs: [], errors: message ? [message] : [], documents: 0, gaps: 0 };
}

/**
 * The outputs a render would write, to refuse before anything is written when some exist. The
 * language comes from --lang or, failing that, from the file itself (read cheaply, not validated).
 */
export async function plannedOutputs(
  file: string,
  options: RenderOptions,
  deps: { t: Translate },
): Promise<string[]> {
  let answers: DraftAnswers | undefined;
  if (!options.lang) {
    try {
      const { readAnswersBytes } = await import('./answers-file.js');
      const { decodeText, parseAnswers } = await import('../core/answers/load.js');
      const bytes = await readAnswersBytes(file, deps.t);
      const text = decodeText(bytes) ?? '';
      const peeked = peekLanguage(text);
      // `originals` decides the documents too: only then is the whole file parsed.
      if (peeked === undefined || /^originals\s*:/m.test(text)) answers = parseAnswers(bytes, deps.t).data;
      else if (peeked !== null) answers = { language: peeked };
    } catch {
      return []; // unreadable: renderFile reports it
    }
  }
  return outputPaths(file, options, documentLanguages(answers, options));
}
