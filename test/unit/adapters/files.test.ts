/** Atomic writes: every file lands whole, folders are made, and a failed write leaves no temporary file. */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

import { writeFileAtomic, writeFilesAtomicSync } from '../../../src/adapters/files.js';

const scratch = () => mkdtempSync(join(tmpdir(), 'pp-files-'));

describe('writeFilesAtomicSync', () => {
  it('writes text and bytes into folders it creates, leaving no temporary files', () => {
    const dir = scratch();
    const out = join(dir, 'a', 'b');
    writeFilesAtomicSync([
      { path: join(out, 'x.md'), data: '# x\n' },
      { path: join(out, 'x.pdf'), data: new Uint8Array([0x25, 0x50, 0x44, 0x46]) },
    ]);
    expect(readFileSync(join(out, 'x.md'), 'utf8')).toBe('# x\n');
    expect(readFileSync(join(out, 'x.pdf'), 'latin1')).toBe('%PDF');
    expect(readdirSync(out).sort()).toEqual(['x.md', 'x.pdf']);
  });

  it('throws when a file cannot take the place of what is there, and removes its temporary file', () => {
    const dir = scratch();
    mkdirSync(join(dir, 'taken.md')); // a folder where the file should go
    expect(() => writeFilesAtomicSync([{ path: join(dir, 'taken.md'), data: 'text' }])).toThrow();
    expect(readdirSync(dir)).toEqual(['taken.md']);
  });
});

describe('writeFileAtomic', () => {
  it('replaces a file whole', async () => {
    const dir = scratch();
    await writeFileAtomic(join(dir, 'f.yaml'), 'one: 1\n');
    await writeFileAtomic(join(dir, 'f.yaml'), 'two: 2\n');
    expect(readFileSync(join(dir, 'f.yaml'), 'utf8')).toBe('two: 2\n');
    expect(readdirSync(dir)).toEqual(['f.yaml']);
  });
});

describe('writeFilesAtomicSync without overwriting (issue 17)', () => {
  it('never replaces a file that appeared meanwhile, and removes what it wrote for the set', async () => {
    const { OutputExistsError } = await import('../../../src/adapters/files.js');
    const dir = scratch();
    const other = join(dir, 'x.pdf');
    writeFileSync(other, 'written by another process');
    const files = [
      { path: join(dir, 'x.md'), data: 'mine' },
      { path: other, data: 'mine too' },
    ];
    expect(() => writeFilesAtomicSync(files, { overwrite: false })).toThrow(OutputExistsError);
    expect(readFileSync(other, 'utf8')).toBe('written by another process');
    expect(readdirSync(dir)).toEqual(['x.pdf']);
  });

  it('writes new files exclusively', () => {
    const dir = scratch();
    writeFilesAtomicSync([{ path: join(dir, 'n.md'), data: 'new' }], { overwrite: false });
    expect(readdirSync(dir)).toEqual(['n.md']);
  });
});
