/**
 * The interview's last step: the same code path as `render` (`renderFile`), asking before it
 * overwrites documents written by an earlier session.
 */
import { existsSync } from 'node:fs';
import { relative } from 'node:path';

import { DOC_KINDS } from '../core/document/types.js';
import { UserError } from '../core/errors.js';
import type { Translate } from '../core/i18n/translate.js';
import type { Prompter } from '../core/interview/prompter.js';
import type { RenderOutcome } from '../core/interview/session.js';
import { renderFile } from './render-files.js';
import { plannedOutputs, type Format } from './render-plan.js';

export interface InterviewRenderOptions {
  file: string;
  outDir: string;
  formats: readonly Format[];
  lang?: string;
  force: boolean;
  cwd: string;
  env: Record<string, string | undefined>;
}

export function interviewRenderer(options: InterviewRenderOptions, prompter: Prompter, t: Translate) {
  const shown = (path: string) => relative(options.cwd, path) || path;
  return async ({ draft }: { draft: boolean }): Promise<RenderOutcome> => {
    const renderOptions = {
      outDir: options.outDir,
      formats: options.formats,
      docs: DOC_KINDS,
      lang: options.lang,
      force: options.force,
      draft,
      displayName: shown(options.file),
    };
    const deps = { t, env: options.env };
    let force = options.force;
    if (!force) {
      const existing = (await plannedOutputs(options.file, renderOptions, deps)).filter((path) =>
        existsSync(path),
      );
      if (existing.length > 0) {
        const list = existing.map((path) => `  ${shown(path)}`).join('\n');
        force = await prompter.askConfirm({
          message: `${t('interview.render.overwrite', { count: existing.length })}\n${list}`,
          current: true,
        });
        if (!force) return { files: [] };
      }
    }
    const result = await renderFile(options.file, { ...renderOptions, force }, deps);
    if (!result.ok) throw new UserError(result.errors.join('\n'));
    return { files: result.outputs.map(shown) };
  };
}
