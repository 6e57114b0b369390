/**
 * Russian instrumental of an organisation's name, as the title of a memorandum needs it after
 * "между": "Департамент уголовно-исполнительной системы по Карагандинской области" →
 * "Департаментом уголовно-исполнительной системы по Карагандинской области", "Общественный фонд
 * «Сенім көпірі»" → "Общественным фондом «Сенім көпірі»". Like a job title, a name is a head
 * noun, maybe led by adjectives, followed by a tail already in its own case ("исполнения
 * наказаний", "при Министерстве юстиции", a name in quotation marks), which stays as it is.
 *
 * A lawyer reads the title first, so a wrong ending is worse than none: when any word is not
 * surely declined (a name in Latin letters, one that starts with quotation marks, an unknown
 * noun ending), the result is null and the template keeps the nominative after a colon.
 */

/** Nouns whose instrumental no ending rule gives (soft sign, fleeting vowel). */
const IRREGULAR: Record<string, string> = {
  сеть: 'сетью',
  церковь: 'церковью',
  молодёжь: 'молодёжью',
  молодежь: 'молодежью',
  совет: 'советом',
  дворец: 'дворцом',
  приют: 'приютом',
  союз: 'союзом',
};

const CYRILLIC_WORD = /^[\p{Script=Cyrillic}-]+$/u;

/** Nouns that end like an adjective and are not one. */
const NOUNS_LIKE_ADJECTIVES = /^(санаторий|планетарий|гербарий|колумбарий)$/iu;

function adjectiveInstrumental(word: string): string | null {
  if (NOUNS_LIKE_ADJECTIVES.test(word)) return null;
  const match = /^(.*?)(ый|ий|ой|ая|яя|ое|ее)$/u.exec(word);
  if (!match || word.length <= 3) return null;
  const [, stem, ending] = match as unknown as [string, string, string];
  const hushing = /[жшщчц]$/u.test(stem);
  // After г, к, х, ж, ш the instrumental is -им: "Городской" → "Городским".
  const soft = /[гкхжш]$/u.test(stem);
  switch (ending) {
    case 'ый':
      return `${stem}ым`;
    case 'ой':
    case 'ое':
      return soft ? `${stem}им` : `${stem}ым`;
    case 'ий':
    case 'ее':
      return `${stem}им`;
    case 'ая':
      return hushing ? `${stem}ей` : `${stem}ой`;
    default:
      return `${stem}ей`;
  }
}

function nounInstrumental(word: string): string | null {
  const lower = word.toLocaleLowerCase('ru');
  const irregular = IRREGULAR[lower];
  if (irregular) return word.charAt(0) + irregular.slice(1);
  if (/(ие|ье)$/u.test(lower)) return `${word.slice(0, -1)}ем`;
  if (/ия$/u.test(lower)) return `${word.slice(0, -1)}ей`;
  if (/о$/u.test(lower)) return `${word}м`;
  if (/[жшщчц]а$/u.test(lower)) return `${word.slice(0, -1)}ей`;
  if (/а$/u.test(lower)) return `${word.slice(0, -1)}ой`;
  if (/я$/u.test(lower)) return `${word.slice(0, -1)}ей`;
  if (/й$/u.test(lower)) return `${word.slice(0, -1)}ем`;
  // A hard consonant: "Комитет" → "Комитетом", "Центр" → "Центром". After ж, ш, щ, ч, ц the
  // ending depends on stress, and no head noun of these names ends so: leave those alone.
  if (/[бвгдзклмнпрстфх]$/u.test(lower)) return `${word}ом`;
  return null;
}

/** The instrumental of `name`, or null when a word of its head could not be declined surely. */
export function organisationInstrumental(name: string): string | null {
  const words = name.trim().split(/\s+/u);
  const first = words[0];
  if (!first || !CYRILLIC_WORD.test(first)) return null;
  // An abbreviation ("ОФ «Мост»", "РГУ «…»") is not declined in writing: the name reads as it is.
  if (/^\p{Lu}{2,}$/u.test(first)) return words.join(' ');
  const out = [...words];
  let index = 0;
  while (index < words.length) {
    const word = words[index]!;
    if (!CYRILLIC_WORD.test(word)) return null;
    // A pair of adjectives joined by "и": "Научное и методическое объединение".
    if (word === 'и' && index > 0) {
      index += 1;
      continue;
    }
    const adjective = adjectiveInstrumental(word);
    if (adjective === null) break;
    out[index] = adjective;
    index += 1;
  }
  const head = words[index];
  if (head === undefined || !CYRILLIC_WORD.test(head)) return null;
  const noun = nounInstrumental(head);
  if (noun === null) return null;
  out[index] = noun;
  return out.join(' ');
}
