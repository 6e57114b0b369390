/**
 * Typographic quotation marks in the document language, applied to the rendered Markdown, so
 * that the Markdown, the PDF and the Word file all show the same marks. Straight quotes (as
 * typed in a YAML file) and curly or angle quotes of another convention become the language's
 * own: «…» with „…“ inside for Russian, Kazakh, Kyrgyz, Tajik and Uzbek; “…” with ‘…’ inside
 * for English and Turkmen (whose printed usage follows the English marks). Whether a straight
 * quote opens or closes is read from what stands before it.
 *
 * Code spans, HTML comments and tags, link targets and backslash escapes are left as they are.
 * Single straight quotes are changed only in English (apostrophes: "women's" → "women’s"): in
 * Uzbek Latin an ASCII apostrophe may stand for the letter ʻ or ʼ, and must not be guessed at.
 */

interface QuoteStyle {
  open: string;
  close: string;
  innerOpen: string;
  innerClose: string;
  apostrophes: boolean;
}

const ANGLE: QuoteStyle = { open: '«', close: '»', innerOpen: '„', innerClose: '“', apostrophes: false };
const ENGLISH: QuoteStyle = { open: '“', close: '”', innerOpen: '‘', innerClose: '’', apostrophes: true };

const STYLES: Record<string, QuoteStyle> = {
  en: ENGLISH,
  tk: { ...ENGLISH, apostrophes: false },
  ru: ANGLE,
  kk: ANGLE,
  ky: ANGLE,
  tg: ANGLE,
  uz: ANGLE,
};

/** The quotation style of a document language, if we know it. */
export function quoteStyleOf(lang: string): QuoteStyle | undefined {
  const base = lang.toLowerCase().split(/[-_]/)[0] ?? '';
  return Object.hasOwn(STYLES, base) ? STYLES[base] : undefined;
}

/** Double quotation marks of any convention. */
const DOUBLE = new Set(['"', '“', '”', '„', '«', '»']);
/** What may stand before an opening quote. */
const BEFORE_OPENING = /[\s([{\-–—/«„“‘'"]/u;

/** Spans left untouched: `code`, <tags and comments>, ](link targets). */
const PROTECTED = /`[^`\n]*`|<!--[\s\S]*?-->|<[^>\n]*>|\]\([^)\n]*\)/y;

function protectedAt(markdown: string, index: number): RegExpExecArray | null {
  PROTECTED.lastIndex = index;
  return PROTECTED.exec(markdown);
}

export function typographicQuotes(markdown: string, lang: string): string {
  const style = quoteStyleOf(lang);
  if (!style) return markdown;
  let out = '';
  let depth = 0;
  let previous = '\n';
  for (let i = 0; i < markdown.length; i++) {
    const char = markdown[i]!;
    if (char === '\\' && i + 1 < markdown.length) {
      out += char + markdown[i + 1];
      previous = markdown[i + 1]!;
      i++;
      continue;
    }
    const span = char === '`' || char === '<' || char === ']' ? protectedAt(markdown, i) : null;
    if (span) {
      out += span[0];
      i += span[0].length - 1;
      previous = span[0].at(-1)!;
      continue;
    }
    // A new paragraph or table cell starts with no quotation open.
    if (char === '|' || (char === '\n' && previous === '\n')) depth = 0;
    if (DOUBLE.has(char)) {
      const opens = char === '«' || char === '„' || (char !== '»' && BEFORE_OPENING.test(previous));
      if (opens) {
        depth++;
        out += depth === 1 ? style.open : style.innerOpen;
      } else {
        out += depth <= 1 ? style.close : style.innerClose;
        depth = Math.max(0, depth - 1);
      }
    } else if (char === "'" && style.apostrophes) {
      out += /[\s([{«„“]/u.test(previous) && /\p{L}/u.test(markdown[i + 1] ?? '') ? '‘' : '’';
    } else {
      out += char;
    }
    // Emphasis marks are looked through: **"Köpürö"** opens its quote like "Köpürö".
    if (char !== '*' && char !== '_') previous = char;
  }
  return out;
}
