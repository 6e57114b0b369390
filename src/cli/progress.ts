/**
 * The batch progress bar (cli-progress) on stderr: files done of total, failures, rate and time
 * left. Only on a terminal; in a pipe, with --quiet or --json there is no progress output.
 */
import type { Output } from './output.js';
import type { Translate } from '../core/i18n/translate.js';

export interface Progress {
  tick(failed: boolean): void;
  stop(): void;
}

const NONE: Progress = { tick: () => undefined, stop: () => undefined };

export async function startProgress(
  total: number,
  out: Output,
  t: Translate,
  enabled: boolean,
): Promise<Progress> {
  if (!enabled || !out.interactive || total < 2) return NONE;
  const { default: cliProgress } = await import('cli-progress');
  const started = Date.now();
  let failed = 0;
  const bar = new cliProgress.SingleBar(
    {
      stream: out.stderr,
      format: (options, params, payload: { failed: number; rate: string }) => {
        const width = options.barsize ?? 30;
        const filled = Math.round(params.progress * width);
        const bar = `${'█'.repeat(filled)}${'░'.repeat(width - filled)}`;
        return t('render.batch.progress', {
          bar,
          done: params.value,
          total: params.total,
          failed: payload.failed,
          rate: payload.rate,
          eta: params.eta > 0 && Number.isFinite(params.eta) ? params.eta : '—',
        });
      },
      hideCursor: true,
      clearOnComplete: true,
      etaBuffer: 50,
    },
    cliProgress.Presets.shades_classic,
  );
  bar.start(total, 0, { failed: 0, rate: '0.0' });
  return {
    tick(hasFailed) {
      if (hasFailed) failed++;
      const seconds = Math.max((Date.now() - started) / 1000, 0.001);
      bar.increment(1, { failed, rate: ((bar.getProgress() * total) / seconds).toFixed(1) });
    },
    stop() {
      bar.stop();
    },
  };
}
