/**
 * A name inserted into a prompt ("Исправительная колония № 2") is in the nominative, so in
 * Russian it may only stand where the nominative is grammatical: first, before a colon, or after
 * a label and a colon ("Риск: …"). Never after a preposition or as a genitive ("в {item}",
 * "Сильные стороны {item}"). English follows the same pattern.
 */
import { readFileSync } from 'node:fs';

import { describe, expect, it } from 'vitest';

function catalogue(lang: string): Record<string, string> {
  return JSON.parse(readFileSync(`locales/${lang}/interview.json`, 'utf8')) as Record<string, string>;
}

/** Where `{item}` may stand: at the start before a colon, after "Label: ", or in quotation marks. */
const NOMINATIVE_PLACE = /^\{item\}: |: \{item\}[.:]|^› \{item\}$|[«“]\{item\}[»”]/;

describe.each(['ru', 'en'])('prompts that insert a name (%s)', (lang) => {
  const texts = Object.entries(catalogue(lang)).filter(([, text]) => text.includes('{item}'));

  it('put the name where the nominative is grammatical', () => {
    expect(texts.length).toBeGreaterThan(20);
    for (const [key, text] of texts)
      expect({ key, text, ok: NOMINATIVE_PLACE.test(text) }).toMatchObject({ ok: true });
  });
});
