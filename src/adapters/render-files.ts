/**
 * Rendering one answers file into its documents: read and validate, build the view model, fill
 * the templates, lay out PDF/DOCX, then write every output atomically. `renderFile` takes only
 * plain data and a translator, so a batch runner can call it from worker threads; fonts,
 * templates and catalogues are cached per process.
 */
import { visit } from 'yaml';

import type { LoadResult } from '../core/answers/load.js';
import { openPoints, pointLabel } from '../core/answers/roundtable.js';
import type { DraftAnswers } from '../core/answers/types.js';
import { markdownBlocks, type Block } from '../core/document/blocks.js';
import { buildDocumentModel } from '../core/document/build-model.js';
import { documentLocale } from '../core/document/format.js';
import { tidyMarkdown } from '../core/document/markdown-escape.js';
import { typographicQuotes } from '../core/typography/quotes.js';
import type { DocumentMeta } from '../core/document/meta.js';
import type { DocKind, DocumentModel } from '../core/document/types.js';
import { UserError } from '../core/errors.js';
import { locate } from '../core/validation/locate.js';
import { formatProblem } from '../core/validation/problem.js';
import type { Translate } from '../core/i18n/translate.js';
import { readAnswersFile } from './answers-file.js';
import { describeFileError } from './file-errors.js';
import { existingFiles, OutputExistsError, writeFilesAtomicSync } from './files.js';
import { translatorFor } from './i18n.js';
import { documentExtras } from './render-extras.js';
import { missingPackFiles, reviewStatus, usableDocumentLanguages } from './language-packs.js';
import { loadTemplates } from './templates.js';
import { resolveLanguages, usesLanguageMaps } from '../core/answers/multilingual.js';
import { alignArticles, parallelBlocks, parallelMarkdown } from '../core/document/parallel.js';
import { languagesOf } from '../core/i18n/languages.js';
import {
  documentLanguages,
  outputPath,
  outputPaths,
  type RenderOptions,
  type RenderResult,
} from './render-plan.js';

export interface RenderDeps {
  /** Interface translator for messages. */
  t: Translate;
  /** Environment, for SOURCE_DATE_EPOCH. */
  env?: Record<string, string | undefined>;
}

/**
 * The creation date written into PDF and DOCX: SOURCE_DATE_EPOCH (reproducible builds), else
 * the signing date, else a fixed date, so the same input always gives the same bytes.
 */
export function documentDate(
  answers: DraftAnswers | undefined,
  env: Record<string, string | undefined> = {},
): Date {
  const epoch = env.SOURCE_DATE_EPOCH;
  if (epoch && /^\d+$/.test(epoch)) return new Date(Number(epoch) * 1000);
  const signing = answers?.signing?.date;
  if (typeof signing === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(signing)) {
    const date = new Date(`${signing}T00:00:00Z`);
    if (!Number.isNaN(date.getTime())) return date;
  }
  return new Date(Date.UTC(2024, 0, 1));
}

function failure(file: string, errors: string[], lang?: string): RenderResult {
  return { file, ok: false, outputs: [], errors, documents: 0, lang, gaps: 0 };
}

function gapCount(model: DocumentModel): number {
  const { mou, conceptNote } = model.toComplete;
  return new Set([...mou.missing, ...conceptNote.missing].map((gap) => gap.text)).size;
}

interface Rendered {
  path: string;
  data: string | Uint8Array;
}

type MissingGlyphs = Error & { chars: string[]; places: string[] };

/** PDFs left out because the font cannot draw some of their characters. */
type FontGaps = { path: string; error: MissingGlyphs }[];

/** One document in one language spec (`ky`, or `ky+ru` side by side), ready to be written. */
interface Composed {
  doc: DocKind;
  markdown: string;
  blocks: () => Block[];
  /** The answers as the (first) language reads them, for the metadata. */
  answers: DraftAnswers;
  docT: Translate;
  /** The title, for the metadata and the running header (both languages' side by side). */
  title: string;
}

