/**
 * Finding, reading and compiling the document templates. The bundled templates live in
 * `templates/<lang>/`; `--templates <dir>` overrides them file by file under the same relative
 * paths (`<dir>/<lang>/mou.md.hbs`, `<dir>/<lang>/partials/parties.hbs`…). Compiled templates
 * are cached per process. A template error (syntax, or a strict-mode missing field) becomes a
 * `UserError` naming the template file and line.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

import { createTemplateEnv, type Numbering, type TemplateEnv } from '../core/document/template-env.js';
import type { DocKind, DocumentModel } from '../core/document/types.js';
import { ExitCode, UserError } from '../core/errors.js';
import type { Translate } from '../core/i18n/translate.js';
import { paths } from './assets.js';
import { compileTemplate } from './template-compile.js';
import { resolveFile, TEMPLATE_FILE } from './template-files.js';

export type RenderTemplate = (model: DocumentModel) => string;

/** Bundled templates as `templates/en/…`; the user's own templates by their full path. */
function displayPath(file: string): string {
  const bundled = relative(paths.templates, file);
  return bundled.startsWith('..') ? file : relative(paths.root, file);
}

/** Thrown from inside a template; carries the file it happened in. */
class TemplateFailure extends Error {
  constructor(
    readonly file: string,
    readonly detail: string,
    readonly line: number | undefined,
  ) {
    super(detail);
  }
}

function failureOf(error: unknown, file: string): TemplateFailure {
  if (error instanceof TemplateFailure) return error; // already located in an inner partial
  const message = error instanceof Error ? error.message : String(error);
  const exception = error as { lineNumber?: number };
  const line =
    exception.lineNumber ??
    Number(/on line (\d+)/.exec(message)?.[1] ?? /- (\d+):\d+$/.exec(message)?.[1] ?? NaN);
  const detail = message
    .replace(/^Parse error on line \d+:\n/, '')
    .replace(/ in \[object Object\]/, '')
    .replace(/ - \d+:\d+$/, '')
    .split('\n')
    .filter((part) => part.trim() !== '')
    .join(' ');
  return new TemplateFailure(file, detail, Number.isFinite(line) ? line : undefined);
}

function compileFile(env: TemplateEnv, file: string) {
  const source = readFileSync(file, 'utf8');
  let compiled: Handlebars.TemplateDelegate;
  try {
    compiled = env.template(compileTemplate(source) as Parameters<TemplateEnv['template']>[0]);
  } catch (error) {
    throw failureOf(error, file);
  }
  return (context: unknown, options?: Handlebars.RuntimeOptions) => {
    try {
      return compiled(context, options);
    } catch (error) {
      throw failureOf(error, file);
    }
  };
}

function partialFiles(lang: string, overrideDir?: string): Map<string, string> {
  const files = new Map<string, string>();
  for (const root of [
    join(paths.templates, lang, 'partials'),
    overrideDir && join(overrideDir, lang, 'partials'),
  ]) {
    if (!root || !existsSync(root)) continue;
    for (const name of readdirSync(root).sort()) {
      if (name.endsWith('.hbs')) files.set(name.slice(0, -'.hbs'.length), join(root, name));
    }
  }
  return files;
}

function toUserError(failure: TemplateFailure, t: Translate): UserError {
  const file = displayPath(failure.file);
  const message =
    failure.line === undefined
      ? t('render.templateError', { file, detail: failure.detail })
      : t('render.templateErrorLine', { file, line: failure.line, detail: failure.detail });
  return new UserError(message, ExitCode.Invalid);
}

const cache = new Map<string, Record<DocKind, RenderTemplate>>();

export interface TemplateOptions {
  lang: string;
  draft: boolean;
  overrideDir?: string;
  /** Document-language translator, for the `t` helper and labels. */
  docT: Translate;
  /** Interface translator, for error messages. */
  uiT: Translate;
}

function build(options: TemplateOptions): Record<DocKind, RenderTemplate> {
  const { lang, overrideDir, uiT } = options;
  const env = createTemplateEnv({ t: options.docT, lang, draft: options.draft });
  for (const [name, file] of partialFiles(lang, overrideDir)) {
    env.registerPartial(name, compileFile(env, file) as unknown as Handlebars.Template);
  }
  const documents = {} as Record<DocKind, RenderTemplate>;
  for (const kind of Object.keys(TEMPLATE_FILE) as DocKind[]) {
    const file = resolveFile(lang, TEMPLATE_FILE[kind], overrideDir);
    if (!file) throw new UserError(uiT('render.noTemplates', { lang }), ExitCode.Usage);
    const render = compileFile(env, file);
    documents[kind] = (model) => {
      const numbering: Numbering = { section: 0, clause: 0 };
      return render(model, { data: { numbering } });
    };
  }
  return documents;
}

/** The compiled templates of one language (cached); throws `UserError` for a template error. */
export function loadTemplates(options: TemplateOptions): Record<DocKind, RenderTemplate> {
  const key = `${options.lang}\u0000${options.draft}\u0000${options.overrideDir ?? ''}`;
  let templates = cache.get(key);
  if (!templates) {
    try {
      templates = build(options);
    } catch (error) {
      throw error instanceof TemplateFailure ? toUserError(error, options.uiT) : error;
    }
    cache.set(key, templates);
  }
  const wrapped = {} as Record<DocKind, RenderTemplate>;
  for (const kind of Object.keys(templates) as DocKind[]) {
    const render = templates[kind];
    wrapped[kind] = (model) => {
      try {
        return render(model);
      } catch (error) {
        throw error instanceof TemplateFailure ? toUserError(error, options.uiT) : error;
      }
    };
  }
  return wrapped;
}
