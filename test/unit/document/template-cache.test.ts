import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

import HandlebarsRuntime from 'handlebars/runtime.js';
import { describe, expect, it } from 'vitest';

import { compileTemplate } from '../../../src/adapters/template-compile.js';
import type { TemplateEnv } from '../../../src/core/document/template-env.js';
import { tempDir } from '../../helpers/cli.js';

const runtime = (HandlebarsRuntime as unknown as TemplateEnv).create();
const run = (spec: object, context: object) =>
  runtime.template(spec as Parameters<TemplateEnv['template']>[0])(context);

describe('compiled template cache', () => {
  it('stores a compiled template under the hash of its source and reuses it', () => {
    const dir = tempDir('pp-cache-');
    const env = { PRISON_PROTOCOL_CACHE: dir };
    const spec = compileTemplate(`Hello {{name}} ${dir}`, env);
    expect(run(spec, { name: '<b>' })).toBe(`Hello <b> ${dir}`); // noEscape: Markdown, not HTML
    expect(readdirSync(dir)).toEqual([expect.stringMatching(/^[0-9a-f]{32}\.js$/)]);
    compileTemplate(`Hello {{name}} ${dir}`, env);
    expect(readdirSync(dir)).toHaveLength(1);
    compileTemplate(`Bye {{name}} ${dir}`, env);
    expect(readdirSync(dir)).toHaveLength(2);
  });

  it('compiles in strict mode: a missing field is an error with its line', () => {
    const spec = compileTemplate('one\n{{missing}}', { PRISON_PROTOCOL_CACHE: 'off' });
    expect(() => run(spec, {})).toThrow(/"missing" not defined .* - 2:\d+$/);
  });

  it('works without a usable cache folder', () => {
    const file = join(tempDir('pp-cache-'), 'not-a-folder');
    const spec = compileTemplate('x{{y}}', { PRISON_PROTOCOL_CACHE: join(file, 'sub') });
    expect(run(spec, { y: 1 })).toBe('x1');
    expect(existsSync(join(file, 'sub'))).toBe(true); // created on demand
  });

  it('throws the parse error with its line', () => {
    expect(() => compileTemplate('a\n{{#if x}}\nb', { PRISON_PROTOCOL_CACHE: 'off' })).toThrow(
      /^Parse error on line \d+:/,
    );
  });
});
