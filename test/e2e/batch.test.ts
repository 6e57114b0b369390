import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';

import { describe, expect, it } from 'vitest';

import { ROOT, runCli, tempDir } from '../helpers/cli.js';
import { pdfText } from '../helpers/pdf-text.js';

/** A tree with two `protocol.yaml` in different folders, a broken file and a file at the top. */
function makeTree(): string {
  const dir = tempDir('pp-batch-');
  const put = (source: string, target: string) => {
    mkdirSync(join(dir, 'in', target, '..'), { recursive: true });
    copyFileSync(join(ROOT, source), join(dir, 'in', target));
  };
  put('examples/kg-women-colony.yaml', 'kg/protocol.yaml');
  put('examples/kz-probation.yaml', 'kz/protocol.yaml');
  put('examples/tj-oat-release.yaml', 'tj-oat-release.yaml');
  put('test/fixtures/validate/five-mistakes.yaml', 'broken/protocol.yml');
  return dir;
}

describe('render on a folder tree (batch, built CLI)', () => {
  it('writes every good document, reports the broken file with its lines, exits 1, valid --json', async () => {
    const dir = makeTree();
    const result = runCli(['render', 'in', '-o', 'out', '--json', '--jobs', '2'], { cwd: dir });
    expect(result.code).toBe(1);
    const report = JSON.parse(result.stdout) as {
      summary: { files: number; succeeded: number; failed: number; documents: number; seconds: number };
      files: { file: string; ok: boolean; outputs: string[]; errors: { line: number; message: string }[] }[];
    };
    expect(report.summary).toMatchObject({ files: 4, succeeded: 3, failed: 1, documents: 12 });
    expect(report.summary.seconds).toBeGreaterThan(0);
    const broken = report.files.find((file) => !file.ok)!;
    expect(broken.file).toBe(join('in', 'broken', 'protocol.yml'));
    expect(broken.errors).toContainEqual(
      expect.objectContaining({
        line: 20,
        column: 3,
        message: expect.stringContaining('Unknown key “prisonContxt”'),
      }),
    );

    // Same-named inputs in two folders land in mirrored folders and never collide.
    expect(readdirSync(join(dir, 'out', 'kg')).sort()).toEqual([
      'protocol.concept-note.en.md',
      'protocol.concept-note.en.pdf',
      'protocol.mou.en.md',
      'protocol.mou.en.pdf',
    ]);
    expect(readdirSync(join(dir, 'out', 'kz')).sort()).toContain('protocol.mou.ru.pdf');
    expect(existsSync(join(dir, 'out', 'tj-oat-release.mou.ru.pdf'))).toBe(true);
    expect(existsSync(join(dir, 'out', 'broken'))).toBe(false);
    expect(await pdfText(join(dir, 'out', 'kz', 'protocol.mou.ru.pdf'))).toMatch(/Меморандум/);
    for (const file of report.files.filter((f) => f.ok)) {
      for (const output of file.outputs) expect(existsSync(join(dir, output)), output).toBe(true);
    }
  });

  it('gives the same documents with one job as with two', () => {
    const dir = makeTree();
    const one = runCli(['render', 'in', '-o', 'one', '--jobs', '1', '-q'], { cwd: dir });
    const two = runCli(['render', 'in', '-o', 'two', '--jobs', '2', '-q'], { cwd: dir });
    expect([one.code, two.code]).toEqual([1, 1]);
    expect(one.stdout).toBe('');
    // --quiet in a pipe: no progress, only the failure.
    expect(one.stderr).toContain('in/broken/protocol.yml');
    expect(one.stderr).not.toMatch(/files rendered/);
    const list = (root: string): string[] =>
      readdirSync(join(dir, root), { recursive: true, withFileTypes: true })
        .filter((entry) => entry.isFile())
        .map((entry) => relative(join(dir, root), join(entry.parentPath, entry.name)))
        .sort();
    expect(list('two')).toEqual(list('one'));
    expect(list('one')).toHaveLength(12);
    for (const file of list('one')) {
      expect(readFileSync(join(dir, 'two', file)).equals(readFileSync(join(dir, 'one', file))), file).toBe(
        true,
      );
    }
  });

  it('prints the failure and a summary in a pipe, without a progress bar', () => {
    const dir = makeTree();
    const result = runCli(['render', 'in', '-o', 'out'], { cwd: dir });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('3 of 4 files rendered, 12 documents written');
    expect(result.stderr).not.toContain('█');
  });

  it('validate and check take folders too', () => {
    const dir = makeTree();
    const validate = runCli(['validate', 'in', '--json'], { cwd: dir });
    expect(validate.code).toBe(1);
    const files = (JSON.parse(validate.stdout) as { file: string; valid: boolean }[]).map((f) => [
      f.file,
      f.valid,
    ]);
    expect(files).toEqual([
      [join('in', 'broken', 'protocol.yml'), false],
      [join('in', 'kg', 'protocol.yaml'), true],
      [join('in', 'kz', 'protocol.yaml'), true],
      [join('in', 'tj-oat-release.yaml'), true],
    ]);
    const check = runCli(['check', 'in', '--json'], { cwd: dir });
    const reports = JSON.parse(check.stdout) as { file: string }[];
    expect(reports.map((r) => r.file)).toContain(join('in', 'kz', 'protocol.yaml'));
  });

  it('fails only the file that cannot be written, and refuses a file given as --out', () => {
    const dir = makeTree();
    mkdirSync(join(dir, 'out'));
    writeFileSync(join(dir, 'out', 'kg'), 'in the way');
    const result = runCli(['render', 'in', '-o', 'out', '-f', 'md', '--json'], { cwd: dir });
    expect(result.code).toBe(1);
    const report = JSON.parse(result.stdout) as {
      files: { file: string; ok: boolean; errors: { line: number; code: string; message: string }[] }[];
    };
    const blocked = report.files.find((file) => file.file === join('in', 'kg', 'protocol.yaml'))!;
    expect(blocked.ok).toBe(false);
    expect(blocked.errors[0]).toMatchObject({ line: 0, code: 'render' });
    expect(blocked.errors[0]!.message).toMatch(
      /^Cannot write .*out\/kg: a file is in the way where a folder is needed\.$/,
    );
    expect(report.files.filter((file) => file.ok)).toHaveLength(2);

    // An existing file as -o names one output (-o FILE): four would be written, so it is refused.
    const usage = runCli(['render', 'in/kz/protocol.yaml', '-o', 'out/kg'], { cwd: dir });
    expect(usage.code).toBe(2);
    expect(usage.stderr).toContain('-o out/kg names one file, but 4 files would be written.');
    expect(readFileSync(join(dir, 'out', 'kg'), 'utf8')).toBe('in the way');
  });

  it('refuses an empty folder and a missing path with exit 2', () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'empty'));
    expect(runCli(['render', 'empty'], { cwd: dir }).code).toBe(2);
    expect(runCli(['render', 'missing'], { cwd: dir }).code).toBe(2);
  });
});
