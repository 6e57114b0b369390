/**
 * Rendering many answers files: in worker threads when there is more than one file and more
 * than one job, in this process otherwise (a single file gains nothing from a worker's start-up).
 * Results are handed to `onResult` as each file finishes, so nothing per file is kept here.
 */
import { translatorFor } from '../i18n.js';
import type { InputFile } from '../inputs.js';
import { crashResult, type RenderOptions, type RenderResult } from '../render-plan.js';
import { runPool } from './pool.js';
import type { RenderTask } from './render-task.js';

export interface BatchContext {
  uiLang: string;
  env: Record<string, string | undefined>;
  jobs: number;
}

export async function renderBatch(
  inputs: readonly InputFile[],
  options: RenderOptions,
  context: BatchContext,
  onResult: (result: RenderResult, index: number) => void,
): Promise<void> {
  const tasks: RenderTask[] = inputs.map((input) => ({
    file: input.path,
    options: { ...options, outputSubdir: input.outputSubdir, displayName: input.display },
  }));
  if (context.jobs <= 1 || tasks.length <= 1) {
    // Only here, rendering in this thread, is the rendering pipeline loaded into it.
    const { renderSafely } = await import('./render-task.js');
    for (const [index, task] of tasks.entries())
      onResult(await renderSafely(task, context.uiLang, context.env), index);
    return;
  }
  const t = translatorFor(context.uiLang);
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
    (_task, result, index) => onResult(result, index),
  );
}
