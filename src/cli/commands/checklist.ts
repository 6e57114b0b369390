import { join, resolve } from 'node:path';

import { existingFiles, writeFileAtomic } from '../../adapters/files.js';
import { translatorFor } from '../../adapters/i18n.js';
import { buildHandout, handoutMarkdown } from '../../core/checklist/handout.js';
import { ExitCode, UserError } from '../../core/errors.js';
import type { CommandRun } from '../context.js';
import { checkedList, checkedLanguage } from '../document-options.js';

const HANDOUT_FORMATS = ['md', 'pdf'] as const;

export const run: CommandRun = async (_args, options, ctx) => {
  const { t, out } = ctx;
  const lang = checkedLanguage(options.lang, ctx.uiLang, t);
  const formats = checkedList(options.format, HANDOUT_FORMATS, ['md'], '--format', t);
  const handout = buildHandout(translatorFor(lang));

  // Markdown alone and no --out: print it, so it can be piped or pasted.
  if (formats.length === 1 && formats[0] === 'md' && options.out === undefined) {
    out.data(handoutMarkdown(handout));
    return ExitCode.Success;
  }
  const folder = resolve(ctx.cwd, typeof options.out === 'string' ? options.out : '.');
  const files = formats.map((format) => join(folder, `checklist.${lang}.${format}`));
  const existing = existingFiles(files);
  if (existing.length > 0 && !options.force) {
    throw new UserError(
      [t('files.existsMany'), ...existing.map((file) => `  ${file}`)].join('\n'),
      ExitCode.Invalid,
    );
  }
  for (const [index, format] of formats.entries()) {
    const file = files[index]!;
    if (format === 'md') await writeFileAtomic(file, handoutMarkdown(handout));
    else {
      const { handoutPdf } = await import('../../adapters/checklist-pdf.js');
      await writeFileAtomic(file, await handoutPdf(handout, lang));
    }
    out.info(t('files.written', { file }));
  }
  return ExitCode.Success;
};
