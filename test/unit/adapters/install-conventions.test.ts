/** Unit tests of issue 15's small modules: CPU quota, rename retry, encodings, blank text, sniffing. */
import { describe, expect, it } from 'vitest';

import { decodeAnswersBytes } from '../../../src/core/answers/text-encoding.js';
import { blankAsEmpty } from '../../../src/core/validation/blank-text.js';
import { cgroupCpuLimit } from '../../../src/adapters/cpu-count.js';
import { looksLikeAnswers } from '../../../src/adapters/inputs.js';
import { replaceFile, replaceFileSync } from '../../../src/adapters/replace-file.js';
import { tEn } from '../../helpers/i18n.js';

function files(contents: Record<string, string>) {
  return (file: string) => {
    if (file in contents) return contents[file]!;
    throw Object.assign(new Error('ENOENT'), { code: 'ENOENT' });
  };
}

describe('cgroupCpuLimit (the --jobs default in a container)', () => {
  it('reads a cgroup v2 quota, rounding up', () => {
    expect(cgroupCpuLimit(files({ '/sys/fs/cgroup/cpu.max': '150000 100000\n' }))).toBe(2);
    expect(cgroupCpuLimit(files({ '/sys/fs/cgroup/cpu.max': '50000 100000\n' }))).toBe(1);
  });
  it('has no limit for "max" or when there is no cgroup', () => {
    expect(cgroupCpuLimit(files({ '/sys/fs/cgroup/cpu.max': 'max 100000\n' }))).toBeUndefined();
    expect(cgroupCpuLimit(files({}))).toBeUndefined();
  });
  it('reads a cgroup v1 quota; -1 means none', () => {
    const v1 = (quota: string) =>
      files({
        '/sys/fs/cgroup/cpu/cpu.cfs_quota_us': quota,
        '/sys/fs/cgroup/cpu/cpu.cfs_period_us': '100000',
      });
    expect(cgroupCpuLimit(v1('300000'))).toBe(3);
    expect(cgroupCpuLimit(v1('-1'))).toBeUndefined();
  });
});

describe('replaceFile (rename onto a file held open elsewhere)', () => {
  const busy = () => Object.assign(new Error('EBUSY'), { code: 'EBUSY', path: '/tmp/.x.pdf.abc.tmp' });

  it('retries a busy file briefly, then succeeds', async () => {
    let calls = 0;
    await replaceFile('/tmp/.x.pdf.abc.tmp', '/tmp/x.pdf', async () => {
      if (++calls < 3) throw busy();
    });
    expect(calls).toBe(3);
    calls = 0;
    replaceFileSync('/tmp/.x.pdf.abc.tmp', '/tmp/x.pdf', () => {
      if (++calls < 2) throw busy();
    });
    expect(calls).toBe(2);
  });

  it('gives up with an error that names the real file', async () => {
    const error = await replaceFile('/tmp/.x.pdf.abc.tmp', '/tmp/x.pdf', async () => {
      throw busy();
    }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'EBUSY', path: '/tmp/x.pdf' });
  });

  it('does not retry a lasting refusal', async () => {
    let calls = 0;
    const error = await replaceFile('/a/.t.tmp', '/a/t', async () => {
      calls++;
      throw Object.assign(new Error('EISDIR'), { code: 'EISDIR', path: '/a/.t.tmp' });
    }).catch((e: unknown) => e);
    expect(calls).toBe(1);
    expect(error).toMatchObject({ path: '/a/t' });
  });
});

describe('decodeAnswersBytes', () => {
  const text = 'title: Пилот «Мост»\n';
  it('reads UTF-8 with and without BOM, and UTF-16 LE/BE with BOM', () => {
    const utf16le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    const utf16be = Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()]);
    for (const [bytes, encoding] of [
      [Buffer.from(text), 'utf-8'],
      [Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]), 'utf-8'],
      [utf16le, 'utf-16le'],
      [utf16be, 'utf-16be'],
    ] as const) {
      expect(decodeAnswersBytes(bytes, tEn)).toEqual({ text, encoding });
    }
  });
  it('names cp1251, and calls other bytes not text', () => {
    const cp1251 = Buffer.from([0x74, 0x3a, 0x20, 0xcf, 0xe8, 0xeb, 0xee, 0xf2, 0x0a]); // "t: Пилот"
    expect(decodeAnswersBytes(cp1251, tEn)).toMatchObject({
      code: 'encoding',
      message: expect.stringContaining('Windows-1251'),
    });
    expect(decodeAnswersBytes(Buffer.from([0x00, 0x01, 0x02, 0x89]), tEn)).toMatchObject({
      code: 'not-text',
    });
    expect(decodeAnswersBytes(Buffer.from([0x61, 0xe9, 0x62]), tEn)).toMatchObject({ code: 'not-text' });
  });
});

describe('blankAsEmpty', () => {
  it('makes whitespace-only strings empty at any depth, and keeps the rest as it is', () => {
    const data = { a: '  ', b: 'x', c: [{ d: '\t\n' }, ' y '], e: 1, f: null };
    expect(blankAsEmpty(data)).toEqual({ a: '', b: 'x', c: [{ d: '' }, ' y '], e: 1, f: null });
    const clean = { a: 'x', b: ['y'] };
    expect(blankAsEmpty(clean)).toBe(clean);
  });
});

describe('looksLikeAnswers (what a folder yields)', () => {
  it('takes the schema line, or two of the top-level keys; version alone does not count', () => {
    expect(looksLikeAnswers('# yaml-language-server: $schema=answers.schema.json\nfoo: 1\n')).toBe(true);
    expect(looksLikeAnswers('country: KG\nproject:\n  title: x\n')).toBe(true);
    expect(looksLikeAnswers('version: "3"\nservices:\n  web: {}\n')).toBe(false);
    expect(looksLikeAnswers('name: CI\non: push\n')).toBe(false);
  });
});