async function renderDocument(
  composed: Composed,
  spec: string,
  file: string,
  options: RenderOptions,
  date: Date,
  fontGaps: FontGaps,
): Promise<Rendered[]> {
  const rendered: Rendered[] = [];
  let blocks: Block[] | undefined;
  const meta = () => documentMeta(composed, languagesOf(spec)[0]!, date, options.draft);
  for (const format of options.formats) {
    const path = outputPath(file, options, composed.doc, spec, format);
    if (format === 'md') {
      rendered.push({ path, data: composed.markdown });
      continue;
    }
    blocks ??= composed.blocks();
    if (format === 'pdf') {
      const { renderPdf } = await import('./pdf/render-pdf.js');
      try {
        rendered.push({ path, data: await renderPdf(blocks, meta()) });
      } catch (error) {
        // A character the font lacks fails this PDF only: Markdown and Word can carry it.
        if (!(error instanceof Error && error.name === 'MissingGlyphsError')) throw error;
        fontGaps.push({ path, error: error as MissingGlyphs });
      }
    } else {
      const { renderDocx } = await import('./docx/render-docx.js');
      rendered.push({ path, data: await renderDocx(blocks, meta()) });
    }
  }
  return rendered;
}

function documentMeta(composed: Composed, lang: string, date: Date, draft: boolean): DocumentMeta {
  const { answers, docT, doc, title } = composed;
  const names = [answers.parties?.prison?.name, answers.parties?.cso?.name].filter(
    (name): name is string => typeof name === 'string' && name.trim() !== '',
  );
  const project = typeof answers.project?.title === 'string' ? answers.project.title : '';
  return {
    title: project ? `${title}: ${project}` : title,
    subject: docT(`render.meta.subject.${doc}`),
    author: names.join('; '),
    keywords: docT('render.meta.keywords'),
    lang,
    locale: documentLocale(docT, lang),
    date,
    pageTemplate: docT('render.pdf.page'),
    watermark: draft ? docT('render.pdf.watermark') : null,
  };
}

function titleOf(markdown: string): string {
  return /^# (.+)$/m.exec(markdown)?.[1]?.trim() ?? '';
}

/**
 * The answers as documents in `lang` read them: each text in several languages resolved to
 * one (in drafts, a placeholder where `lang` has none).
 */
function answersIn(answers: DraftAnswers, lang: string, draft: boolean, docT: Translate): DraftAnswers {
  if (!usesLanguageMaps(answers)) return answers;
  const languageIn = docT(`render.languageIn.${lang}`);
  return resolveLanguages(answers, {
    lang,
    ...(typeof answers.language === 'string' ? { fileLanguage: answers.language } : {}),
    ...(draft
      ? {
          placeholder: (text: string | undefined) =>
            text === undefined
              ? docT('render.translationGapEmpty', { languageIn })
              : docT('render.translationGap', { languageIn, text }),
        }
      : {}),
  });
}

/** Both documents' Markdown in one language, and the model they were filled from. */
function documentsIn(
  source: DraftAnswers,
  lang: string,
  options: RenderOptions,
  deps: RenderDeps,
  pair?: readonly string[],
) {
  const docT = translatorFor(lang);
  const answers = answersIn(source, lang, options.draft, docT);
  const extras = documentExtras(answers, docT);
  const model = buildDocumentModel(answers, {
    lang,
    draft: options.draft,
    t: docT,
    ...extras,
    ...(pair ? { pair } : {}),
  });
  const templates = loadTemplates({
    lang,
    draft: options.draft,
    overrideDir: options.templatesDir,
    docT,
    uiT: deps.t,
  });
  const markdown = Object.fromEntries(
    options.docs.map((doc) => [doc, typographicQuotes(tidyMarkdown(templates[doc](model)), lang)]),
  ) as Record<DocKind, string>;
  return { answers, docT, model, markdown };
}

