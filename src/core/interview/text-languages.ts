/**
 * Text in several languages in the interview (#16): a value already written as a language map
 * (`name: { ru: …, ky: … }`) is asked language by language, so that it is never flattened into
 * one text; and when the memorandum is signed in several languages (`originals: [ky, ru]`), the
 * name-like fields (names, short names, positions) are asked in each of them, since they appear
 * in every original. Each language's answer is saved at once, like any answer.
 */
import { isLanguageMap } from '../answers/multilingual.js';
import { isDocumentLanguage } from '../i18n/languages.js';
import type { Asking } from './ask.js';
import type { Session } from './session.js';

/** The last key of the fields asked in every language of the originals. */
const NAME_LIKE = new Set(['name', 'shortName', 'title']);

function originals(session: Session): string[] {
  const raw = (session.data as { originals?: unknown } | undefined)?.originals;
  return Array.isArray(raw) ? [...new Set(raw.filter(isDocumentLanguage))] : [];
}

/** The languages to ask `asking` in, or [] for a plain single answer. */
export function textLanguages(session: Session, asking: Asking): string[] {
  const current = session.value(asking.keys);
  const signedIn = originals(session);
  const last = asking.keys[asking.keys.length - 1];
  const nameLike = typeof last === 'string' && NAME_LIKE.has(last) && asking.question.type === 'text';
  if (isLanguageMap(current)) return [...new Set([...Object.keys(current), ...(nameLike ? signedIn : [])])];
  return nameLike && signedIn.length > 1 ? signedIn : [];
}

/** Asks the text once per language, saving the map after each answer. */
export async function askInLanguages(
  session: Session,
  asking: Asking,
  languages: readonly string[],
  convert: (raw: string) => unknown,
): Promise<void> {
  const { keys, texts, progress } = asking;
  const current = session.value(keys);
  const language = (session.data as { language?: unknown } | undefined)?.language;
  const fileLanguage = typeof language === 'string' ? language : languages[0]!;
  // A text written before the file had several languages is the file language's text.
  const map: Record<string, unknown> = isLanguageMap(current)
    ? { ...current }
    : typeof current === 'string' && current.trim() !== ''
      ? { [fileLanguage]: current }
      : {};
  for (const lang of languages) {
    const withText = (raw: string) => {
      const value = convert(raw);
      return value === undefined || value === '' ? undefined : { ...map, [lang]: value };
    };
    const raw = await session.prompter.askText({
      kind: 'line',
      message: `${texts.message} — ${session.t(`render.languageName.${lang}`)} (${lang})`,
      help: texts.help,
      progress,
      current: typeof map[lang] === 'string' ? map[lang] : undefined,
      validate: session.validator(keys, withText),
    });
    const value = convert(raw);
    if (value === undefined || value === '') delete map[lang];
    else map[lang] = value;
    await session.commit(keys, Object.keys(map).length > 0 ? { ...map } : undefined);
  }
}
