/**
 * `render <input...>`: the memorandum of understanding and the concept note for each answers
 * file (or every answers file below a folder), as Markdown, PDF and DOCX.
 */
import { existsSync, statSync } from 'node:fs';
import { relative, resolve } from 'node:path';

import { expandInputs } from '../../adapters/inputs.js';
import {
  DEFAULT_FORMATS,
  FORMATS,
  plannedOutputs,
  renderFile,
  type Format,
  type RenderOptions,
  type RenderResult,
} from '../../adapters/render-files.js';
import { templateLanguages } from '../../adapters/templates.js';
import { DOC_KINDS, type DocKind } from '../../core/document/types.js';
import { ExitCode, UserError } from '../../core/errors.js';
import type { Translate } from '../../core/i18n/translate.js';
import type { CliContext, CommandRun } from '../context.js';

function checkedList<T extends string>(
  value: unknown,
  allowed: readonly T[],
  fallback: readonly T[],
  option: string,
  t: Translate,
): T[] {
  if (value === undefined) return [...fallback];
  const list = (Array.isArray(value) ? value : [value]).map(String);
  for (const item of list) {
    if (!allowed.includes(item as T)) {
      throw new UserError(
        t('render.unknownValue', { option, value: item, allowed: allowed.join(', ') }),
        ExitCode.Usage,
      );
    }
  }
  return [...new Set(list as T[])];
}

function renderOptions(options: Record<string, unknown>, ctx: CliContext): RenderOptions {
  const { t, cwd } = ctx;
  const templatesDir = typeof options.templates === 'string' ? resolve(cwd, options.templates) : undefined;
  if (templatesDir && !(existsSync(templatesDir) && statSync(templatesDir).isDirectory())) {
    throw new UserError(
      t('render.templatesFolderMissing', { dir: String(options.templates) }),
      ExitCode.Usage,
    );
  }
  const lang = typeof options.lang === 'string' ? options.lang : undefined;
  if (lang !== undefined) checkedList(lang, templateLanguages(templatesDir), [], '--lang', t);
  return {
    outDir: resolve(cwd, typeof options.out === 'string' ? options.out : '.'),
    formats: checkedList<Format>(options.format, FORMATS, DEFAULT_FORMATS, '--format', t),
    docs: checkedList<DocKind>(options.doc, DOC_KINDS, DOC_KINDS, '--doc', t),
    lang,
    templatesDir,
    force: options.force === true,
    draft: options.draft === true,
  };
}

function report(results: RenderResult[], seconds: number, ctx: CliContext, json: boolean): void {
  const { t, out, cwd } = ctx;
  const shown = (path: string) => relative(cwd, path) || path;
  const succeeded = results.filter((result) => result.ok).length;
  const documents = results.reduce((sum, result) => sum + result.documents, 0);
  if (json) {
    const files = results.map((r) => ({
      file: r.file,
      ok: r.ok,
      outputs: r.outputs.map(shown),
      errors: r.errors,
    }));
    const summary = {
      files: results.length,
      succeeded,
      failed: results.length - succeeded,
      documents,
      seconds,
    };
    out.data(JSON.stringify({ summary, files }, null, 2));
    return;
  }
  for (const result of results) {
    if (result.ok) {
      out.info(t('render.wrote', { file: result.file, outputs: result.outputs.map(shown).join(', ') }));
      if (result.gaps > 0) out.warn(t('render.draftNote', { file: result.file, count: result.gaps }));
    } else {
      out.error(t('render.failed', { file: result.file }));
      for (const line of result.errors) out.error(`  ${line}`);
    }
  }
  if (results.length > 1) {
    out.info(
      t('render.summary', { files: results.length, count: results.length, succeeded, documents, seconds }),
    );
  }
}

export const run: CommandRun = async (args, options, ctx) => {
  const started = performance.now();
  const renderOpts = renderOptions(options, ctx);
  const inputs = await expandInputs(args, ctx.cwd, ctx.t);
  const deps = { t: ctx.t, env: ctx.env };
  if (!renderOpts.force) {
    const planned = await Promise.all(
      inputs.map((input) =>
        plannedOutputs(input.path, { ...renderOpts, outputSubdir: input.outputSubdir }, deps),
      ),
    );
    const existing = planned.flat().filter((file) => existsSync(file));
    if (existing.length > 0) {
      const list = existing.map((file) => `  ${relative(ctx.cwd, file) || file}`).join('\n');
      throw new UserError(
        `${ctx.t('render.outputsExist', { count: existing.length })}\n${list}`,
        ExitCode.Invalid,
      );
    }
  }
  const results: RenderResult[] = [];
  for (const input of inputs) {
    const perFile = { ...renderOpts, outputSubdir: input.outputSubdir, displayName: input.display };
    results.push(await renderFile(input.path, perFile, deps));
  }
  const seconds = Math.round((performance.now() - started) / 10) / 100;
  report(results, seconds, ctx, options.json === true);
  return results.every((result) => result.ok) ? ExitCode.Success : ExitCode.Invalid;
};
