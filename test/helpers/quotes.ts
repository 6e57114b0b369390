/**
 * The documents set quotation marks and apostrophes in each language's typographic style
 * (core/typography/quotes.ts): « » with „ “ inside in Russian, “ ” with ‘ ’ inside and ’ in
 * English. Tests that look for the partners' own words compare the text with every quotation
 * mark and apostrophe made one straight mark, since a quote inside a quote changes its kind.
 */
export function straightQuotes(text: string): string {
  return text.replace(/[“”„«»‘’‚'"]/g, '"');
}
