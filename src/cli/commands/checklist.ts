import { existsSync, statSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';

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
  // `-o handout.pdf` without -f: the extension says which format is meant.
  const implied = typeof options.out === 'string' ? extname(options.out).slice(1).toLowerCase() : '';
  const fallback = implied === 'pdf' ? (['pdf'] as const) : (['md'] as const);
  const formats = checkedList(options.format, HANDOUT_FORMATS, fallback, '--format', t);
  const handout = buildHandout(translatorFor(lang));

  // Markdown alone and no --out, or `-o -`: print it, so it can be piped or pasted.
  if (options.out === '-' || (formats.length === 1 && formats[0] === 'md' && options.out === undefined)) {
    if (formats.length !== 1)
      throw new UserError(t('files.outOneFile', { path: '-', count: formats.length }), ExitCode.Usage);
    if (formats[0] === 'md') out.data(handoutMarkdown(handout));
    else {
      const { handoutPdf } = await import('../../adapters/checklist-pdf.js');
      out.stdout.write(await handoutPdf(handout, lang));
    }
    return ExitCode.Success;
  }
  const target = resolve(ctx.cwd, typeof options.out === 'string' ? options.out : '.');
  // `-o handout.md` names the file itself (a name with a format's extension is never a folder).
  const namesFile =
    (HANDOUT_FORMATS as readonly string[]).includes(extname(target).slice(1).toLowerCase()) ||
    (existsSync(target) && !statSync(target).isDirectory());
  if (namesFile && formats.length !== 1) {
    throw new UserError(
      t('files.outOneFile', { path: String(options.out), count: formats.length }),
      ExitCode.Usage,
    );
  }
  const files = namesFile ? [target] : formats.map((format) => join(target, `checklist.${lang}.${format}`));
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
