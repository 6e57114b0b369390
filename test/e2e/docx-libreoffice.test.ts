/**
 * The Word file is what the parties negotiate in, so it must open in a real word processor.
 * Where LibreOffice is installed (`apt-get install libreoffice-writer-nogui`), the DOCX is
 * converted to PDF by it and the text read back; elsewhere the test is skipped.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

import { runCli, tempDir } from '../helpers/cli.js';
import { pdfText } from '../helpers/pdf-text.js';

const soffice = spawnSync('sh', ['-c', 'command -v soffice']).status === 0;

describe.skipIf(!soffice)('DOCX in LibreOffice', () => {
  it('opens the Russian MoU and keeps its articles, signature table and Kazakh names', async () => {
    const dir = tempDir();
    expect(runCli(['render', 'examples/kz-probation.yaml', '-o', dir, '-f', 'docx', '-d', 'mou']).code).toBe(
      0,
    );
    const converted = spawnSync(
      'soffice',
      ['--headless', '--convert-to', 'pdf', '--outdir', dir, join(dir, 'kz-probation.mou.ru.docx')],
      { encoding: 'utf8', timeout: 120_000, env: { ...process.env, HOME: dir } },
    );
    expect(converted.status, converted.stderr).toBe(0);
    const text = (await pdfText(join(dir, 'kz-probation.mou.ru.pdf'))).replace(/\s+/g, ' ');
    expect(text).toContain('Меморандум о взаимопонимании');
    expect(text).toContain('Статья 1.');
    expect(text).toContain('М.П.');
    expect(text).toContain('Сенім көпірі');
  });
});
