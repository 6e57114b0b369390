import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

import { runCli, tempDir } from '../helpers/cli.js';

const fixture = (name: string) => `test/fixtures/validate/${name}`;

describe('prison-protocol validate (built CLI)', () => {
  it('prints all five mistakes of a file with their exact lines, in one run', () => {
    const file = fixture('five-mistakes.yaml');
    const result = runCli(['validate', file]);
    expect(result.code).toBe(1);
    const lines = result.stderr.trim().split('\n');
    expect(lines.slice(0, 5)).toEqual([
      expect.stringMatching(
        new RegExp(`^${file}:14:\\d+  E-mail: “b\\.bekova@@example” is not an e-mail address`),
      ),
      `${file}:20:3  Unknown key “prisonContxt”. Did you mean “prisonContext”?`,
      expect.stringMatching(
        new RegExp(`^${file}:27:\\d+  Implementer: “prision” .*Did you mean “prison”\\?$`),
      ),
      expect.stringMatching(
        new RegExp(`^${file}:28:\\d+  No service has the id “after-cara”.*Did you mean “after-care”\\?$`),
      ),
      expect.stringMatching(
        new RegExp(`^${file}:47:\\d+  Date of signing: “2027-02-30” is not a real calendar date`),
      ),
    ]);
    expect(lines[5]).toBe(`5 problems in ${file}`);
    expect(result.stdout).toBe('');
  });

  it('--json prints only JSON on stdout with located errors', () => {
    const result = runCli([
      'validate',
      '--json',
      fixture('five-mistakes.yaml'),
      fixture('valid-minimal.yaml'),
    ]);
    expect(result.code).toBe(1);
    const report = JSON.parse(result.stdout) as {
      file: string;
      valid: boolean;
      errors: { line: number; code: string }[];
    }[];
    expect(report).toHaveLength(2);
    expect(report[0]!.valid).toBe(false);
    expect(report[0]!.errors.map((e) => [e.line, e.code])).toEqual([
      [14, 'email'],
      [20, 'unknown-key'],
      [27, 'enum'],
      [28, 'referral'],
      [47, 'date'],
    ]);
    expect(report[1]).toEqual({ file: fixture('valid-minimal.yaml'), valid: true, errors: [] });
  });

  it.each([
    ['duplicate-key.yaml', 3, /appears twice/],
    ['tab.yaml', 3, /tab is used for indentation/],
    ['not-mapping.yaml', 1, /keys and values/],
    ['empty.yaml', 1, /file is empty/],
    ['version-2.yaml', 1, /format version 2/],
    ['alias-bomb.yaml', 1, /aliases/],
    ['syntax.yaml', 4, /starts with " here is never closed/],
    ['proto.yaml', 3, /Unknown key “__proto__”/],
  ])('refuses %s with a located message and exit 1', (name, line, message) => {
    const result = runCli(['validate', fixture(name)]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(new RegExp(`${fixture(name)}:${line}:\\d+  `));
    expect(result.stderr).toMatch(message);
    expect(result.stderr).not.toMatch(/\n\s+at /); // no stack trace
  });

  it('accepts UTF-8 with BOM and CRLF', () => {
    expect(runCli(['validate', fixture('bom-crlf.yaml')]).code).toBe(0);
  });

  it('exits 2 for a missing file and for an unknown option', () => {
    const missing = runCli(['validate', 'nowhere.yaml']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('nowhere.yaml: no such file.');
    const option = runCli(['validate', '--frobnicate', fixture('valid-minimal.yaml')]);
    expect(option.code).toBe(2);
    expect(option.stderr).toContain('Unknown option “--frobnicate”.');
  });

  it('speaks Russian with LANG=ru_RU.UTF-8', () => {
    const result = runCli(['validate', fixture('five-mistakes.yaml')], { env: { LANG: 'ru_RU.UTF-8' } });
    expect(result.stderr).toContain(
      'Неизвестный ключ «prisonContxt». Возможно, имелось в виду «prisonContext»?',
    );
    expect(result.stderr).toContain('5 ошибок в');
  });

  it('shows a stack trace only with --debug', () => {
    const plain = runCli(['validate', 'nowhere.yaml', '--debug']);
    expect(plain.stderr).toMatch(/UserError|at /);
  });
});

describe('YAML mistakes through the command line', () => {
  it('points a Russian user to the unclosed quote, in Russian, with exit 1', () => {
    const dir = tempDir();
    const file = join(dir, 'answers.yaml');
    writeFileSync(file, 'version: 1\nproject:\n  title: "Пилотный проект\n  country: KG\n');
    const result = runCli(['validate', file, '--ui-lang', 'ru']);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`${file}:3:10  Значение, начинающееся здесь с ", не закрыто.`);
    expect(result.stderr).not.toMatch(/Missing closing|\n\s+at /);
  });

  it('tells an English user to quote a value with a colon in it', () => {
    const dir = tempDir();
    const file = join(dir, 'answers.yaml');
    writeFileSync(file, 'version: 1\nproject:\n  title: Pilot: phase 1\n');
    const result = runCli(['validate', file]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`${file}:3:10  This value contains a colon followed by a space`);
  });
});
