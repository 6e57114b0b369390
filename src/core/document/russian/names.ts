/**
 * Russian genitive of a person's full name, for "в лице … Нурланова Ержана Сериковича".
 *
 * The answers give the name in one field, in either order ("Ержан Серикович Нурланов" or
 * "Нурланов Ержан Серикович"), often with Kazakh, Kyrgyz, Uzbek or Tajik parts. We split it,
 * tell surname, given name and patronymic apart by their endings, find the gender from the
 * patronymic or the surname (lvovich's guess only when neither says it), and let `lvovich`
 * decline the parts. Turkic patronymics (-ұлы, -қызы, уулу, кызы, оглы, угли, кизи) are left as
 * they are, as Russian usage does; lvovich leaves a woman's given name ending in a consonant
 * (Гүлнәр) undeclined once it knows she is a woman.
 */
import { getGender, incline } from 'lvovich';

export type Gender = 'male' | 'female';

export interface PersonName {
  surname: string | null;
  given: string | null;
  patronymic: string | null;
}

export interface DeclinedName {
  /** "Нурланова Ержана Сериковича": surname first, every part in the genitive. */
  genitive: string;
  /** "Нурланов Ержан Серикович": surname first, nominative (signature block). */
  surnameFirst: string;
  gender: Gender | null;
  /** True when the order of the parts or the gender could not be told from the name itself. */
  guessed: boolean;
}

/** Separate words that end a Turkic patronymic or surname: "Эстебес уулу", "Бейшенбек кызы". */
const PARTICLES = new Set([
  'уулу',
  'кызы',
  'қызы',
  'ұлы',
  'улы',
  'оглы',
  'угли',
  'кизи',
  'ugli',
  'qizi',
  "o'g'li",
  'oʻgʻli',
]);
const MALE_PATRONYMIC = /(ович|евич|ёвич|ич|ұлы|улы|уулу|оглы|угли|ugli|o['ʻ]g['ʻ]li)$/iu;
const FEMALE_PATRONYMIC = /(овна|евна|ична|инична|қызы|кызы|кизи|qizi)$/iu;
const MALE_SURNAME = /(ов|ев|ёв|ин|ын|ский|цкий|ской|зкий)$/iu;
const FEMALE_SURNAME = /(ова|ева|ёва|ина|ына|ская|цкая|зкая)$/iu;
/** Surname endings that do not change with gender (Грузинские, армянские, украинские). */
const NEUTRAL_SURNAME = /(енко|ян|янц|дзе|швили|ук|юк|их|ых)$/iu;
const INITIAL = /^\p{Lu}\.$/u;
/**
 * Tajik and Persian surnames in -зода/-заде, and Tajik ones in -ӣ (Шарифӣ), stay as they are in
 * Russian official texts.
 */
const INDECLINABLE_SURNAME = /(зода|заде|зада|ӣ)$/iu;
/** A surname ending that is also a common female given name's: Никитина, but Нигина, Галина. */
const AMBIGUOUS_SURNAME = /(ина|ына)$/iu;

function isPatronymic(word: string): boolean {
  return MALE_PATRONYMIC.test(word) || FEMALE_PATRONYMIC.test(word);
}

function isSurname(word: string): boolean {
  return (
    MALE_SURNAME.test(word) ||
    FEMALE_SURNAME.test(word) ||
    NEUTRAL_SURNAME.test(word) ||
    INDECLINABLE_SURNAME.test(word)
  );
}

/** "ЕРЖАН" → "Ержан": lvovich declines only words in ordinary case. */
function normaliseCase(word: string): string {
  if (word !== word.toLocaleUpperCase('ru') || word.length < 2) return word;
  return word
    .split('-')
    .map((part) => part.charAt(0) + part.slice(1).toLocaleLowerCase('ru'))
    .join('-');
}

/** Words of the name, with a separate particle ("уулу") joined to the word before it. */
function words(full: string): string[] {
  const result: string[] = [];
  for (const raw of full.trim().split(/\s+/u)) {
    const word = normaliseCase(raw);
    if (PARTICLES.has(word.toLocaleLowerCase('ru')) && result.length > 0) {
      result[result.length - 1] += ` ${word.toLocaleLowerCase('ru')}`;
    } else result.push(word);
  }
  return result;
}

