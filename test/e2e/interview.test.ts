/**
 * `interview` as users meet it, on the built CLI: refused at once without a terminal; in a real
 * pseudo-terminal it asks, saves after every answer, stops on Ctrl-C with exit 130 and resumes
 * where it stopped; an unreadable answers file is never overwritten.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { afterEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';

import { runCli, tempDir } from '../helpers/cli.js';
import { hasScript, KEY, Pty } from '../helpers/interview-pty.js';

// ---- tests ----

describe('interview without a terminal', () => {
  it('refuses at once with exit 2 and names the alternatives', () => {
    const dir = tempDir();
    const started = Date.now();
    const result = runCli(['interview', 'x.yaml'], { cwd: dir, input: 'KG\n' });
    expect(result.code).toBe(2);
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(result.stderr).toContain('needs an interactive terminal');
    expect(result.stderr).toContain('prison-protocol init x.yaml');
    expect(result.stderr).toContain('prison-protocol validate x.yaml');
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(existsSync(join(dir, 'x.yaml'))).toBe(false);
  });
});

describe.skipIf(!hasScript)('interview in a pseudo-terminal', () => {
  const ptys: Pty[] = [];
  afterEach(() => {
    for (const pty of ptys.splice(0)) pty.kill();
  });
  const open = (args: string[], cwd: string, env?: Record<string, string>) => {
    const pty = new Pty(args, cwd, env);
    ptys.push(pty);
    return pty;
  };

  it('saves every answer, stops on Ctrl-C with exit 130, and resumes where it stopped', async () => {
    const dir = tempDir();
    const first = open(['interview', 'x.yaml'], dir);
    await first.waitFor('In which language should the documents be written?');
    await first.send(KEY.enter); // English
    await first.waitFor('In which country does the project take place?');
    await first.send(KEY.down, KEY.enter); // Kyrgyzstan
    await first.waitFor('Full official name of the prison administration');
    await first.line('State Penitentiary Service');
    await first.waitFor('Short name or abbreviation');
    await first.send(KEY.ctrlC);
    expect(await first.exited).toBe(130);
    expect(first.text).toContain('Every answer given so far is saved in x.yaml');
    expect(first.text).toContain('prison-protocol interview x.yaml');
    expect(first.text).not.toMatch(/\n\s+at /);
    const saved = readFileSync(join(dir, 'x.yaml'), 'utf8');
    expect(saved).toMatch(/^# yaml-language-server: \$schema=.*answers\.schema\.json\nversion: 1\n/);
    expect(parse(saved)).toEqual({
      version: 1,
      language: 'en',
      country: 'KG',
      parties: { prison: { name: 'State Penitentiary Service' } },
    });

    const second = open(['interview', 'x.yaml'], dir);
    await second.waitFor('This answers file so far');
    await second.waitFor('Continuing with: The prison administration');
    await second.waitFor('The prison administration · question 2 of 11');
    await second.line('SPS');
    await second.waitFor('question 3 of 11');
    await second.send(KEY.ctrlC);
    expect(await second.exited).toBe(130);
    expect(parse(readFileSync(join(dir, 'x.yaml'), 'utf8')).parties.prison).toEqual({
      name: 'State Penitentiary Service',
      shortName: 'SPS',
    });
  });

  it('in --plain mode asks with numbered choices and no redraws', async () => {
    const dir = tempDir();
    const pty = open(['interview', '--plain', 'p.yaml'], dir);
    await pty.waitFor('2. Russian (русский)');
    await pty.line('2');
    await pty.waitFor('Kyrgyzstan');
    await pty.line('?');
    await pty.waitFor('two-letter ISO code');
    await pty.line('2');
    await pty.waitFor('Full official name of the prison administration');
    await pty.send(KEY.ctrlC);
    expect(await pty.exited).toBe(130);
    expect(parse(readFileSync(join(dir, 'p.yaml'), 'utf8'))).toMatchObject({ language: 'ru', country: 'KG' });
  });

  it('speaks Russian from the first screen with LANG=ru_RU.UTF-8', async () => {
    const dir = tempDir();
    const pty = open(['interview', 'ru.yaml'], dir, { LANG: 'ru_RU.UTF-8' });
    await pty.waitFor('Язык и страна · вопрос 1 из 2');
    await pty.waitFor('На каком языке подготовить документы?');
    await pty.send(KEY.enter); // the document language defaults to the interface's: Russian
    await pty.waitFor('В какой стране проходит проект?');
    await pty.send(KEY.ctrlC);
    expect(await pty.exited).toBe(130);
    expect(pty.text).toContain('Остановлено. Все данные ответы сохранены в ru.yaml');
    expect(pty.text).not.toMatch(/In which language|Every answer given/);
    expect(parse(readFileSync(join(dir, 'ru.yaml'), 'utf8'))).toMatchObject({ language: 'ru' });
  });

  it('stops before touching an answers file it cannot read', async () => {
    const dir = tempDir();
    const broken = 'version: 1\ncountry: KG\nproject:\n  title: [unclosed\n';
    writeFileSync(join(dir, 'broken.yaml'), broken);
    const pty = open(['interview', 'broken.yaml'], dir);
    expect(await pty.exited).toBe(1);
    expect(pty.text).toContain('broken.yaml cannot be read as an answers file');
    expect(pty.text).toMatch(/broken\.yaml:\d+:\d+ /);
    expect(readFileSync(join(dir, 'broken.yaml'), 'utf8')).toBe(broken);
  });

  it('refuses in CI even on a terminal', async () => {
    const pty = open(['interview'], tempDir(), { CI: 'true' });
    expect(await pty.exited).toBe(2);
    expect(pty.text).toContain('needs an interactive terminal');
  });
});
