/**
 * `render <input...>`: the memorandum of understanding and the concept note for each answers
 * file (or every answers file below a folder), as Markdown, PDF and DOCX.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, extname, join, relative, resolve } from 'node:path';

import { renderBatch } from '../../adapters/batch/render-batch.js';
import { defaultJobs } from '../../adapters/cpu-count.js';

import { expandInputs, type InputFile } from '../../adapters/inputs.js';
import {
  DEFAULT_FORMATS,
  FORMATS,
  plannedOutputs,
  type Format,
  type RenderOptions,
  type RenderResult,
} from '../../adapters/render-plan.js';
import { DOC_KINDS, type DocKind } from '../../core/document/types.js';
import { ExitCode, UserError } from '../../core/errors.js';
import type { Problem } from '../../core/validation/problem.js';
import type { CliContext, CommandRun } from '../context.js';
import { checkedLanguageSpec, checkedList } from '../document-options.js';
import { startProgress } from '../progress.js';

/** Where `-o` points: a folder (the default), one named file, or standard output (`-`). */
type Target = { kind: 'folder'; dir: string } | { kind: 'file'; file: string } | { kind: 'stdout' };

function targetOf(out: unknown, ctx: CliContext): Target {
  if (out === '-') return { kind: 'stdout' };
  const path = resolve(ctx.cwd, typeof out === 'string' ? out : '.');
  // A name ending in a format's extension is a file, never made into a folder.
  const known = (FORMATS as readonly string[]).includes(extname(path).slice(1).toLowerCase());
  if (known || (existsSync(path) && !statSync(path).isDirectory())) return { kind: 'file', file: path };
  return { kind: 'folder', dir: path };
}

function renderOptions(options: Record<string, unknown>, target: Target, ctx: CliContext): RenderOptions {
  const { t, cwd } = ctx;
  const templatesDir = typeof options.templates === 'string' ? resolve(cwd, options.templates) : undefined;
  if (templatesDir && !(existsSync(templatesDir) && statSync(templatesDir).isDirectory())) {
    throw new UserError(
      t('render.templatesFolderMissing', { dir: String(options.templates) }),
      ExitCode.Usage,
    );
  }
  const lang = typeof options.lang === 'string' ? options.lang : undefined;
  const docs = checkedList<DocKind>(options.doc, DOC_KINDS, DOC_KINDS, '--doc', t);
  if (lang !== undefined) checkedLanguageSpec(lang, docs, templatesDir, t);
  // `-o mou.pdf` without -f: the extension says which format is meant.
  const implied = target.kind === 'file' ? extname(target.file).slice(1).toLowerCase() : '';
  const fallbackFormats = (FORMATS as readonly string[]).includes(implied)
    ? [implied as Format]
    : DEFAULT_FORMATS;
  return {
    outDir: target.kind === 'folder' ? target.dir : target.kind === 'file' ? dirname(target.file) : cwd,
    formats: checkedList<Format>(options.format, FORMATS, fallbackFormats, '--format', t),
    docs,
    lang,
    templatesDir,
    force: options.force === true,
    draft: options.draft === true,
    allowOpen: options.allowOpen === true,
  };
}

/** `-o FILE` and `-o -` name one output: refuse, before anything is written, when there are more. */
function checkSingleOutput(inputs: readonly InputFile[], opts: RenderOptions, out: string, ctx: CliContext) {
  const count = inputs.length * opts.docs.length * opts.formats.length;
  if (count !== 1) throw new UserError(ctx.t('files.outOneFile', { path: out, count }), ExitCode.Usage);
}

