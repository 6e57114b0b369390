/** `check` through the built CLI: exit codes, the text table, --json, --strict, Russian. */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

import { runCli } from '../helpers/cli.js';

const WEAK = 'test/fixtures/check/weak.yaml';
const HALF = 'test/fixtures/check/half-done.yaml';
const BROKEN = 'test/fixtures/check/broken.yaml';
const EXAMPLE = 'examples/kg-women-colony.yaml';

interface JsonAdvice {
  id: string;
  severity: string;
  message: string;
  section: string;
}
interface JsonArea {
  id: string;
  title: string;
  status: string;
  missing: string[];
  advice: JsonAdvice[];
}
interface JsonReport {
  file: string;
  valid: boolean;
  errors: { line: number; column: number; path: string; code: string; message: string }[];
  areas: JsonArea[];
  summary: { errors: number; warnings: number; advice: number; ready: boolean };
}

const DONOR = 'donor concept-note practice, EU PRAG Annex A.1';

/** Every rule the weak fixture breaks, with the area it belongs to and its source. */
const WEAK_RULES: [string, string, string][] = [
  ['target-group.participation', 'target-group', 'protocol 6.4 (area 1)'],
  ['target-group.women-provisions', 'target-group', 'protocol 8; Bangkok Rules'],
  ['target-group.needs-unaddressed', 'target-group', 'protocol 5.3 (a), 6.4 (area 2)'],
  ['services.medical-authorisation', 'services', 'protocol 6.4 (area 2)'],
  ['services.continuity-after-release', 'services', 'protocol 7, 8'],
  ['services.relations', 'services', 'protocol 6.4 (area 2)'],
  ['civil-society.strengths-weaknesses', 'civil-society', 'protocol 6.4 (area 3)'],
  ['civil-society.access', 'civil-society', 'protocol 5.3 (d), 7'],
  ['civil-society.informing-administration', 'civil-society', 'protocol 6.4 (area 3)'],
  ['country.known-csos', 'civil-society', 'protocol 12'],
  ['responsibilities.service-commitment', 'responsibilities', 'protocol 6.4 (area 2), 6.4 (area 4)'],
  ['responsibilities.data-protection-health', 'responsibilities', 'Nelson Mandela Rules'],
  ['responsibilities.coordination', 'responsibilities', 'protocol 5.3 (d), 7'],
  ['responsibilities.focal-points', 'responsibilities', 'protocol 5.3 (d)'],
  ['responsibilities.termination-notice', 'responsibilities', 'protocol 6.4 (area 4)'],
  ['responsibilities.funding', 'responsibilities', 'protocol 5.3 (c), 7'],
  ['memorandum.consent-form-annex', 'responsibilities', 'protocol 6.4 (area 4); Nelson Mandela Rules r.32'],
  ['memorandum.default-wording', 'responsibilities', 'protocol 6.4 (area 4)'],
  ['monitoring.client-involvement', 'monitoring', 'protocol 6.4 (area 5)'],
  ['monitoring.indicator-incomplete', 'monitoring', 'protocol 6.4 (area 5)'],
  ['monitoring.service-indicator', 'monitoring', 'protocol 6.4 (area 2), 6.4 (area 5)'],
  ['monitoring.cso-involvement', 'monitoring', 'protocol 6.4 (area 5)'],
  ['monitoring.evaluation', 'monitoring', 'protocol 6.4 (area 5)'],
  ['country.kg.enrolment', 'monitoring', 'protocol 9'],
  ['concept-note.strategies', 'services', `protocol 8; ${DONOR}`],
  ['concept-note.budget-total', 'responsibilities', `protocol 6.4 (area 4); ${DONOR}`],
  ['concept-note.visibility', 'responsibilities', `protocol 6.4 (area 4); ${DONOR}`],
  ['concept-note.indicator-level', 'monitoring', `protocol 6.4 (area 5); ${DONOR}`],
  ['concept-note.objectives', 'monitoring', `protocol 6.4; ${DONOR}`],
  ['concept-note.risk-rating', 'monitoring', `protocol 6.1; ${DONOR}`],
];

const AREA_IDS = ['target-group', 'services', 'civil-society', 'responsibilities', 'monitoring'];

