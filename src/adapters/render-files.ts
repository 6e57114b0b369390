/**
 * Rendering one answers file into its documents: read and validate, build the view model, fill
 * the templates, lay out PDF/DOCX, then write every output atomically. `renderFile` takes only
 * plain data and a translator, so a batch runner can call it from worker threads; fonts,
 * templates and catalogues are cached per process.
 */
import type { DraftAnswers } from '../core/answers/types.js';
import { markdownBlocks, type Block } from '../core/document/blocks.js';
import { buildDocumentModel } from '../core/document/build-model.js';
import { tidyMarkdown } from '../core/document/markdown-escape.js';
import { typographicQuotes } from '../core/typography/quotes.js';
import type { DocumentMeta } from '../core/document/meta.js';
import type { DocKind, DocumentModel } from '../core/document/types.js';
import { UserError } from '../core/errors.js';
import { formatProblem } from '../core/validation/problem.js';
import type { Translate } from '../core/i18n/translate.js';
import { readAnswersFile } from './answers-file.js';
import { describeFileError } from './file-errors.js';
import { existingFiles, writeFilesAtomicSync } from './files.js';
import { translatorFor } from './i18n.js';
import { documentExtras } from './render-extras.js';
import { templateLanguages } from './template-files.js';
import { loadTemplates } from './templates.js';
import {
  documentLanguage,
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

async function renderDocument(
  doc: DocKind,
  markdown: string,
  lang: string,
  file: string,
  options: RenderOptions,
  context: { answers: DraftAnswers; docT: Translate; date: Date },
): Promise<Rendered[]> {
  const rendered: Rendered[] = [];
  let blocks: Block[] | undefined;
  const meta = () => documentMeta(doc, blocks!, lang, context, options.draft);
  for (const format of options.formats) {
    const path = outputPath(file, options, doc, lang, format);
    if (format === 'md') {
      rendered.push({ path, data: markdown });
      continue;
    }
    blocks ??= markdownBlocks(markdown);
    if (format === 'pdf') {
      const { renderPdf } = await import('./pdf/render-pdf.js');
      rendered.push({ path, data: await renderPdf(blocks, meta()) });
    } else {
      const { renderDocx } = await import('./docx/render-docx.js');
      rendered.push({ path, data: await renderDocx(blocks, meta()) });
    }
  }
  return rendered;
}

function documentMeta(
  doc: DocKind,
  blocks: Block[],
  lang: string,
  context: { answers: DraftAnswers; docT: Translate; date: Date },
  draft: boolean,
): DocumentMeta {
  const { answers, docT } = context;
  const title = blocks.find((block) => block.type === 'heading')?.text ?? '';
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
    date: context.date,
    pageTemplate: docT('render.pdf.page'),
    watermark: draft ? docT('render.pdf.watermark') : null,
  };
}

async function renderAll(
  file: string,
  answers: DraftAnswers,
  lang: string,
  options: RenderOptions,
  deps: RenderDeps,
) {
  const docT = translatorFor(lang);
  const extras = documentExtras(answers, docT);
  const model = buildDocumentModel(answers, { lang, draft: options.draft, t: docT, ...extras });
  const templates = loadTemplates({
    lang,
    draft: options.draft,
    overrideDir: options.templatesDir,
    docT,
    uiT: deps.t,
  });
  const context = { answers, docT, date: documentDate(answers, deps.env) };
  const rendered: Rendered[] = [];
  for (const doc of options.docs) {
    const markdown = typographicQuotes(tidyMarkdown(templates[doc](model)), lang);
    rendered.push(...(await renderDocument(doc, markdown, lang, file, options, context)));
  }
  return { rendered, model };
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
      return failure(name, [header, ...lines]);
    }
    lang = documentLanguage(answers, options);
    if (!templateLanguages(options.templatesDir).includes(lang))
      return failure(name, [t('render.noTemplates', { lang })], lang);
    const existing = options.force ? [] : existingFiles(outputPaths(file, options, lang));
    if (existing.length > 0)
      return failure(name, [t('render.outputsExist', { count: existing.length }), ...existing], lang);
    const { rendered, model } = await renderAll(file, answers, lang, options, deps);
    writeFilesAtomicSync(rendered);
    const outputs = rendered.map((output) => output.path);
    return {
      file: name,
      ok: true,
      outputs,
      errors: [],
      documents: outputs.length,
      lang,
      gaps: options.draft ? gapCount(model) : 0,
    };
  } catch (error) {
    return failure(name, [messageOf(error, t)], lang);
  }
}

function messageOf(error: unknown, t: Translate): string {
  if (error instanceof UserError) return error.message;
  if (error instanceof Error && error.name === 'MissingGlyphsError') {
    const { chars, places } = error as Error & { chars: string[]; places: string[] };
    return t('render.missingGlyphs', {
      chars: chars.join(', '),
      places: places.map((context) => t('render.glyphPlace', { context })).join('; '),
    });
  }
  const fileMessage = describeFileError(error, t);
  if (fileMessage) return fileMessage;
  throw error; // a bug: let the CLI report it as an internal error
}
