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

/** Double quotation marks of any convention: " « » “ ” „ (by character code). */
function isDoubleQuote(code: number): boolean {
  return code === 0x22 || code === 0xab || code === 0xbb || (code >= 0x201c && code <= 0x201e);
}
const BACKSLASH = 0x5c;
const BACKTICK = 0x60;
const LESS_THAN = 0x3c;
const CLOSING_BRACKET = 0x5d;
const BAR = 0x7c;
const LINE_END = 0x0a;
const STAR = 0x2a;
const UNDERSCORE = 0x5f;
const APOSTROPHE = 0x27;
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
  // Unchanged text is copied in slices, and the character before is kept as an index: this
  // runs over every document of a batch, and a string per character was most of its time.
  let out = '';
  let copied = 0;
  let depth = 0;
  /** Index of the character before (-1: the start, which counts as a line end). */
  let before = -1;
  const previous = () => (before < 0 ? '\n' : markdown[before]!);
  const replace = (i: number, mark: string) => {
    out += markdown.slice(copied, i) + mark;
    copied = i + 1;
  };
  for (let i = 0; i < markdown.length; i++) {
    const code = markdown.charCodeAt(i);
    if (code === BACKSLASH && i + 1 < markdown.length) {
      before = ++i;
      continue;
    }
    const span =
      code === BACKTICK || code === LESS_THAN || code === CLOSING_BRACKET ? protectedAt(markdown, i) : null;
    if (span) {
      i += span[0].length - 1;
      before = i;
      continue;
    }
    // A new paragraph or table cell starts with no quotation open.
    if (code === BAR || (code === LINE_END && previous() === '\n')) depth = 0;
    if (isDoubleQuote(code)) {
      const char = markdown[i]!;
      const opens = char === '«' || char === '„' || (char !== '»' && BEFORE_OPENING.test(previous()));
      if (opens) {
        depth++;
        replace(i, depth === 1 ? style.open : style.innerOpen);
      } else {
        replace(i, depth <= 1 ? style.close : style.innerClose);
        depth = Math.max(0, depth - 1);
      }
    } else if (code === APOSTROPHE && style.apostrophes) {
      replace(i, /[\s([{«„“]/u.test(previous()) && /\p{L}/u.test(markdown[i + 1] ?? '') ? '‘' : '’');
    }
    // Emphasis marks are looked through: **"Köpürö"** opens its quote like "Köpürö".
    if (code !== STAR && code !== UNDERSCORE) before = i;
  }
  return out + markdown.slice(copied);
}