/** The parts of the name and whether their order was only guessed. */
export function splitName(full: string): { name: PersonName; guessed: boolean } | null {
  const parts = words(full);
  const initials = parts.filter((p) => INITIAL.test(p));
  if (initials.length > 0) {
    const rest = parts.filter((p) => !INITIAL.test(p));
    if (rest.length !== 1) return null;
    return { name: { surname: rest[0]!, given: initials.join(' '), patronymic: null }, guessed: false };
  }
  if (parts.length === 3) {
    const [a, b, c] = parts as [string, string, string];
    if (isPatronymic(b) && !isPatronymic(c))
      return { name: { given: a, patronymic: b, surname: c }, guessed: false };
    if (isPatronymic(c)) return { name: { surname: a, given: b, patronymic: c }, guessed: false };
    if (isSurname(a)) return { name: { surname: a, given: b, patronymic: c }, guessed: true };
    return { name: { given: a, patronymic: b, surname: c }, guessed: true };
  }
  if (parts.length === 2) {
    const [a, b] = parts as [string, string];
    const surnameA = isSurname(a) || a.includes(' ');
    const surnameB = isSurname(b) || b.includes(' ');
    if (surnameA && !surnameB)
      return { name: { surname: a, given: b, patronymic: null }, guessed: AMBIGUOUS_SURNAME.test(a) };
    if (surnameB && !surnameA) return { name: { given: a, surname: b, patronymic: null }, guessed: false };
    return { name: { given: a, surname: b, patronymic: null }, guessed: true };
  }
  return null;
}

function genderOf(name: PersonName): { gender: Gender | null; guessed: boolean } {
  const { patronymic, surname, given } = name;
  if (patronymic && FEMALE_PATRONYMIC.test(patronymic)) return { gender: 'female', guessed: false };
  if (patronymic && MALE_PATRONYMIC.test(patronymic)) return { gender: 'male', guessed: false };
  const last = surname?.split(' ').at(-1) ?? '';
  if (/^(кызы|қызы|кизи|qizi)$/u.test(last)) return { gender: 'female', guessed: false };
  if (/^(уулу|ұлы|улы|оглы|угли|ugli)$/u.test(last)) return { gender: 'male', guessed: false };
  if (surname && FEMALE_SURNAME.test(surname)) return { gender: 'female', guessed: false };
  if (surname && MALE_SURNAME.test(surname)) return { gender: 'male', guessed: false };
  const guess = getGender({
    first: given ?? undefined,
    last: surname ?? undefined,
    middle: patronymic ?? undefined,
  });
  return { gender: guess === 'male' || guess === 'female' ? guess : null, guessed: true };
}

function joined(...parts: (string | null | undefined)[]): string {
  return parts.filter((part): part is string => Boolean(part)).join(' ');
}

/** The genitive of a full name, surname first; null when the name cannot be split into parts. */
export function declineName(full: string): DeclinedName | null {
  const split = splitName(full);
  if (!split) return null;
  const { name } = split;
  const { gender, guessed } = genderOf(name);
  const initialsOnly = name.given !== null && INITIAL.test(name.given.split(' ')[0]!);
  const declined = incline(
    {
      first: initialsOnly ? undefined : (name.given ?? undefined),
      middle: name.patronymic ?? undefined,
      last: name.surname ?? undefined,
      gender: gender ?? undefined,
    },
    'genitive',
  );
  const keep = (value: string | null | undefined, original: string | null) =>
    original === null
      ? null
      : original.includes(' ') || INDECLINABLE_SURNAME.test(original)
        ? original
        : (value ?? original);
  return {
    genitive: joined(
      keep(declined.last, name.surname),
      initialsOnly ? name.given : givenGenitive(name.given, declined.first, gender),
      keep(declined.middle, name.patronymic),
    ),
    surnameFirst: joined(name.surname, name.given, name.patronymic),
    gender,
    guessed: split.guessed || guessed,
  };
}

const CONSONANT_END = /[бвгджзклмнпрстфхцчшщқғңһҳҷ]$/iu;

/**
 * A woman's given name ending in a consonant does not decline (Гүлнар, Жылдыз, Айгүл); a man's
 * always does, also where lvovich does not know the name (Бахтиёр → Бахтиёра).
 */
function givenGenitive(
  original: string | null,
  declined: string | null | undefined,
  gender: Gender | null,
): string | null {
  if (original === null) return null;
  if (gender === 'female' && CONSONANT_END.test(original)) return original;
  if (gender === 'male' && (declined == null || declined === original) && CONSONANT_END.test(original))
    return `${original}а`;
  return declined ?? original;
}
