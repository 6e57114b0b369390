/** Runs the built CLI like `runCli`, and measures its wall time and peak memory. */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { BIN, ROOT, tempDir, type CliResult } from './cli.js';

export interface MeasuredResult extends CliResult {
  seconds: number;
  /** Peak resident set size of the whole process, in MB. */
  peakMB: number;
}

export function runMeasured(
  args: string[],
  options: { cwd?: string; timeoutMs?: number } = {},
): MeasuredResult {
  const rssFile = join(tempDir('pp-rss-'), 'rss');
  const start = performance.now();
  const result = spawnSync(
    process.execPath,
    ['--import', join(ROOT, 'test/helpers/max-rss.mjs'), BIN, ...args],
    {
      cwd: options.cwd ?? ROOT,
      env: {
        ...process.env,
        NO_COLOR: '1',
        LANG: 'C.UTF-8',
        LC_ALL: '',
        LC_MESSAGES: '',
        PP_MAX_RSS_FILE: rssFile,
      },
      input: '',
      encoding: 'utf8',
      timeout: options.timeoutMs ?? 60_000,
      maxBuffer: 256 * 1024 * 1024,
    },
  );
  const seconds = (performance.now() - start) / 1000;
  let peakMB = Number.NaN;
  try {
    peakMB = Number(readFileSync(rssFile, 'utf8')) / 1024;
  } catch {
    // killed before exit: the time limit will say so
  }
  return { code: result.status, stdout: result.stdout, stderr: result.stderr, seconds, peakMB };
}