/** Every document of one language spec: `ky`, or `ky+ru` side by side (core/document/parallel). */
function composeAll(answers: DraftAnswers, spec: string, options: RenderOptions, deps: RenderDeps) {
  const langs = languagesOf(spec);
  if (langs.length === 1) {
    const one = documentsIn(answers, langs[0]!, options, deps);
    const composed = options.docs.map((doc): Composed => ({
      doc,
      markdown: one.markdown[doc],
      blocks: () => markdownBlocks(one.markdown[doc]),
      answers: one.answers,
      docT: one.docT,
      title: titleOf(one.markdown[doc]),
    }));
    return { composed, models: [one.model] };
  }
  const [left, right] = langs.map((lang) => documentsIn(answers, lang, options, deps, langs));
  const composed = options.docs.map((doc): Composed => {
    const parts = alignArticles(left!.markdown[doc], right!.markdown[doc]);
    return {
      doc,
      markdown: parallelMarkdown(parts),
      blocks: () => parallelBlocks(parts),
      answers: left!.answers,
      docT: left!.docT,
      title: [titleOf(left!.markdown[doc]), titleOf(right!.markdown[doc])].filter(Boolean).join(' / '),
    };
  });
  return { composed, models: [left!.model, right!.model] };
}

export async function renderAll(
  file: string,
  answers: DraftAnswers,
  specs: readonly string[],
  options: RenderOptions,
  deps: RenderDeps,
) {
  const date = documentDate(answers, deps.env);
  const rendered: Rendered[] = [];
  const models: DocumentModel[] = [];
  const fontGaps: FontGaps = [];
  for (const spec of specs) {
    const { composed, models: own } = composeAll(answers, spec, options, deps);
    models.push(...own);
    for (const document of composed)
      rendered.push(...(await renderDocument(document, spec, file, options, date, fontGaps)));
  }
  return { rendered, models, fontGaps };
}

/**
 * What keeps a language from being rendered: a pack without a document's template or catalogue.
 * Located at the file's `language` when that is where the language came from.
 */
function packProblem(
  specs: readonly string[],
  options: RenderOptions,
  t: Translate,
  loaded: LoadResult,
  name: string,
): string | undefined {
  for (const lang of new Set(specs.flatMap(languagesOf))) {
    const missing = missingPackFiles(lang, options.docs, options.templatesDir);
    if (missing.length === 0) continue;
    const usable = usableDocumentLanguages(options.docs, options.templatesDir);
    const message = t('render.packIncomplete', {
      lang,
      files: missing.join(', '),
      usable: usable.join(', '),
    });
    if (options.lang || !loaded.document || !loaded.lineCounter) return message;
    const position = locate(loaded.document, loaded.lineCounter, ['language']);
    return formatProblem(name, { ...position, path: '/language', code: 'language', message });
  }
  return undefined;
}

/** A note for each language whose pack no native legal reviewer has checked. */
function reviewNotes(specs: readonly string[], t: Translate): string[] {
  return [...new Set(specs.flatMap(languagesOf))]
    .filter((lang) => reviewStatus(lang) === 'unreviewed')
    .map((lang) => t('render.unreviewedPack', { lang, language: t(`render.languageName.${lang}`) }));
}

/** Renders one answers file to every requested document and format; never throws for user errors. */
export async function renderFile(
  file: string,
  options: RenderOptions,
  deps: RenderDeps,
): Promise<RenderResult> {
  const { t } = deps;
  const name = options.displayName ?? file;
  let lang: string | undefined;
  try {
    const read = await readAnswersFile(file, t);
    const answers = read.loaded.data;
    if (!answers || (!read.valid && !options.draft)) {
      const header = t(answers ? 'render.invalidFile' : 'render.unreadableFile', { file: name });
      const lines = read.problems.map((p) => formatProblem(name, p));
      return { ...failure(name, [header, ...lines]), problems: read.problems };
    }
    const disputed = options.draft || options.allowOpen ? [] : disputedPoints(answers, t);
    if (disputed.length > 0) return failure(name, [t('render.disputed', { file: name }), ...disputed]);
    const specs = documentLanguages(answers, options);
    lang = specs.join(',');
    const refusal = packProblem(specs, options, t, read.loaded, name);
    if (refusal) return failure(name, [refusal], lang);
    const existing = options.force ? [] : existingFiles(outputPaths(file, options, specs));
    if (existing.length > 0)
      return failure(name, [t('render.outputsExist', { count: existing.length }), ...existing], lang);
    const { rendered, models, fontGaps } = await renderAll(file, answers, specs, options, deps);
    const written = writeOutputs(rendered, options.force, t);
    if (written) return failure(name, written, lang);
    const outputs = rendered.map((output) => output.path);
    if (fontGaps.length > 0) {
      const errors = fontGapMessages(fontGaps, read.loaded, name, t);
      return { file: name, ok: false, outputs, errors, documents: outputs.length, lang, gaps: 0 };
    }
    const notes = reviewNotes(specs, t);
    return {
      file: name,
      ok: true,
      outputs,
      errors: [],
      documents: outputs.length,
      lang,
      ...(notes.length > 0 ? { notes } : {}),
      gaps: options.draft ? Math.max(0, ...models.map(gapCount)) : 0,
      defaults: options.docs.includes('mou') ? (models[0]?.defaultsUsed ?? []) : [],
    };
  } catch (error) {
    return failure(name, [messageOf(error, t)], lang);
  }
}

