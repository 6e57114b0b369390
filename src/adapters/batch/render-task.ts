/** One file of a batch, as handed to a worker thread: plain data only. */
import { translatorFor } from '../i18n.js';
import { renderFile } from '../render-files.js';
import { crashResult, type RenderOptions, type RenderResult } from '../render-plan.js';

export interface RenderTask {
  file: string;
  options: RenderOptions;
}

/** Renders one file; an unexpected error fails only this file, with the internal-error message. */
export async function renderSafely(
  task: RenderTask,
  uiLang: string,
  env: Record<string, string | undefined>,
): Promise<RenderResult> {
  const t = translatorFor(uiLang);
  try {
    return await renderFile(task.file, task.options, { t, env });
  } catch (error) {
    const message = t('cli.error.internal', {
      message: error instanceof Error ? error.message : String(error),
    });
    return crashResult(task.options.displayName ?? task.file, message);
  }
}
