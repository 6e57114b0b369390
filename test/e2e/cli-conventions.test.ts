/**
 * Issue 15 through the built CLI: the conventions of the Node CLIs people know (-v, -, -o FILE,
 * -o -, FORCE_COLOR, -q, typo hints, one JSON shape per command), Windows as a first-class home
 * (patterns, the system locale, UTF-16 and cp1251 files), what a folder yields, the schema line
 * of `init`, tabs the YAML library accepts, and whitespace-only text.
 */
import { spawnSync } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

import { BIN, ROOT, runCli, tempDir } from '../helpers/cli.js';
import { pdfText } from '../helpers/pdf-text.js';

const EXAMPLE = join(ROOT, 'examples', 'kg-women-colony.yaml');
const exampleText = readFileSync(EXAMPLE, 'utf8');

function workspace(files: Record<string, string | Buffer> = {}): string {
  const dir = tempDir('pp-conv-');
  for (const [name, data] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), data);
  }
  return dir;
}

describe('defect 2: the schema line of init survives moving the file', () => {
  it('writes answers.schema.json beside the file, named relatively, with an $id', () => {
    const dir = workspace();
    const result = runCli(['init', 'project/protocol.yaml'], { cwd: dir });
    expect(result.code, result.stderr).toBe(0);
    const text = readFileSync(join(dir, 'project', 'protocol.yaml'), 'utf8');
    expect(text.split('\n')[0]).toBe('# yaml-language-server: $schema=answers.schema.json');
    expect(text).not.toMatch(/node_modules|npx|\\/);
    const schema = JSON.parse(readFileSync(join(dir, 'project', 'answers.schema.json'), 'utf8'));
    expect(schema.$id).toBe('urn:prison-protocol:answers:v1');
    expect(schema).toEqual(JSON.parse(runCli(['schema']).stdout));

    // Moved (here: the folder renamed), the pair still resolves: the line names its neighbour.
    renameSync(join(dir, 'project'), join(dir, 'moved'));
    const target = join(dir, 'moved', text.split('\n')[0]!.split('$schema=')[1]!);
    expect(existsSync(target)).toBe(true);
  });

  it('schema -o FILE refreshes our schema, and keeps a foreign file of that name', () => {
    const dir = workspace({
      'answers.schema.json': '{"$id": "urn:prison-protocol:answers:v1", "old": true}',
    });
    const refreshed = runCli(['schema', '-o', 'answers.schema.json'], { cwd: dir });
    expect(refreshed.code, refreshed.stderr).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, 'answers.schema.json'), 'utf8')).old).toBeUndefined();

    writeFileSync(join(dir, 'answers.schema.json'), '{"mine": 1}');
    const refused = runCli(['schema', '-o', 'answers.schema.json'], { cwd: dir });
    expect(refused.code).toBe(1);
    expect(readFileSync(join(dir, 'answers.schema.json'), 'utf8')).toBe('{"mine": 1}');
    const init = runCli(['init', 'p.yaml'], { cwd: dir });
    expect(init.code).toBe(0);
    expect(init.stderr).toContain('answers.schema.json exists and is not a prison-protocol schema');
    expect(readFileSync(join(dir, 'answers.schema.json'), 'utf8')).toBe('{"mine": 1}');
  });
});

describe('defect 3: tabs the YAML library accepts are accepted', () => {
  it.each([
    ['a line holding only a tab', exampleText.replace('\nproject:', '\n\t\nproject:')],
    ['a tab before a comment', exampleText.replace(/^(country: KG)/m, '$1\t# Kyrgyzstan')],
    [
      'a tab inside a >- block (text pasted from Word)',
      exampleText.replace(/^( {2}title: )(.*)$/m, '$1>-\n    Pilot\tproject in\tthe colony'),
    ],
  ])('%s', (_name, text) => {
    const dir = workspace({ 'p.yaml': text });
    const result = runCli(['validate', 'p.yaml'], { cwd: dir });
    expect(result.stderr).toContain('valid');
    expect(result.code).toBe(0);
  });

  it('a tab used for indentation gets the friendly message at its line', () => {
    const dir = workspace({ 'p.yaml': 'version: 1\nproject:\n\ttitle: x\n' });
    const result = runCli(['validate', 'p.yaml'], { cwd: dir });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^p\.yaml:3:1 {2}A tab is used for indentation/m);
  });
});

