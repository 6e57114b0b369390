/** One file of a batch, as handed to a worker thread: plain data only. */
import { translatorFor } from '../i18n.js';
import { renderFile, type RenderOptions, type RenderResult } from '../render-files.js';

export interface RenderTask {
  file: string;
  options: RenderOptions;
}

/** What a file whose rendering crashed (a bug, not the user's mistake) is reported as. */
export function crashResult(file = '', message = ''): RenderResult {
  return { file, ok: false, outputs: [], errors: message ? [message] : [], documents: 0, gaps: 0 };
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