/** Where in the answers file a character first occurs, as `file:line:col`, if it does. */
function placeOf(char: string, loaded: LoadResult, name: string): string | undefined {
  const { document, lineCounter } = loaded;
  if (!document || !lineCounter) return undefined;
  let offset: number | undefined;
  visit(document, {
    Scalar(_key, node) {
      const index = typeof node.value === 'string' ? node.value.indexOf(char) : -1;
      if (index < 0 || !node.range) return undefined;
      const raw = loaded.text?.slice(node.range[0], node.range[1]).indexOf(char) ?? -1;
      offset = node.range[0] + Math.max(raw, 0);
      return visit.BREAK;
    },
  });
  if (offset === undefined) return undefined;
  const { line, col } = lineCounter.linePos(offset);
  return `${name}:${line}:${col}`;
}

/** One message per PDF left out: which characters, where the answers file has them, what was written. */
function fontGapMessages(
  gaps: readonly { path: string; error: MissingGlyphs }[],
  loaded: LoadResult,
  name: string,
  t: Translate,
): string[] {
  return gaps.flatMap(({ path, error }) => {
    const located = error.chars.map((described) => {
      const code = /U\+([0-9A-F]+)/.exec(described)?.[1];
      const place = code ? placeOf(String.fromCodePoint(parseInt(code, 16)), loaded, name) : undefined;
      return place ? t('render.glyphAt', { place, char: described }) : described;
    });
    return [
      t('render.pdfNotWritten', { file: path }),
      t('render.missingGlyphs', {
        chars: located.join(', '),
        places: error.places.map((context) => t('render.glyphPlace', { context })).join('; '),
      }),
    ];
  });
}

/**
 * Writes every output of the file, or none (see `writeFilesAtomicSync`); the messages saying
 * why not, or undefined when all were written.
 */
function writeOutputs(rendered: Rendered[], force: boolean, t: Translate): string[] | undefined {
  try {
    writeFilesAtomicSync(rendered, { overwrite: force });
    return undefined;
  } catch (error) {
    if (error instanceof OutputExistsError)
      return [t('render.outputsExist', { count: 1 }), error.path, t('render.nothingKept')];
    const fileMessage = describeFileError(error, t);
    if (fileMessage) return [fileMessage, t('render.nothingKept')];
    throw error;
  }
}

/** The answers still disputed at the roundtable, one line each: a final version waits for them. */
function disputedPoints(answers: DraftAnswers, t: Translate): string[] {
  return openPoints(answers)
    .filter((point) => point.status === 'disputed')
    .map((point) => `  ${pointLabel(point.path, t)} (${point.path})${point.by ? `: ${point.by}` : ''}`);
}

function messageOf(error: unknown, t: Translate): string {
  if (error instanceof UserError) return error.message;
  // A font gap never gets here: renderDocument leaves out that PDF and fontGapMessages says why.
  const fileMessage = describeFileError(error, t);
  if (fileMessage) return fileMessage;
  throw error; // a bug: let the CLI report it as an internal error
}
