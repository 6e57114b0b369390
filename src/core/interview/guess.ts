/**
 * Answers the tool can guess for people to confirm: the Russian genitive of a signatory's name
 * and position ("Нурланова Ержана Сериковича", "начальника департамента"), declined as the
 * memorandum's party clause would decline them (`core/document/russian`).
 */
import { declineName, declineTitle } from '../document/russian/index.js';
import type { Key } from './paths.js';
import type { Session } from './session.js';
import type { QuestionSpec } from './spec.js';

const CYRILLIC = /\p{Script=Cyrillic}/u;

export function guessedAnswer(
  session: Session,
  question: QuestionSpec,
  keys: readonly Key[],
): string | undefined {
  if (!question.guess) return undefined;
  const parent = keys.slice(0, -1);
  const source = session.value([...parent, question.guess === 'nameGenitive' ? 'name' : 'title']);
  // Only Cyrillic text declines; a name in Latin letters stays as written, and is not guessed.
  if (typeof source !== 'string' || !CYRILLIC.test(source)) return undefined;
  if (question.guess === 'nameGenitive') return declineName(source.trim())?.genitive;
  return declineTitle(source.trim()).genitive;
}
