import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

import { runCli, tempDir } from '../helpers/cli.js';
import { pdfInfo, pdfText } from '../helpers/pdf-text.js';

describe('prison-protocol checklist (built CLI)', () => {
  it('prints the English handout as Markdown by default', () => {
    const result = runCli(['checklist']);
    expect(result.code).toBe(0);
    for (let area = 1; area <= 5; area++) expect(result.stdout).toContain(`## Area ${area} of 5: `);
    expect(result.stdout).toContain('**2.4. Which state bodies must authorise each service?**');
    expect(result.stdout).toMatch(/\n_{60}\n/);
  });

  it('writes the Russian A4 handout as PDF, with every area and question readable back', async () => {
    const dir = tempDir();
    const result = runCli(['checklist', '-f', 'pdf', '--lang', 'ru', '-o', dir]);
    expect(result.code).toBe(0);
    const file = join(dir, 'checklist.ru.pdf');
    const text = (await pdfText(file)).replace(/\s+/g, ' ');
    expect(text).toContain('Направление 1 из 5: Целевая группа');
    expect(text).toContain('Направление 5 из 5: Обеспечение качества и мониторинг');
    expect(text).toContain('Какие государственные органы должны разрешить каждую услугу?');
    expect(text).toContain('Кто дополнит и к какому сроку');
    const info = await pdfInfo(file);
    expect(info.Title).toMatch(/^Контрольный список/);
    expect(readFileSync(file).subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('refuses to overwrite without --force and rejects unknown formats', () => {
    const dir = tempDir();
    expect(runCli(['checklist', '-f', 'md', '-o', dir]).code).toBe(0);
    const again = runCli(['checklist', '-f', 'md', '-o', dir]);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('checklist.en.md');
    expect(runCli(['checklist', '-f', 'md', '-o', dir, '--force']).code).toBe(0);
    const bad = runCli(['checklist', '-f', 'odt']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('Unknown --format value “odt”. Allowed: md, pdf.');
  });

  it('says plainly when a file is in the way of the output folder (no internal error)', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'blocked'), '');
    // `-o blocked` would name the file itself (-o FILE); a folder below a file is in the way.
    const result = runCli(['checklist', '-f', 'md', '-o', 'blocked/handouts'], { cwd: dir });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(
      /^Cannot write .*blocked\/handouts: a file is in the way where a folder is needed\.$/m,
    );
    expect(result.stderr).not.toMatch(/Internal error/);
    const init = runCli(['init', 'blocked/protocol.yaml'], { cwd: dir });
    expect(init.code).toBe(1);
    expect(init.stderr).toContain('a file is in the way where a folder is needed');
  });

  it('rejects an unknown language with exit 2', () => {
    const result = runCli(['checklist', '--lang', 'xx']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('Unknown --lang value “xx”');
  });
});
