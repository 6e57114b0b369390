/**
 * Rendering many answers files: in worker threads when there is more than one file and more
 * than one job, in this process otherwise (a single file gains nothing from a worker's start-up).
 * Results are handed to `onResult` as each file finishes, so nothing per file is kept here.
 */
import { basename, extname } from 'node:path';

import type { Translate } from '../../core/i18n/translate.js';
import { translatorFor } from '../i18n.js';
import type { InputFile } from '../inputs.js';
import { crashResult, plannedOutputs, type RenderOptions, type RenderResult } from '../render-plan.js';
import { runPool } from './pool.js';
import type { RenderTask } from './render-task.js';

export interface BatchContext {
  uiLang: string;
  env: Record<string, string | undefined>;
  jobs: number;
}

/**
 * Inputs whose documents would land on the same paths (`a.yaml` and `a.yml` in one folder both
 * give `a.mou.en.pdf`), each with the other input it clashes with. Paths are compared without
 * case, as Windows and macOS file systems do. Found before anything is written, so neither
 * silently replaces the other's documents.
 */
export async function outputClashes(
  inputs: readonly InputFile[],
  options: RenderOptions,
  t: Translate,
): Promise<Map<number, number>> {
  const planned = await Promise.all(
    inputs.map((input) =>
      plannedOutputs(input.path, { ...options, outputSubdir: input.outputSubdir }, { t }),
    ),
  );
  const owner = new Map<string, number>();
  const clashes = new Map<number, number>();
  planned.forEach((paths, index) => {
    for (const path of paths) {
      const key = path.toLowerCase();
      const first = owner.get(key);
      if (first === undefined) owner.set(key, index);
      else if (first !== index) {
        if (!clashes.has(index)) clashes.set(index, first);
        if (!clashes.has(first)) clashes.set(first, index);
      }
    }
  });
  return clashes;
}

function clashResult(input: InputFile, other: InputFile, t: Translate): RenderResult {
  const stem = basename(input.path, extname(input.path));
  return crashResult(input.display, t('render.outputClash', { other: other.display, stem }));
}

export async function renderBatch(
  inputs: readonly InputFile[],
  options: RenderOptions,
  context: BatchContext,
  onResult: (result: RenderResult, index: number) => void,
): Promise<void> {
  const t = translatorFor(context.uiLang);
  const clashes = inputs.length > 1 ? await outputClashes(inputs, options, t) : new Map<number, number>();
  for (const [index, other] of clashes) onResult(clashResult(inputs[index]!, inputs[other]!, t), index);
  // Each task keeps its input's index, so results are reported against the right input.
  const indices = inputs.map((_input, index) => index).filter((index) => !clashes.has(index));
  const tasks: RenderTask[] = indices.map((index) => ({
    file: inputs[index]!.path,
    options: { ...options, outputSubdir: inputs[index]!.outputSubdir, displayName: inputs[index]!.display },
  }));
  if (context.jobs <= 1 || tasks.length <= 1) {
    // Only here, rendering in this thread, is the rendering pipeline loaded into it.
    const { renderSafely } = await import('./render-task.js');
    for (const [index, task] of tasks.entries())
      onResult(await renderSafely(task, context.uiLang, context.env), indices[index]!);
    return;
  }
  await runPool<RenderTask, RenderResult>(
    tasks,
    {
      jobs: context.jobs,
      workerUrl: new URL('./render-worker.js', import.meta.url),
      workerData: { uiLang: context.uiLang, env: context.env },
      onCrash: (error, task) =>
        crashResult(
          task.options.displayName ?? task.file,
          t('cli.error.internal', { message: error.message }),
        ),
    },
    (_task, result, index) => onResult(result, indices[index]!),
  );
}
