import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

import { MAX_FILE_BYTES, parseAnswers } from '../../../src/core/answers/load.js';
import { ROOT } from '../../helpers/cli.js';
import { tEn, tRu } from '../../helpers/i18n.js';

const fixture = (name: string) => readFileSync(join(ROOT, 'test/fixtures/validate', name));

describe('parseAnswers refuses what cannot be read', () => {
  it.each([
    ['duplicate-key.yaml', 'duplicate-key', 3, 1],
    ['tab.yaml', 'yaml-syntax', 3, 1], // the YAML library's TAB_AS_INDENT, with our message
    ['not-mapping.yaml', 'not-mapping', 1, 1],
    ['empty.yaml', 'empty', 1, 1],
    ['version-2.yaml', 'version', 1, 10],
    ['alias-bomb.yaml', 'aliases', 1, 1],
    ['syntax.yaml', 'yaml-syntax', 4, 10],
  ])('%s → %s at %i:%i', (name, code, line, column) => {
    const result = parseAnswers(fixture(name), tEn);
    expect(result.data).toBeUndefined();
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]).toMatchObject({ code, line, column });
    expect(result.problems[0]!.message).not.toMatch(/^load\./);
  });

  it('refuses a file over 2 MB', () => {
    const result = parseAnswers(new Uint8Array(MAX_FILE_BYTES + 1).fill(0x61), tEn);
    expect(result.problems[0]!.code).toBe('too-large');
  });

  it('refuses bytes that are not text', () => {
    expect(parseAnswers(Uint8Array.from([0x63, 0x3a, 0x00, 0xff]), tEn).problems[0]!.code).toBe('not-text');
    expect(parseAnswers(Uint8Array.from([0x63, 0x3a, 0x20, 0xc3, 0x28]), tEn).problems[0]!.code).toBe(
      'not-text',
    );
  });

  it('accepts UTF-8 with BOM and CRLF line ends', () => {
    const result = parseAnswers(fixture('bom-crlf.yaml'), tEn);
    expect(result.problems).toEqual([]);
    expect(result.data?.country).toBe('KG');
  });

  it('keeps __proto__ as a plain key and never touches a prototype', () => {
    const result = parseAnswers(fixture('proto.yaml'), tEn);
    const data = result.data as Record<string, unknown>;
    expect(Object.getPrototypeOf(data)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.keys(data)).toContain('__proto__');
  });

  it('speaks Russian when asked', () => {
    expect(parseAnswers(fixture('tab.yaml'), tRu).problems[0]!.message).toMatch(/табуляция/);
  });
});
