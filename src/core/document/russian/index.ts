/**
 * Russian legal phrasing of a signatory: "в лице начальника департамента Нурланова Ержана
 * Сериковича, действующего на основании Положения". The answers may give `nameGenitive` and
 * `titleGenitive`, which win over the automatic declension.
 */
import { declineName, type Gender } from './names.js';
import { declineTitle } from './titles.js';

export { declineName, splitName, type DeclinedName, type Gender } from './names.js';
export { declineTitle, titleInRunningText, type DeclinedTitle } from './titles.js';
export { organisationInstrumental } from './organisations.js';

export interface SignatoryInput {
  name?: string | null;
  title?: string | null;
  nameGenitive?: string | null;
  titleGenitive?: string | null;
}

export interface RussianSignatory {
  /** "заместителя начальника департамента", or null without a title. */
  titleGenitive: string | null;
  /** "Нурланова Ержана Сериковича", or null without a name. */
  nameGenitive: string | null;
  /** "Нурланов Ержан Серикович" for the signature block. */
  nameSurnameFirst: string | null;
  gender: Gender | null;
  /** Which parts were declined by rule and not certain: `name`, `title`. */
  guessed: ('name' | 'title')[];
  /** Which parts were declined automatically at all (no override given). */
  automatic: ('name' | 'title')[];
}

const CYRILLIC = /\p{Script=Cyrillic}/u;

function given(value: string | null | undefined): string | null {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : null;
}

export function russianSignatory(input: SignatoryInput): RussianSignatory {
  const name = given(input.name);
  const title = given(input.title);
  // Only Cyrillic text declines; a name or title in Latin letters is left as written.
  const declinedName = name && CYRILLIC.test(name) ? declineName(name) : null;
  const declinedTitle =
    title && !given(input.titleGenitive)
      ? CYRILLIC.test(title)
        ? declineTitle(title)
        : { genitive: title, guessed: true }
      : null;
  const guessed: ('name' | 'title')[] = [];
  const automatic: ('name' | 'title')[] = [];
  if (name && !given(input.nameGenitive)) {
    automatic.push('name');
    if (!declinedName || declinedName.guessed) guessed.push('name');
  }
  if (declinedTitle) {
    automatic.push('title');
    if (declinedTitle.guessed) guessed.push('title');
  }
  return {
    titleGenitive: given(input.titleGenitive) ?? declinedTitle?.genitive ?? null,
    nameGenitive: given(input.nameGenitive) ?? declinedName?.genitive ?? name,
    nameSurnameFirst: declinedName?.surnameFirst ?? name,
    gender: declinedName?.gender ?? null,
    guessed,
    automatic,
  };
}

/** Nominative first words of a basis the way users write them → genitive after "на основании". */
const BASIS_GENITIVE: [RegExp, string][] = [
  [/^устав(?![\p{L}])/iu, 'Устава'],
  [/^положение(?![\p{L}])/iu, 'Положения'],
  [/^доверенность(?![\p{L}])/iu, 'доверенности'],
  [/^приказ(?![\p{L}])/iu, 'приказа'],
  [/^решение(?![\p{L}])/iu, 'решения'],
  [/^постановление(?![\p{L}])/iu, 'постановления'],
  [/^распоряжение(?![\p{L}])/iu, 'распоряжения'],
];

/** The basis of authority as it reads after "на основании": "Доверенность № 5" → "доверенности № 5". */
export function basisGenitive(basis: string): string {
  const text = basis.trim();
  for (const [pattern, genitive] of BASIS_GENITIVE) {
    const match = pattern.exec(text);
    if (match) return genitive + text.slice(match[0].length);
  }
  return text;
}

/**
 * A person's name as Russian lists of people write it, surname first ("Жақсыбаева Гүлнар
 * Өтегенқызы"), or null when the order of its parts cannot be told surely (a name in Latin
 * letters, a surname the rules do not recognise).
 */
export function surnameFirst(name: string): string | null {
  if (!CYRILLIC.test(name)) return null;
  const declined = declineName(name);
  return declined && !declined.guessed ? declined.surnameFirst : null;
}

/**
 * The names of one list, surname first when every one of them can be turned so, else all as
 * written: a list that mixes both orders reads worse than either.
 */
export function namesSurnameFirst(names: readonly string[]): string[] {
  const turned = names.map(surnameFirst);
  return turned.every((name) => name !== null) ? (turned as string[]) : [...names];
}
