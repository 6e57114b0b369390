import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

import { ROOT, runCli, tempDir } from '../helpers/cli.js';

const examples = readdirSync(join(ROOT, 'examples')).filter((name) => name.endsWith('.yaml'));

describe('prison-protocol init', () => {
  it('writes a commented skeleton that loads and lists what is missing, area by area', () => {
    const dir = tempDir();
    const result = runCli(['init'], { cwd: dir });
    expect(result.code).toBe(0);
    const text = readFileSync(join(dir, 'protocol.yaml'), 'utf8');
    // The schema is written beside the file and named relatively (never the install folder).
    expect(text.split('\n')[0]).toBe('# yaml-language-server: $schema=answers.schema.json');
    expect(readdirSync(dir).sort()).toEqual(['answers.schema.json', 'protocol.yaml']);
    for (let area = 1; area <= 5; area++) expect(text).toContain(`# Area ${area} of 5: `);
    expect(text).toContain('Who exactly will take part in the project');

    const check = runCli(['validate', '--json', 'protocol.yaml'], { cwd: dir });
    expect(check.code).toBe(1);
    const [report] = JSON.parse(check.stdout) as { errors: { code: string; message: string }[] }[];
    expect(report!.errors.length).toBeGreaterThan(5);
    expect(report!.errors.every((e) => e.code === 'empty' || e.code === 'required')).toBe(true);
  });

  it('never overwrites without --force', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'protocol.yaml'), 'mine: keep me\n');
    const refused = runCli(['init'], { cwd: dir });
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('protocol.yaml already exists');
    expect(readFileSync(join(dir, 'protocol.yaml'), 'utf8')).toBe('mine: keep me\n');
    expect(runCli(['init', '--force'], { cwd: dir }).code).toBe(0);
  });

  it.each(examples.map((name) => name.slice(0, -5)))('--example %s round-trips through validate', (name) => {
    const dir = tempDir();
    expect(runCli(['init', '--example', name, 'demo.yaml'], { cwd: dir }).code).toBe(0);
    const result = runCli(['validate', 'demo.yaml'], { cwd: dir });
    expect(result.stderr).toContain('valid');
    expect(result.code).toBe(0);
  });

  it('refuses an unknown example with the list of names (exit 2)', () => {
    const result = runCli(['init', '--example', 'nope'], { cwd: tempDir() });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('There is no example called “nope”');
  });
});

describe('prison-protocol schema', () => {
  it('prints one self-contained schema that Ajv accepts and that validates the examples', () => {
    const result = runCli(['schema']);
    expect(result.code).toBe(0);
    expect(result.stdout).not.toMatch(/"\$ref": "[^#]/); // every reference is local
    const ajv = new Ajv2020({ allErrors: true, allowUnionTypes: true, strict: false });
    addFormats.default(ajv);
    const validate = ajv.compile(JSON.parse(result.stdout) as object);
    expect(examples.length).toBeGreaterThanOrEqual(3);
    for (const name of examples) {
      const data = parse(readFileSync(join(ROOT, 'examples', name), 'utf8')) as unknown;
      expect(validate(data), `${name}: ${JSON.stringify(validate.errors)}`).toBe(true);
    }
    expect(validate({ country: 'KG' })).toBe(false);
  });
});

describe('prison-protocol --help and --version', () => {
  it('prints help with examples and exits 0', () => {
    const result = runCli(['--help']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Examples:');
    for (const command of ['interview', 'validate', 'check', 'render', 'init', 'checklist', 'schema']) {
      expect(result.stdout).toContain(command);
      const help = runCli([command, '--help']);
      expect(help.code).toBe(0);
      expect(help.stdout).toContain('Examples:');
    }
  });

  it('prints the version', () => {
    const version = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string })
      .version;
    expect(runCli(['--version']).stdout.trim()).toBe(version);
  });

  it('speaks Russian with LANG=ru_RU.UTF-8', () => {
    const result = runCli(['--help'], { env: { LANG: 'ru_RU.UTF-8' } });
    expect(result.stdout).toContain('Использование:');
    expect(result.stdout).toContain('Примеры:');
  });
});
