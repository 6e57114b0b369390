/** `countries` through the built CLI. */
import { describe, expect, it } from 'vitest';

import { runCli } from '../helpers/cli.js';

describe('countries', () => {
  it('lists the five profiles', () => {
    const result = runCli(['countries']);
    expect(result.code).toBe(0);
    for (const code of ['KZ', 'KG', 'TJ', 'TM', 'UZ'])
      expect(result.stdout).toMatch(new RegExp(`^  ${code}  `, 'm'));
  });

  it('prints one profile with sources, CSOs and their websites', () => {
    const result = runCli(['countries', 'KG']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^Kyrgyzstan \(KG\)$/m);
    expect(result.stdout).toContain('Source: protocol 5.3 (b)');
    expect(result.stdout).toContain('Socium');
    expect(result.stdout).toContain('https://sotsium.kg/');
    expect(result.stdout).toContain('verify');
  });

  it('accepts a lower-case code and prints JSON with --json', () => {
    const result = runCli(['countries', 'tj', '--json']);
    expect(result.code).toBe(0);
    const profile = JSON.parse(result.stdout) as {
      code: string;
      csos: { name: string; website?: string; note: string }[];
    };
    expect(profile.code).toBe('TJ');
    expect(profile.csos.find((cso) => cso.website === 'http://www.spinplus.org/')?.note).toBeTruthy();
  });

  it('lists as JSON too', () => {
    const result = runCli(['countries', '--json']);
    const list = JSON.parse(result.stdout) as { code: string }[];
    expect(list.map((item) => item.code)).toEqual(['KZ', 'KG', 'TJ', 'TM', 'UZ']);
  });

  it('exits 2 with a message for an unknown country', () => {
    const result = runCli(['countries', 'XX']);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('There is no built-in profile for "XX"');
  });

  it('speaks Russian with --ui-lang ru, and --lang chooses the profile language', () => {
    const ru = runCli(['--ui-lang', 'ru', 'countries', 'KZ']);
    expect(ru.code).toBe(0);
    expect(ru.stdout).toMatch(/^Казахстан \(KZ\)$/m);
    expect(ru.stdout).toContain('Источник: протокол, 9');
    const mixed = runCli(['countries', 'KZ', '--lang', 'ru']);
    expect(mixed.stdout).toMatch(/^Казахстан \(KZ\)$/m);
    const unknown = runCli(['--ui-lang', 'ru', 'countries', 'XX']);
    expect(unknown.stderr).toContain('Встроенного профиля для «XX» нет');
    expect(runCli(['countries', 'KZ', '--lang', 'xx']).code).toBe(2);
  });
});
