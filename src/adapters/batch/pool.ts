/**
 * A small pool of worker threads for batches. Tasks are handed out one at a time, so a slow
 * file never holds the others back; each worker keeps its caches (fonts, templates, schemas)
 * for the whole batch. A worker that crashes fails only the task it was running: the pool
 * starts a fresh worker and goes on.
 */
import { Worker } from 'node:worker_threads';

export interface PoolOptions<TTask, TResult> {
  jobs: number;
  /** The worker module (see `worker.ts`). */
  workerUrl: URL;
  workerData?: unknown;
  /** What a task that crashed its worker resolves to. */
  onCrash: (error: Error, task: TTask) => TResult;
}

interface Reply<TResult> {
  id: number;
  result: TResult;
}

/**
 * Runs every task and calls `onResult` as each finishes (in completion order), so the caller can
 * stream results instead of holding them. Resolves when all tasks are done.
 */
export async function runPool<TTask, TResult>(
  tasks: readonly TTask[],
  options: PoolOptions<TTask, TResult>,
  onResult: (task: TTask, result: TResult, index: number) => void,
): Promise<void> {
  let next = 0;
  let finished = 0;
  const total = tasks.length;
  if (total === 0) return;

  await new Promise<void>((resolveAll) => {
    const complete = (index: number, result: TResult) => {
      onResult(tasks[index]!, result, index);
      finished++;
      if (finished === total) resolveAll();
    };

    const startWorker = () => {
      const worker = new Worker(options.workerUrl, { workerData: options.workerData });
      let current: number | undefined;
      const feed = () => {
        if (next >= total) {
          current = undefined;
          void worker.terminate();
          return;
        }
        current = next++;
        worker.postMessage({ id: current, task: tasks[current] });
      };
      worker.on('message', (reply: Reply<TResult>) => {
        complete(reply.id, reply.result);
        feed();
      });
      const fail = (error: Error) => {
        if (current === undefined) return;
        const failed = current;
        current = undefined;
        complete(failed, options.onCrash(error, tasks[failed]!));
        if (next < total) startWorker();
      };
      worker.on('error', fail);
      worker.on('exit', (code) => {
        if (code !== 0) fail(new Error(`worker stopped with exit code ${code}`));
      });
      feed();
    };

    const workers = Math.max(1, Math.min(options.jobs, total));
    for (let i = 0; i < workers; i++) startWorker();
  });
}
