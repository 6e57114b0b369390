/**
 * A worker thread of the render pool: it keeps fonts, templates and schemas for the whole batch
 * and renders the files it is handed, one at a time.
 */
import { parentPort, workerData } from 'node:worker_threads';

import { renderSafely, type RenderTask } from './render-task.js';

const { uiLang, env } = workerData as { uiLang: string; env: Record<string, string | undefined> };

parentPort?.on('message', (message: { id: number; task: RenderTask }) => {
  void renderSafely(message.task, uiLang, env).then((result) =>
    parentPort?.postMessage({ id: message.id, result }),
  );
});
