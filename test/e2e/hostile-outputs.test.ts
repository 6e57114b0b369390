/**
 * No document is ever lost (issue 17): name clashes within a batch, two renders racing for the
 * same names, and a full disk, through the built CLI.
 */
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { afterAll, describe, expect, it } from 'vitest';

import { BIN, ROOT, runCli, tempDir } from '../helpers/cli.js';

const example = join(ROOT, 'examples/kg-women-colony.yaml');

describe('output name clashes within a batch', () => {
  it('same/a.yaml and same/a.yml are both refused, each naming the other, and nothing is written', () => {
    const dir = tempDir('pp-clash-');
    const inputs = join(dir, 'same');
    mkdirSync(inputs);
    copyFileSync(example, join(inputs, 'a.yaml'));
    copyFileSync(example, join(inputs, 'a.yml'));
    copyFileSync(example, join(inputs, 'b.yaml'));
    const out = join(dir, 'out');
    const result = runCli(['render', inputs, '-o', out, '-f', 'md', '--json'], { cwd: dir });
    expect(result.code).toBe(1);
    const report = JSON.parse(result.stdout) as {
      summary: { succeeded: number; failed: number; documents: number };
      files: { file: string; ok: boolean; errors: { message: string }[] }[];
    };
    expect(report.summary).toMatchObject({ succeeded: 1, failed: 2, documents: 2 });
    const byFile = Object.fromEntries(report.files.map((file) => [file.file, file]));
    expect(byFile['same/a.yaml']!.errors.map((e) => e.message).join(' ')).toContain('same/a.yml');
    expect(byFile['same/a.yml']!.errors.map((e) => e.message).join(' ')).toContain('same/a.yaml');
    expect(readdirSync(out).sort()).toEqual(['b.concept-note.en.md', 'b.mou.en.md']);
  });
});

describe('two renders racing for the same names', () => {
  it('exactly one writes; the other overwrites nothing and says so', async () => {
    const dir = tempDir('pp-race-');
    const out = join(dir, 'out');
    const variants = ['one', 'two'].map((tag) => {
      const file = join(dir, tag, 'protocol.yaml');
      mkdirSync(join(dir, tag));
      writeFileSync(
        file,
        readFileSync(example, 'utf8').replace('title: Bridge to freedom', `title: Race ${tag}`),
      );
      return file;
    });
    const run = (file: string) =>
      new Promise<{ code: number | null; stderr: string }>((resolve) => {
        const child = spawn(process.execPath, [BIN, 'render', file, '-o', out, '-f', 'md,pdf'], {
          env: { ...process.env, NO_COLOR: '1', LANG: 'C.UTF-8' },
        });
        let stderr = '';
        child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
        child.on('close', (code) => resolve({ code, stderr }));
      });
    const results = await Promise.all(variants.map(run));
    const codes = results.map((result) => result.code).sort();
    expect(codes, results.map((r) => r.stderr).join('\n')).toEqual([0, 1]);
    const loser = results.find((result) => result.code === 1)!;
    expect(loser.stderr).toMatch(/already exist/);
    // Every document on the disk comes from the same winner.
    const titles = ['protocol.mou.en.md', 'protocol.concept-note.en.md'].map(
      (name) => /Race (one|two)/.exec(readFileSync(join(out, name), 'utf8'))?.[1],
    );
    expect(titles[0]).toBeDefined();
    expect(titles[1]).toBe(titles[0]);
    expect(readdirSync(out).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  }, 60_000);
});

/** A 120 KB file system, to fill: only where this test may mount one (as root on Linux). */
function smallDisk(): string | undefined {
  if (process.platform !== 'linux' || process.getuid?.() !== 0) return undefined;
  const dir = tempDir('pp-full-');
  const mounted = spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=120k', 'tmpfs', dir]);
  return mounted.status === 0 ? dir : undefined;
}

describe('a full disk', () => {
  const disk = smallDisk();
  afterAll(() => {
    if (disk) spawnSync('umount', [disk]);
  });

  it.skipIf(!disk)('names the output that could not be written, says the disk is full, keeps nothing', () => {
    const result = runCli(['render', example, '-o', disk!, '-f', 'md,pdf,docx']);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(
      /Cannot write .*kg-women-colony\.[a-z-]+\.en\.(md|pdf|docx): the disk is full\./,
    );
    expect(result.stderr).not.toMatch(/Internal error/);
    expect(readdirSync(disk!)).toEqual([]);
  });
});