/** `-o -`: the one document rendered into a private folder, then copied to standard output. */
async function renderToStdout(input: InputFile, opts: RenderOptions, ctx: CliContext): Promise<number> {
  const folder = mkdtempSync(join(tmpdir(), 'prison-protocol-'));
  try {
    const outFile = join(folder, basename(input.path));
    const results: RenderResult[] = [];
    await renderBatch(
      [input],
      { ...opts, outDir: folder, outFile, force: true },
      { uiLang: ctx.uiLang, env: ctx.env, jobs: 1 },
      (result) => results.push(result),
    );
    const [result] = results;
    if (!result?.ok) {
      if (result) printResult(result, ctx, false);
      return ExitCode.Invalid;
    }
    await new Promise<void>((done, fail) =>
      ctx.out.stdout.write(readFileSync(outFile), (error) => (error ? fail(error) : done())),
    );
    if (result.gaps > 0) ctx.out.warn(ctx.t('render.draftNote', { file: result.file, count: result.gaps }));
    return ExitCode.Success;
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

/** A result's errors for --json: located problems as they are, other refusals as one entry each. */
function jsonErrors(result: RenderResult): Problem[] {
  if (result.problems) return result.problems;
  return result.errors.map((message) => ({ line: 0, column: 0, path: '', code: 'render', message }));
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
    if (!batch) for (const note of result.notes ?? []) out.warn(note);
    if (!batch && result.defaults && result.defaults.length > 0) {
      const fields = result.defaults.map((key) => t(`render.field.${key}`)).join('; ');
      out.info(t('render.defaultsNote', { file: result.file, fields }));
    }
    return;
  }
  out.error(t(result.outputs.length > 0 ? 'render.partlyRendered' : 'render.failed', { file: result.file }));
  for (const line of result.errors) out.error(`  ${line}`);
}

function summaryOf(results: readonly Pick<RenderResult, 'ok' | 'documents'>[], seconds: number) {
  const succeeded = results.filter((result) => result.ok).length;
  const documents = results.reduce((sum, result) => sum + result.documents, 0);
  return { files: results.length, succeeded, failed: results.length - succeeded, documents, seconds };
}

function jobsOption(value: unknown): number {
  return typeof value === 'number' ? value : defaultJobs();
}

export const run: CommandRun = async (args, options, ctx) => {
  const started = performance.now();
  const target = targetOf(options.out, ctx);
  const renderOpts = renderOptions(options, target, ctx);
  const onSkipped = (folder: string, count: number) =>
    ctx.out.info(ctx.t('files.skipped', { folder, count }));
  const inputs = await expandInputs(args, ctx.cwd, ctx.t, { onSkipped });
  if (target.kind !== 'folder') checkSingleOutput(inputs, renderOpts, String(options.out), ctx);
  if (target.kind === 'file') renderOpts.outFile = target.file;
  if (target.kind === 'stdout') {
    if (options.json === true) throw new UserError(ctx.t('render.stdoutJson'), ExitCode.Usage);
    return renderToStdout(inputs[0]!, renderOpts, ctx);
  }
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
  const results: (Pick<RenderResult, 'file' | 'ok' | 'documents' | 'defaults'> & {
    outputs: string[];
    errors: Problem[];
  })[] = [];
  const failures: RenderResult[] = [];
  // Said once for a batch, not once per file.
  const notes = new Set<string>();
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
        errors: jsonErrors(result),
        documents: result.documents,
        defaults: result.defaults ?? [],
      };
      if (json) return;
      for (const note of result.notes ?? []) notes.add(note);
      if (ctx.out.interactive && batch && !result.ok) failures.push(result);
      else printResult(result, ctx, batch);
    },
  );
  progress.stop();
  const seconds = Math.round((performance.now() - started) / 10) / 100;
  const summary = summaryOf(results, seconds);
  if (json) {
    const files = results.map(({ file, ok, outputs, errors, defaults }) => ({
      file,
      ok,
      outputs,
      errors,
      defaults,
    }));
    ctx.out.data(JSON.stringify({ summary, files }, null, 2));
  } else {
    for (const failure of failures) printResult(failure, ctx, batch);
    if (batch) ctx.out.info(ctx.t('render.summary', { ...summary, count: summary.files }));
    if (batch) for (const note of notes) ctx.out.warn(note);
  }
  return summary.failed === 0 ? ExitCode.Success : ExitCode.Invalid;
};
