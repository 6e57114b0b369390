/**
 * The library API of `prison-protocol` (`import { validate } from 'prison-protocol'`): the same
 * steps as the command line, on text or bytes in memory instead of files. Nothing here touches
 * the terminal or writes a file; `render` returns the documents as buffers.
 *
 * Messages are translated into `uiLang` (default English); documents are in `lang`, else the
 * file's `language`, else English.
 */
import { parseAnswers, type LoadResult } from './core/answers/load.js';
import type { Answers, DraftAnswers } from './core/answers/types.js';
import { checkAnswers, type AreaReport, type CheckSummary } from './core/check/index.js';
import type { DocKind } from './core/document/types.js';
import type { Problem } from './core/validation/problem.js';
import { countryProfile } from './adapters/countries.js';
import { translatorFor, uiLanguage } from './adapters/i18n.js';
import { bundleSchema } from './core/schema/bundle.js';
import { schemaFiles, validateAnswers } from './adapters/schemas.js';
import { DEFAULT_FORMATS, documentLanguages, type Format } from './adapters/render-plan.js';
import { DOC_KINDS } from './core/document/types.js';

export type { Answers, DraftAnswers, Problem, AreaReport, CheckSummary, DocKind, Format };

/** Text of an answers file (YAML), or its bytes as read from disk (UTF-8, or UTF-16 with a BOM). */
export type AnswersInput = string | Uint8Array;

export interface MessageOptions {
  /** Language of the messages (`en`, `ru`, …); default English. */
  uiLang?: string;
}

export interface ParseResult {
  /** The answers as plain data; undefined when the text cannot be read as an answers file. */
  data?: DraftAnswers;
  /** Why it cannot be read (encoding, YAML syntax, duplicate keys…), with line and column. */
  problems: Problem[];
}

export interface ValidateResult {
  valid: boolean;
  /** Every problem at once, sorted by position: the same list as `prison-protocol validate`. */
  errors: Problem[];
}

export interface CheckResult extends ValidateResult {
  /** The five checklist areas in the protocol's order; empty when the file cannot be read. */
  areas: AreaReport[];
  summary?: CheckSummary;
}

export interface RenderOptions extends MessageOptions {
  /** Documents to draft; default both. */
  docs?: readonly DocKind[];
  /** Formats; default Markdown and PDF. */
  formats?: readonly Format[];
  /** Document language, overriding the file's `language`. */
  lang?: string;
  /** Render an incomplete file with visible placeholders (and a DRAFT watermark). */
  draft?: boolean;
}

export interface RenderedDocument {
  doc: DocKind;
  format: Format;
  lang: string;
  /** The file name the command line would give it for an input named `name`. */
  fileName: string;
  /** Markdown as a string; PDF and DOCX as bytes. */
  data: string | Uint8Array;
}

/** Thrown by `render` for a file that is not valid (or, with `draft`, cannot be read at all). */
export class InvalidAnswersError extends Error {
  override readonly name = 'InvalidAnswersError';
  constructor(
    message: string,
    readonly problems: Problem[],
  ) {
    super(message);
  }
}

function translator(options: MessageOptions) {
  // English unless asked: a library does not follow the machine's locale.
  return translatorFor(uiLanguage(options.uiLang ?? 'en', {}));
}

function load(input: AnswersInput, options: MessageOptions): { loaded: LoadResult; errors: Problem[] } {
  const t = translator(options);
  const loaded = parseAnswers(input, t);
  return { loaded, errors: validateAnswers(loaded, t) };
}

/** Reads YAML text into answers data, refusing what is not an answers file. Never throws. */
export function parse(input: AnswersInput, options: MessageOptions = {}): ParseResult {
  const loaded = parseAnswers(input, translator(options));
  return { data: loaded.data, problems: loaded.problems };
}

/** Checks an answers file against the schemas and the cross-field rules. Never throws. */
export function validate(input: AnswersInput, options: MessageOptions = {}): ValidateResult {
  const { errors } = load(input, options);
  return { valid: errors.length === 0, errors };
}

/** The readiness report of the five areas, with advice from the protocol. Never throws. */
export function check(input: AnswersInput, options: MessageOptions = {}): CheckResult {
  const { loaded, errors } = load(input, options);
  if (!loaded.data) return { valid: false, errors, areas: [] };
  const t = translator(options);
  const code = typeof loaded.data.country === 'string' ? loaded.data.country.trim().toUpperCase() : '';
  const report = checkAnswers(loaded.data, t, countryProfile(code || undefined, t));
  if (errors.length > 0) report.summary.ready = false;
  return { valid: errors.length === 0, errors, areas: report.areas, summary: report.summary };
}

/**
 * Drafts the MoU and the concept note in memory. `name` is only used for the file names
 * (`<name>.<doc>.<lang>.<format>`). Rejects with `InvalidAnswersError` for an invalid file.
 */
export async function render(
  input: AnswersInput,
  options: RenderOptions & { name?: string } = {},
): Promise<RenderedDocument[]> {
  const t = translator(options);
  const { loaded, errors } = load(input, options);
  const answers = loaded.data;
  if (!answers || (errors.length > 0 && !options.draft)) {
    const lines = errors.map((p) => `${p.line}:${p.column}  ${p.message}`);
    throw new InvalidAnswersError(lines.join('\n'), errors);
  }
  const docs = options.docs ?? DOC_KINDS;
  const formats = options.formats ?? DEFAULT_FORMATS;
  // One language, every language of `originals`, or a side-by-side pair such as `ky+ru`.
  const specs = documentLanguages(answers, options);
  const file = `${options.name ?? 'protocol'}.yaml`;
  // Loaded here, not at the top: parse/validate/check users never pay for PDF and Word.
  const { renderAll } = await import('./adapters/render-files.js');
  const renderOptions = {
    outDir: '',
    formats,
    docs,
    lang: options.lang,
    force: true,
    draft: options.draft === true,
  };
  const { rendered } = await renderAll(file, answers, specs, renderOptions, { t, env: {} });
  return rendered.map(({ path, data }) => {
    const [, doc, lang = '', format] = /^(?:.*[\\/])?[^\\/]+\.([a-z-]+)\.([^.]+)\.([a-z]+)$/.exec(path) ?? [];
    return { doc: doc as DocKind, format: format as Format, lang, fileName: path, data };
  });
}

/** The JSON Schema of the answers file, as one bundled document (what `prison-protocol schema` prints). */
export function answersSchema(): object {
  return bundleSchema(schemaFiles());
}