describe('defect 4: whitespace-only text is empty everywhere', () => {
  const blank = exampleText.replace(/^( {2}title: )(.*)$/m, '$1"   "');

  it('validate, check and render agree that a blank title is missing', () => {
    const dir = workspace({ 'p.yaml': blank });
    const line = blank.split('\n').findIndex((l) => l.includes('title: "   "')) + 1;
    const validate = runCli(['validate', 'p.yaml', '--json'], { cwd: dir });
    expect(validate.code).toBe(1);
    const [report] = JSON.parse(validate.stdout) as [{ errors: { line: number; path: string }[] }];
    expect(report.errors).toContainEqual(expect.objectContaining({ line, path: '/project/title' }));

    const check = runCli(['check', 'p.yaml', '--json'], { cwd: dir });
    expect(check.code).toBe(1);
    const [checked] = JSON.parse(check.stdout) as [{ valid: boolean; summary: { ready: boolean } }];
    expect(checked).toMatchObject({ valid: false, summary: { ready: false } });

    const render = runCli(['render', 'p.yaml', '-o', 'out', '-f', 'md'], { cwd: dir });
    expect(render.code).toBe(1);
    expect(render.stderr).toContain(`p.yaml:${line}:`);
    expect(existsSync(join(dir, 'out'))).toBe(false);
  });
});

