/**
 * The draft annex "Open points from the roundtable" in the document's language: the answers'
 * labels come from the document pack (`render.openPoints.field.*`), not from the interface's
 * English catalogue. Rendered through the built CLI in every document language.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

import { ROOT, runCli, tempDir } from '../helpers/cli.js';

const MARKS = `roundtable:
  - answer: services.1.implementer
    status: disputed
    by: Köpürö
    reason: staff
  - answer: parties.prison.focalPoint.email
    status: parked
  - answer: monitoring.indicators.0.baseline
    status: parked
`;

/** The annex: from its heading to the next heading or the end. */
function annex(markdown: string, heading: string): string {
  const start = markdown.indexOf(`## ${heading}`);
  expect(start, 'the annex is there').toBeGreaterThanOrEqual(0);
  const next = markdown.indexOf('\n## ', start + 3);
  return markdown.slice(start, next < 0 ? undefined : next);
}

function render(lang: string): { mou: string; note: string } {
  const dir = tempDir(`pp-annex-${lang}-`);
  const file = join(dir, 'kg.yaml');
  writeFileSync(file, `${readFileSync(join(ROOT, 'examples/kg-women-colony.yaml'), 'utf8')}${MARKS}`);
  const run = runCli(['render', file, '-o', dir, '--lang', lang, '--draft', '-f', 'md']);
  expect(run.code, run.stderr).toBe(0);
  const read = (doc: string) => readFileSync(join(dir, `kg.${doc}.${lang}.md`), 'utf8');
  return { mou: read('mou'), note: read('concept-note') };
}

const HEADINGS: Record<string, string> = {
  kk: 'Дөңгелек үстелдің ашық мәселелері',
  ky: 'Тегерек үстөлдүн ачык маселелери',
  tg: 'Масъалаҳои кушодаи мизи мудаввар',
};

describe('the roundtable annex of a draft', () => {
  it.each(Object.keys(HEADINGS))('has no English in a %s document', (lang) => {
    const { mou, note } = render(lang);
    for (const markdown of [mou, note]) {
      const text = annex(markdown, HEADINGS[lang]!)
        // What the partners wrote stays as they wrote it.
        .replace(/Köpürö|staff/g, '');
      // Cyrillic only: no Latin word is left (no English label, no path).
      expect(text).not.toMatch(/[A-Za-z]{2,}/);
    }
  });

  it('names the answers in Kyrgyz, with the entry', () => {
    const text = annex(render('ky').mou, HEADINGS.ky!);
    expect(text).toContain(
      '**Кызматты ким көрсөтөт (2-жазуу)**: талаштуу; ким тарабынан: Köpürö; себеби: staff',
    );
    expect(text).toContain(
      '**Пенитенциардык мекеменин администрациясы: жооптуу адамдын электрондук почтасы**',
    );
    expect(text).toContain('**Индикатордун баштапкы мааниси (1-жазуу)**');
  });

  it('keeps the Latin-script packs in their own language (Uzbek, Turkmen) and English and Russian', () => {
    expect(annex(render('uz').mou, 'Davra suhbatining ochiq masalalari')).toContain(
      '**Xizmatni kim koʻrsatadi (2-yozuv)**',
    );
    expect(annex(render('tk').mou, 'Tegelek stoluň açyk galan meseleleri')).toContain(
      '**Hyzmaty kim berýär (2-nji ýazgy)**',
    );
    expect(annex(render('en').mou, 'Open points from the roundtable')).toContain(
      '**Who delivers a service (entry 2)**',
    );
    expect(annex(render('ru').mou, 'Открытые вопросы круглого стола')).toContain(
      '**Кто оказывает услугу (запись 2)**',
    );
  });
});