describe('check', () => {
  it('reports every rule a weak file breaks, each with its section, and exits 1', () => {
    const result = runCli(['check', WEAK, '--json']);
    expect(result.code).toBe(1);
    const [report] = JSON.parse(result.stdout) as [JsonReport];
    const found = report.areas.flatMap((area) =>
      area.advice.map((advice) => [advice.id, area.id, advice.section]),
    );
    expect(found.sort()).toEqual([...WEAK_RULES].sort());
    expect(report.summary).toEqual({ errors: 2, warnings: 19, advice: 9, ready: false });
  });

  it('prints a readable table within 80 columns, with severities and sources spelled out', () => {
    const result = runCli(['check', WEAK]);
    expect(result.code).toBe(1);
    const lines = result.stdout.trimEnd().split('\n');
    for (const line of lines) expect(line.length, line).toBeLessThanOrEqual(80);
    expect(lines[0]).toBe(WEAK);
    expect(result.stdout).toContain('Country profile: Kyrgyzstan.');
    for (const number of [1, 2, 3, 4, 5])
      expect(result.stdout).toMatch(new RegExp(`^Area ${number}\\. .*\\[complete\\]$`, 'm'));
    expect(result.stdout).toMatch(/^ {2}ERROR {4}“Methadone programme”: opioid agonist therapy/m);
    expect(result.stdout).toContain('Source: protocol 8; Bangkok Rules');
    expect(result.stdout).toContain('Summary: 2 errors, 19 warnings, 9 pieces of advice.');
    expect(result.stdout).not.toContain('\u001b[');
  });

  it('reports all five areas of a half-done file, and points to validate for its format problems', () => {
    const result = runCli(['check', HALF, '--json']);
    expect(result.code).toBe(1);
    const [report] = JSON.parse(result.stdout) as [JsonReport];
    expect(report.areas.map((area) => [area.id, area.status])).toEqual([
      ['target-group', 'partial'],
      ['services', 'partial'],
      ['civil-society', 'missing'],
      ['responsibilities', 'partial'],
      ['monitoring', 'missing'],
    ]);
    expect(report.areas[0]!.missing).toEqual(['Needs']);
    expect(report.areas[4]!.missing).toEqual(['Quality assurance', 'Indicators']);
    expect(report.summary.ready).toBe(false);
    expect(result.stderr).toMatch(
      /\d+ format problems as well; run `prison-protocol validate .*half-done\.yaml`/,
    );
  });

  it('--json prints [{file, valid, errors, areas, summary}] (an array for one file too), areas in protocol order', () => {
    const result = runCli(['check', EXAMPLE, '--json']);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    const [report] = JSON.parse(result.stdout) as [JsonReport];
    expect(Object.keys(report)).toEqual(['file', 'valid', 'errors', 'areas', 'summary']);
    expect(report).toMatchObject({ valid: true, errors: [] });
    expect(report.file).toBe(EXAMPLE);
    expect(report.areas.map((area) => area.id)).toEqual(AREA_IDS);
    for (const area of report.areas) {
      expect(Object.keys(area)).toEqual(['id', 'title', 'status', 'missing', 'advice']);
      for (const advice of area.advice)
        expect(Object.keys(advice)).toEqual(['id', 'severity', 'message', 'section']);
    }
    expect(Object.keys(report.summary)).toEqual(['errors', 'warnings', 'advice', 'ready']);
    expect(report.summary).toMatchObject({ errors: 0, ready: true });
  });

  it('--json gives an array for several files', () => {
    const result = runCli(['check', EXAMPLE, WEAK, '--json']);
    expect(result.code).toBe(1);
    const reports = JSON.parse(result.stdout) as JsonReport[];
    expect(reports.map((report) => report.file)).toEqual([EXAMPLE, WEAK]);
  });

  it('exits 0 on a complete example, and 1 with --strict when there are warnings', () => {
    const plain = runCli(['check', EXAMPLE]);
    expect(plain.code).toBe(0);
    expect(plain.stdout).toContain('Ready:');
    const strict = runCli(['check', EXAMPLE, '--strict', '--json']);
    const [report] = JSON.parse(strict.stdout) as [JsonReport];
    expect(strict.code).toBe(report.summary.warnings > 0 ? 1 : 0);
  });

  it('names file, line and column of a file it cannot read, and exits 1', () => {
    const result = runCli(['check', BROKEN, '--json']);
    expect(result.code).toBe(1);
    const [report] = JSON.parse(result.stdout) as [JsonReport];
    expect(report).toMatchObject({ file: BROKEN, valid: false, areas: [], summary: null });
    expect(report.errors[0]).toMatchObject({ code: 'yaml-syntax', line: expect.any(Number) });
    expect(result.stderr).toContain(`${BROKEN} could not be read`);
    expect(result.stderr).toMatch(new RegExp(`${BROKEN}:\\d+:\\d+ {2}\\S`));
  });

  it('still checks the other files of a batch when one cannot be read', () => {
    const result = runCli(['check', BROKEN, EXAMPLE]);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(EXAMPLE);
    expect(result.stderr).toContain(BROKEN);
  });

  it('exits 2 for a missing file', () => {
    const result = runCli(['check', 'no-such-file.yaml']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('no-such-file.yaml');
  });

  it('speaks Russian with --ui-lang ru', () => {
    const result = runCli(['--ui-lang', 'ru', 'check', HALF]);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('Профиль страны: Таджикистан.');
    expect(result.stdout).toMatch(/^Направление 3\. .*\[не начато\]$/m);
    expect(result.stdout).toContain('Источник: протокол, 7, 8');
    expect(result.stderr).toMatch(/ошиб\S+ формата/);
  });
});

describe('check in Russian (LANG=ru_RU.UTF-8)', () => {
  it('reports areas, advice and sections in Russian', () => {
    const result = runCli(['check', 'test/fixtures/check/weak.yaml'], { env: { LANG: 'ru_RU.UTF-8' } });
    const text = result.stdout + result.stderr;
    expect(text).toContain('Направление 1');
    expect(text).toMatch(/протокол/);
    expect(text).not.toMatch(/\bArea 1\b|Source: protocol/);
  });
});

describe('check: personal-data laws not confirmed word for word', () => {
  const adviceIds = (file: string) => {
    const [report] = JSON.parse(runCli(['check', file, '--json']).stdout) as [JsonReport];
    return report.areas.flatMap((area) => area.advice.map((advice) => advice.id));
  };

  it('tells a Kyrgyz file with a Russian memorandum to check the law it names, and an English one not', () => {
    const example = readFileSync('examples/kg-women-colony.yaml', 'utf8');
    const dir = mkdtempSync(join(tmpdir(), 'pp-law-'));
    const russian = join(dir, 'kg-ru.yaml');
    writeFileSync(russian, example.replace(/^language: en$/m, 'language: ru'));
    expect(adviceIds(russian)).toContain('country.kg.personal-data-law');
    expect(adviceIds('examples/kg-women-colony.yaml')).not.toContain('country.kg.personal-data-law');
  });

  it('tells every Tajik file, since the number and date come from a secondary source only', () => {
    expect(adviceIds('examples/tj-oat-release.yaml')).toContain('country.tj.personal-data-law');
  });
});