describe('defect 6 and 8: messages as people expect them', () => {
  it('keeps the "Did you mean" of a mistyped command or option, in English and Russian', () => {
    expect(runCli(['valdate', 'x']).stderr).toContain('Unknown command “valdate”. Did you mean validate?');
    const ru = runCli(['render', 'x', '--fromat', 'md'], { env: { LANG: 'ru_RU.UTF-8' } });
    expect(ru.code).toBe(2);
    expect(ru.stderr).toContain('Неизвестный параметр «--fromat». Возможно, имелось в виду --format?');
  });

  it('speaks Russian without English fragments for a wrong option value', () => {
    const result = runCli(['render', EXAMPLE, '-j', '0'], { env: { LANG: 'ru_RU.UTF-8' } });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('Неверное значение «0» для -j, --jobs <n>');
    expect(result.stderr).not.toMatch(/argument|is invalid|option '/);
  });

  it('Russian help and usage errors have no English words of commander left', () => {
    const env = { LANG: 'ru_RU.UTF-8' };
    const help = runCli(['--help'], { env });
    expect(help.stdout).toContain('validate [параметры] <file...>');
    expect(help.stdout).not.toMatch(/\[options\]|display help|output the version/);
    const extra = runCli(['init', 'a.yaml', 'b.yaml'], { env, cwd: tempDir() });
    expect(extra.code).toBe(2);
    expect(extra.stderr).toContain('Слишком много аргументов для «init»: допускается 1, указано 2.');
    expect(extra.stderr).not.toMatch(/Expected|arguments for/);
  });

  it('refuses --ui-lang de as it refuses --lang de (exit 2)', () => {
    const ui = runCli(['--ui-lang', 'de', 'validate', EXAMPLE]);
    expect(ui.code).toBe(2);
    expect(ui.stderr).toContain('Unknown --ui-lang value “de”. Allowed: en, ru.');
  });

  it('-v prints the version like -V', () => {
    const version = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version as string;
    expect(runCli(['-v']).stdout.trim()).toBe(version);
    expect(runCli(['-V']).stdout.trim()).toBe(version);
  });

  it('accepts -q on every command', () => {
    for (const command of [
      'interview',
      'validate',
      'check',
      'render',
      'init',
      'checklist',
      'schema',
      'countries',
    ]) {
      expect(runCli([command, '--help']).stdout, command).toContain('-q, --quiet');
    }
    const countries = runCli(['countries', 'KG', '-q']);
    expect(countries.code).toBe(0);
    expect(runCli(['schema', '-q']).code).toBe(0);
  });

  it('checklist --help lists only the formats it has', () => {
    const help = runCli(['checklist', '--help']).stdout;
    expect(help).toMatch(/-f, --format <list> +output formats, comma-separated: md, pdf \(default: md/);
    expect(help).not.toContain('docx');
  });

  it('honours FORCE_COLOR in a pipe, and NO_COLOR over it', () => {
    const coloured = runCli(['validate', 'missing.yaml'], { env: { NO_COLOR: undefined, FORCE_COLOR: '1' } });
    expect(coloured.stderr).toContain('\u001b[31m');
    const plain = runCli(['validate', 'missing.yaml'], { env: { NO_COLOR: '1', FORCE_COLOR: '1' } });
    expect(plain.stderr).not.toContain('\u001b[');
  });
});

describe('defect 8: standard input and -o', () => {
  it('validate - and check - read the answers from standard input', () => {
    const valid = runCli(['validate', '-', '--json'], { input: exampleText });
    expect(valid.code).toBe(0);
    expect(JSON.parse(valid.stdout)).toEqual([{ file: '-', valid: true, errors: [] }]);
    const broken = runCli(['validate', '-'], { input: 'version: 1\nproject:\n\ttitle: x\n' });
    expect(broken.code).toBe(1);
    expect(broken.stderr).toMatch(/^-:3:1 {2}A tab/m);
    const check = runCli(['check', '-', '--json'], { input: exampleText });
    expect(check.code).toBe(0);
    expect(JSON.parse(check.stdout)).toMatchObject([{ file: '-', valid: true, summary: { ready: true } }]);
  });

  it('render -o FILE writes that file (never a folder), the format taken from its name', async () => {
    const dir = workspace();
    const result = runCli(['render', EXAMPLE, '-d', 'mou', '-o', 'mou.pdf'], { cwd: dir });
    expect(result.code, result.stderr).toBe(0);
    expect(statSync(join(dir, 'mou.pdf')).isFile()).toBe(true);
    expect(readdirSync(dir)).toEqual(['mou.pdf']);
    expect(await pdfText(join(dir, 'mou.pdf'))).toMatch(/Memorandum of Understanding/i);

    const many = runCli(['render', EXAMPLE, '-o', 'both.pdf'], { cwd: dir });
    expect(many.code).toBe(2);
    expect(many.stderr).toContain('-o both.pdf names one file, but 2 files would be written');
    expect(existsSync(join(dir, 'both.pdf'))).toBe(false);
  });

  it('render -o - and checklist -o - write the one output to standard output', () => {
    const md = runCli(['render', EXAMPLE, '-d', 'mou', '-f', 'md', '-o', '-'], { cwd: tempDir() });
    expect(md.code, md.stderr).toBe(0);
    expect(md.stdout).toMatch(/^# /m);
    expect(md.stdout).toContain('Memorandum of Understanding');
    const pdf = spawnSync(process.execPath, [BIN, 'checklist', '-f', 'pdf', '-o', '-'], { cwd: tempDir() });
    expect(pdf.status).toBe(0);
    expect(pdf.stdout.subarray(0, 5).toString()).toBe('%PDF-');
    const handout = runCli(['checklist', '-o', 'handout.md'], { cwd: workspace() });
    expect(handout.code).toBe(0);
  });
});

describe('defect 8: one JSON shape per command, whatever the number of files', () => {
  it('validate --json prints its array for a missing file too (exit 2)', () => {
    const result = runCli(['validate', 'nothing.yaml', EXAMPLE, '--json'], { cwd: ROOT });
    expect(result.code).toBe(2);
    const reports = JSON.parse(result.stdout) as {
      file: string;
      valid: boolean;
      errors: { code: string }[];
    }[];
    expect(reports.map((r) => [r.file, r.valid, r.errors[0]?.code])).toEqual([
      ['nothing.yaml', false, 'missing'],
      [EXAMPLE, true, undefined],
    ]);
  });

  it('check --json is an array for one file as for two', () => {
    const one = JSON.parse(runCli(['check', EXAMPLE, '--json']).stdout) as unknown[];
    const two = JSON.parse(
      runCli(['check', EXAMPLE, EXAMPLE.replace('kg-women-colony', 'kz-probation'), '--json']).stdout,
    ) as unknown[];
    expect(Array.isArray(one) && one.length).toBe(1);
    expect(Array.isArray(two) && two.length).toBe(2);
  });
});

describe('defect 7 and 9: Windows and folders', () => {
  it('expands a quoted pattern itself (cmd and PowerShell do not)', () => {
    const dir = workspace({ 'good/a.yaml': exampleText, 'good/b.yaml': exampleText, 'good/c.txt': 'x' });
    const result = runCli(['validate', 'good/*.yaml', '--json'], { cwd: dir });
    expect(result.code, result.stderr).toBe(0);
    expect((JSON.parse(result.stdout) as { file: string }[]).map((r) => r.file)).toEqual([
      join('good', 'a.yaml'),
      join('good', 'b.yaml'),
    ]);
    const none = runCli(['validate', 'bad/*.yaml'], { cwd: dir });
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('No file matches bad/*.yaml.');
  });

  it('takes the interface language from the system locale when no LANG is set (Windows)', () => {
    const stub = join(ROOT, 'test', 'fixtures', 'conventions', 'windows-ru-locale.mjs');
    const env = { ...process.env, NO_COLOR: '1' } as Record<string, string | undefined>;
    for (const name of ['LANG', 'LC_ALL', 'LC_MESSAGES']) delete env[name];
    const result = spawnSync(process.execPath, ['--import', stub, BIN, 'valdate'], { encoding: 'utf8', env });
    expect(result.stderr).toContain('Неизвестная команда «valdate»');
  });

  it('reads a file Notepad saved as "Unicode" (UTF-16 with BOM), LE and BE', () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(exampleText, 'utf16le')]);
    const be = Buffer.from(le.subarray(2)).swap16();
    const dir = workspace({ 'le.yaml': le, 'be.yaml': Buffer.concat([Buffer.from([0xfe, 0xff]), be]) });
    const result = runCli(['validate', 'le.yaml', 'be.yaml', '--json'], { cwd: dir });
    expect(result.code, result.stdout).toBe(0);
    const render = runCli(['render', 'le.yaml', '-f', 'md', '-d', 'mou', '-o', 'out'], { cwd: dir });
    expect(render.code, render.stderr).toBe(0);
    expect(readFileSync(join(dir, 'out', 'le.mou.en.md'), 'utf8')).toContain('Memorandum');
  });

  it('names the encoding of a cp1251 file and says how to save it as UTF-8', () => {
    const text = 'version: 1\ncountry: KG\nproject:\n  title: Пилотный проект в колонии\n';
    const cp1251 = Buffer.from(
      [...text].map((ch) => {
        const code = ch.codePointAt(0)!;
        if (code < 0x80) return code;
        if (ch === 'Ё') return 0xa8;
        if (ch === 'ё') return 0xb8;
        return code - 0x410 + 0xc0; // А..я
      }),
    );
    const dir = workspace({ 'p.yaml': cp1251 });
    const result = runCli(['validate', 'p.yaml'], { cwd: dir });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('Windows-1251');
    expect(result.stderr).toContain('UTF-8');
  });

  it('a folder yields only answers files, says how many it skipped; a named file is always read', () => {
    const dir = workspace({
      'projects/kg.yaml': exampleText,
      'projects/docker-compose.yml': 'version: "3"\nservices:\n  web:\n    image: nginx\n',
      'projects/no-version.yaml': exampleText
        .replace(/^version: 1\n/m, '')
        .replace(/^# yaml-language-server.*\n/m, ''),
      'projects/.github/workflow.yaml': 'on: push\n',
    });
    const result = runCli(['validate', 'projects', '--json'], { cwd: dir });
    expect(result.code, result.stderr).toBe(0);
    expect((JSON.parse(result.stdout) as { file: string }[]).map((r) => r.file)).toEqual([
      join('projects', 'kg.yaml'),
      join('projects', 'no-version.yaml'),
    ]);
    expect(result.stderr).toContain('projects: 1 YAML file skipped (not an answers file');
    const named = runCli(['validate', 'projects/docker-compose.yml'], { cwd: dir });
    expect(named.code).toBe(1); // read and judged, not skipped
    expect(named.stderr).toContain('docker-compose.yml:');
  });

  it('a write onto a path that is in the way names the real file, never the temporary one', () => {
    const dir = workspace({ 'p.yaml': exampleText });
    mkdirSync(join(dir, 'out', 'p.mou.en.md'), { recursive: true });
    const result = runCli(['render', 'p.yaml', '-o', 'out', '-f', 'md', '-d', 'mou', '--force'], {
      cwd: dir,
    });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/Cannot write .*out\/p\.mou\.en\.md: /);
    expect(result.stderr).not.toMatch(/\.tmp|Internal error/);
  });
});

describe('defect 10 and copying a workspace', () => {
  it('engines in package.json and the README say the same Node versions', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
    expect(pkg.engines.node).toBe('^20.19.0 || ^22.12.0 || >=24.0.0');
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    expect(readme).toContain('Node.js 20.19 or later in the 20 line, 22.12 or later, or 24 and newer');
    expect(existsSync(join(ROOT, 'LICENSE'))).toBe(true);
    // The project has no public address yet: none is made up (an unregistered GitHub
    // organisation in `repository` could be taken by anyone). See "Package" in the README.
    for (const field of ['repository', 'bugs', 'homepage']) expect(pkg[field]).toBeUndefined();
    copyFileSync(join(ROOT, 'LICENSE'), join(tempDir(), 'LICENSE')); // readable
  });
});
