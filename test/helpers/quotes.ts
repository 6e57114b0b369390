/**
 * The documents set quotation marks and apostrophes in each language's typographic style
 * (core/typography/quotes.ts): « » in Russian, “ ” and ’ in English. Tests that look for the
 * partners' own words compare the text with every quotation mark made one straight kind.
 */
export function straightQuotes(text: string): string {
  return text.replace(/[“”„«»]/g, '"').replace(/[‘’‚]/g, "'");
}
