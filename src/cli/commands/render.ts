/**
 * `render <input...>`: the memorandum of understanding and the concept note for each answers
 * file (or every answers file below a folder), as Markdown, PDF and DOCX.
 */
import { existsSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { relative, resolve } from 'node:path';

import { renderBatch } from '../../adapters/batch/render-batch.js';

import { expandInputs } from '../../adapters/inputs.js';
import {
  DEFAULT_FORMATS,
  FORMATS,
  plannedOutputs,
  type Format,
  type RenderOptions,
  type RenderResult,
} from '../../adapters/render-plan.js';
import { templateLanguages } from '../../adapters/template-files.js';
import { DOC_KINDS, type DocKind } from '../../core/document/types.js';
import { ExitCode, UserError } from '../../core/errors.js';
import type { CliContext, CommandRun } from '../context.js';
import { checkedList } from '../document-options.js';
import { startProgress } from '../progress.js';

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
  const outDir = resolve(cwd, typeof options.out === 'string' ? options.out : '.');
  if (existsSync(outDir) && !statSync(outDir).isDirectory()) {
    throw new UserError(t('files.outNotFolder', { path: String(options.out) }), ExitCode.Usage);
  }
  return {
    outDir,
    formats: checkedList<Format>(options.format, FORMATS, DEFAULT_FORMATS, '--format', t),
    docs: checkedList<DocKind>(options.doc, DOC_KINDS, DOC_KINDS, '--doc', t),
    lang,
    templatesDir,
    force: options.force === true,
    draft: options.draft === true,
    allowOpen: options.allowOpen === true,
  };
}

function printResult(result: RenderResult, ctx: CliContext, batch: boolean): void {
  const { t, out, cwd } = ctx;
  if (result.ok) {
    // In a batch the summary says it all; naming every file written would drown the failures.
    if (!batch) {
      const outputs = result.outputs.map((path) => relative(cwd, path) || path).join(', ');
      out.info(t('render.wrote', { file: result.file, outputs }));
    }
    if (result.gaps > 0) out.warn(t('render.draftNote', { file: result.file, count: result.gaps }));
    return;
  }
  out.error(t('render.failed', { file: result.file }));
  for (const line of result.errors) out.error(`  ${line}`);
}

function summaryOf(results: readonly Pick<RenderResult, 'ok' | 'documents'>[], seconds: number) {
  const succeeded = results.filter((result) => result.ok).length;
  const documents = results.reduce((sum, result) => sum + result.documents, 0);
  return { files: results.length, succeeded, failed: results.length - succeeded, documents, seconds };
}

function jobsOption(value: unknown): number {
  return typeof value === 'number' ? value : Math.max(1, availableParallelism());
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
  const json = options.json === true;
  const batch = inputs.length > 1;
  const progress = await startProgress(inputs.length, ctx.out, ctx.t, !json);
  // Only what the JSON report needs is kept per file; PDFs and models are gone once written.
  const results: (Pick<RenderResult, 'file' | 'ok' | 'errors' | 'documents'> & { outputs: string[] })[] = [];
  const failures: RenderResult[] = [];
  await renderBatch(
    inputs,
    renderOpts,
    { uiLang: ctx.uiLang, env: ctx.env, jobs: jobsOption(options.jobs) },
    (result, index) => {
      progress.tick(!result.ok);
      const outputs = result.outputs.map((path) => relative(ctx.cwd, path) || path);
      // Kept in input order, whatever order the workers finish in, so reports are stable.
      results[index] = {
        file: result.file,
        ok: result.ok,
        outputs,
        errors: result.errors,
        documents: result.documents,
      };
      if (json) return;
      if (ctx.out.interactive && batch && !result.ok) failures.push(result);
      else printResult(result, ctx, batch);
    },
  );
  progress.stop();
  const seconds = Math.round((performance.now() - started) / 10) / 100;
  const summary = summaryOf(results, seconds);
  if (json) {
    const files = results.map(({ file, ok, outputs, errors }) => ({ file, ok, outputs, errors }));
    ctx.out.data(JSON.stringify({ summary, files }, null, 2));
  } else {
    for (const failure of failures) printResult(failure, ctx, batch);
    if (batch) ctx.out.info(ctx.t('render.summary', { ...summary, count: summary.files }));
  }
  return summary.failed === 0 ? ExitCode.Success : ExitCode.Invalid;
};
