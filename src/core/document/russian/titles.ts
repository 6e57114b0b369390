/**
 * Russian genitive of a position title: "Заместитель начальника департамента" → "заместителя
 * начальника департамента". A job title is a head noun, maybe led by adjectives ("Главный
 * врач", "Чрезвычайный и Полномочный Посол"), followed by a tail already in the genitive or
 * instrumental ("начальника департамента", "отделением"), which stays as it is. So only the
 * leading adjectives and the head noun change. The rules cover the titles signatories of these
 * memoranda hold; an unknown head word is left unchanged and reported as a guess.
 */

export interface DeclinedTitle {
  genitive: string;
  /** True when a word could not be declined with confidence. */
  guessed: boolean;
}

/** Substantivised participles: they are the head noun themselves ("Заведующий отделением"). */
const PARTICIPLE_HEADS = /^(заведующ|исполняющ|управляющ)(ий|ая)$/iu;
/** Head nouns with a fleeting vowel or another irregular genitive. */
const IRREGULAR: Record<string, string> = { посол: 'посла', отец: 'отца', игумен: 'игумена' };
/** Words that do not decline: abbreviations of "acting" and foreign titles. */
const INDECLINABLE = /^(врио|и\.\s?о\.|ио|атташе|кюре)$/iu;

function adjectiveGenitive(word: string): string | null {
  const match = /^(.*?)(ый|ий|ой|ая|яя)$/u.exec(word);
  if (!match) return null;
  const [, stem, ending] = match as unknown as [string, string, string];
  const velar = /[гкх]$/u.test(stem);
  const hushing = /[жшщч]$/u.test(stem);
  switch (ending) {
    case 'ый':
    case 'ой':
      return `${stem}ого`;
    case 'ий':
      return velar ? `${stem}ого` : `${stem}его`;
    case 'ая':
      return hushing ? `${stem}ей` : `${stem}ой`;
    default:
      return `${stem}ей`;
  }
}

function isAdjective(word: string): boolean {
  return /(ый|ий|ой|ая|яя)$/u.test(word) && word.length > 3;
}

function nounGenitive(word: string): { form: string; guessed: boolean } {
  const lower = word.toLocaleLowerCase('ru');
  const irregular = IRREGULAR[lower];
  if (irregular) return { form: word.charAt(0) + irregular.slice(1), guessed: false };
  if (INDECLINABLE.test(word) || /^[\p{Lu}\d.-]{2,}$/u.test(word)) return { form: word, guessed: false };
  if (/[бвгджзклмнпрстфхцчшщ]$/u.test(lower)) return { form: `${word}а`, guessed: false };
  if (/й$/u.test(lower)) return { form: `${word.slice(0, -1)}я`, guessed: false };
  if (/ь$/u.test(lower)) return { form: `${word.slice(0, -1)}я`, guessed: !/(тель|арь)$/u.test(lower) };
  if (/[гкхжшщч]а$/u.test(lower)) return { form: `${word.slice(0, -1)}и`, guessed: false };
  if (/а$/u.test(lower)) return { form: `${word.slice(0, -1)}ы`, guessed: false };
  if (/я$/u.test(lower)) return { form: `${word.slice(0, -1)}и`, guessed: false };
  return { form: word, guessed: true };
}

/** Lower-cases the first letter of an ordinary word; leaves Посол, МВД and proper names alone. */
function sentenceCase(words: string[], declinedCount: number): string[] {
  const capitalisedLater = words
    .slice(1, declinedCount)
    .some((w) => /^\p{Lu}/u.test(w) && w.length > 1 && w !== 'И');
  const first = words[0]!;
  if (capitalisedLater || first === first.toLocaleUpperCase('ru')) return words;
  return [first.charAt(0).toLocaleLowerCase('ru') + first.slice(1), ...words.slice(1)];
}

/** The genitive of a title, with its first letter lower-cased (it follows "в лице"). */
export function declineTitle(title: string): DeclinedTitle {
  const words = title.trim().split(/\s+/u);
  const out = [...words];
  let guessed = false;
  let index = 0;
  // The leading adjectives and participles, with "и" between them.
  while (index < words.length) {
    const word = words[index]!;
    if (word === 'и' && index > 0 && index + 1 < words.length && isAdjective(words[index + 1]!)) {
      index += 1;
      continue;
    }
    // An adverb before a participle: "Временно исполняющий обязанности".
    if (/о$/u.test(word) && index + 1 < words.length && isAdjective(words[index + 1]!)) {
      index += 1;
      continue;
    }
    if (!isAdjective(word)) break;
    out[index] = adjectiveGenitive(word)!;
    index += 1;
    if (PARTICIPLE_HEADS.test(word)) return { genitive: sentenceCase(out, index).join(' '), guessed };
  }
  if (index < words.length) {
    const noun = nounGenitive(words[index]!);
    out[index] = noun.form;
    guessed ||= noun.guessed;
    index += 1;
  } else guessed = true;
  return { genitive: sentenceCase(out, index).join(' '), guessed };
}

/**
 * A title as it reads inside a Russian sentence ("Жақсыбаева Гүлнар, начальник службы
 * пробации"): a position is a common noun, so its capital goes, unless the title is an
 * abbreviation or its next word is capitalised too ("Чрезвычайный и Полномочный Посол").
 */
export function titleInRunningText(title: string): string {
  const words = title.trim().split(/\s+/u);
  if (!/^\p{Script=Cyrillic}/u.test(words[0] ?? '')) return title.trim();
  return sentenceCase(words, Math.min(words.length, 3)).join(' ');
}
