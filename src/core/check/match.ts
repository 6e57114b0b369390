/**
 * Loose matching of free text across areas: does a commitment (area 4) or an indicator (area 5)
 * speak about a given service (area 2)? People write "Run weekly pre-release groups" for a
 * service named "Preparation for release", in English or Russian, so words are compared by
 * their first letters (a crude stem that survives most endings) rather than exactly.
 */

const STEM_LENGTH = 5;
const MIN_WORD_LENGTH = 4;

/** Words too common in this domain to tell one service from another. */
const STOP_STEMS = new Set(
  [
    'service',
    'services',
    'programme',
    'program',
    'support',
    'with',
    'from',
    'after',
    'before',
    'their',
    'participants',
    'clients',
    'prison',
    'people',
    'project',
    'услуги',
    'услуга',
    'программа',
    'поддержка',
    'после',
    'клиентов',
    'участников',
    'проекта',
    'людей',
    // Legal forms and generic words in organisation names.
    'public',
    'foundation',
    'organisation',
    'organization',
    'association',
    'network',
    'centre',
    'center',
    'living',
    'общественный',
    'общественная',
    'фонд',
    'организация',
    'объединение',
    'ассоциация',
    'сеть',
    'центр',
    'живущих',
    'women',
    'женщин',
    'женская',
    'kazakhstan',
    'kyrgyzstan',
    'tajikistan',
    'turkmenistan',
    'uzbekistan',
    'казахстан',
    'кыргызстан',
    'киргизия',
    'таджикистан',
    'туркменистан',
    'узбекистан',
  ].map((word) => word.slice(0, STEM_LENGTH)),
);

/** The distinctive stems of a text: lower-case words of 4+ letters, cut to 5 letters. */
export function stems(textValue: string): Set<string> {
  const words = textValue.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const result = new Set<string>();
  for (const word of words) {
    if (word.length < MIN_WORD_LENGTH) continue;
    const stem = word.slice(0, STEM_LENGTH);
    if (!STOP_STEMS.has(stem)) result.add(stem);
  }
  return result;
}

/** True when the two texts share at least one distinctive stem. */
export function sharesStem(a: readonly string[], b: readonly string[]): boolean {
  const left = stems(a.join(' '));
  if (left.size === 0) return false;
  for (const stem of stems(b.join(' '))) if (left.has(stem)) return true;
  return false;
}

function normalise(name: string): string {
  return (name.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).join(' ');
}

/** Whether two organisation names likely mean the same body: one contains the other, or they share a distinctive stem. */
export function sameOrganisation(a: readonly string[], b: readonly string[]): boolean {
  const left = a.map(normalise).filter(Boolean);
  const right = b.map(normalise).filter(Boolean);
  const contains = left.some((x) => right.some((y) => x.includes(y) || y.includes(x)));
  return contains || sharesStem(a, b);
}
