import { describe, expect, it } from 'vitest';

import { runPool } from '../../../src/adapters/batch/pool.js';

const workerUrl = new URL('../../fixtures/batch/square-worker.mjs', import.meta.url);

async function collect(tasks: number[], jobs: number) {
  const results = new Map<number, number | string>();
  await runPool<number, number | string>(
    tasks,
    { jobs, workerUrl, onCrash: (error, task) => `crashed on ${task}: ${error.message}` },
    (task, result) => results.set(task, result),
  );
  return results;
}

describe('runPool', () => {
  it('runs every task once and streams each result', async () => {
    const tasks = Array.from({ length: 40 }, (_, i) => i + 20);
    const results = await collect(tasks, 2);
    expect([...results.keys()].sort((a, b) => a - b)).toEqual(tasks);
    for (const task of tasks) expect(results.get(task)).toBe(task * task);
  });

  it('fails only the task whose worker crashed, and goes on with a fresh worker', async () => {
    const results = await collect([1, 2, 7, 13, 4, 5, 6, 8, 9], 2);
    expect(results.get(7)).toMatch(/^crashed on 7: .*exit code 3/);
    expect(results.get(13)).toBe('crashed on 13: unlucky');
    for (const task of [1, 2, 4, 5, 6, 8, 9]) expect(results.get(task)).toBe(task * task);
  });

  it('copes with more jobs than tasks, and with no tasks', async () => {
    expect((await collect([3], 8)).get(3)).toBe(9);
    expect((await collect([], 2)).size).toBe(0);
  });
});
