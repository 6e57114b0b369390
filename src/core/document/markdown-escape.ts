/**
 * Escaping user text for Markdown. Templates run with Handlebars' `noEscape` (the output is
 * Markdown, not HTML), so every string that comes from an answers file goes through here before
 * a template sees it: nothing a user types can open a table cell, a heading, a list, a link,
 * emphasis, code or raw HTML.
 */

/** Inline characters with a meaning anywhere in a line (CommonMark + GFM tables). */
const INLINE_SPECIAL = /[\\`*_[\]<>|~]/g;
/** `&` only where it would start an entity such as `&amp;` or `&#169;`. */
const ENTITY_START = /&(?=#?[a-z0-9]+;)/gi;
/** What opens a block when it starts a line: heading, quote, list, thematic break, table, HTML. */
const LINE_START = /^(\s*)(#|>|[-+=]|\d+[.)])/;

/** Where a Markdown reader (marked, GFM) starts an autolink, wherever it stands in a line. */
const URL_START = /(?:https?|ftp):\/\/|www\./gi;
/** What GFM leaves out of an autolink at its end (then the unbalanced `)`). */
const URL_TRAILING = /[?!.,:;*_'"~]+$/;
/** Inside an autolink a backslash is shown, not an escape: an address with these keeps its escapes. */
const URL_UNSAFE = /[\\`[\]|<>]|&#?[a-z0-9]+;/i;
/** `#`s ending the text: at the end of a heading they would be read as its closing sequence. */
const TRAILING_HASHES = /(^|\s)(#+)$/;

function escapeText(text: string): string {
  return text.replace(INLINE_SPECIAL, (c) => `\\${c}`).replace(ENTITY_START, '\\&');
}

/** The part of an address GFM links, without trailing punctuation or an unbalanced `)`. */
function linkedPart(run: string): string {
  let link = run;
  for (;;) {
    const trimmed = link.replace(URL_TRAILING, '');
    const open = (trimmed.match(/\(/g) ?? []).length;
    const close = (trimmed.match(/\)/g) ?? []).length;
    const next = trimmed.endsWith(')') && close > open ? trimmed.slice(0, -1) : trimmed;
    if (next === link) return link;
    link = next;
  }
}

/**
 * Special characters escaped, except inside web addresses: there a Markdown reader makes the
 * address a link and shows a backslash as it is (`some\_page`). An address after a space (or
 * at the start), with nothing in it that needs an escape, is left as written and stays a link;
 * any other is kept from becoming a link (`https\://`, `www\.`), so its escapes work as usual.
 */
function escapeInline(flat: string): string {
  let result = '';
  let last = 0;
  for (const match of flat.matchAll(URL_START)) {
    if (match.index < last) continue; // inside an address already written out
    result += escapeText(flat.slice(last, match.index));
    const run = /^[^\s<]*/.exec(flat.slice(match.index))![0];
    const link = linkedPart(run);
    const standsAlone = match.index === 0 || /\s/.test(flat[match.index - 1]!);
    // What follows the link up to the next space is read as part of the address, escapes too.
    const tail = run.slice(link.length);
    // A `<` right after the address would be escaped, and the backslash read into the address.
    const followed = flat[match.index + run.length] === '<';
    const clean = !URL_UNSAFE.test(link) && escapeText(tail) === tail && !followed;
    if (standsAlone && clean && /^[a-z0-9-]/i.test(link.slice(match[0].length))) {
      result += link;
      last = match.index + link.length;
    } else {
      const scheme = match[0];
      result += scheme.endsWith('://') ? `${scheme.slice(0, -3)}\\://` : 'www\\.';
      last = match.index + scheme.length;
    }
  }
  return result + escapeText(flat.slice(last));
}

/**
 * One line of inline Markdown text: whitespace (new lines included) collapsed to single spaces,
 * special characters backslash-escaped (web addresses kept as written), a leading block marker
 * neutralised, and `#`s at the end kept (a heading would drop them as its closing sequence).
 */
export function escapeMarkdown(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  const escaped = escapeInline(flat).replace(TRAILING_HASHES, (_whole, space: string, hashes: string) =>
    space === '' ? hashes : `${space}\\${hashes}`,
  );
  return escaped.replace(LINE_START, (_whole, space: string, marker: string) => {
    // "1. text" → "1\. text"; "# x" → "\# x"
    const last = marker.length - 1;
    return `${space}${marker.slice(0, last)}\\${marker[last]}`;
  });
}

/** Escapes any answer value (string, number, date); `undefined`/`null` stay absent. */
export function escapeValue(value: unknown): string | null {
  if (value === undefined || value === null) return null;
  if (value instanceof Date) return escapeMarkdown(value.toISOString().slice(0, 10));
  if (typeof value === 'object' || typeof value === 'function') return null; // a list or map where text belongs (drafts)
  const text = escapeMarkdown(String(value));
  return text === '' ? null : text;
}

/** Escapes the strings of a list, dropping empty ones. */
export function escapeList(values: readonly unknown[] | undefined): string[] {
  if (!Array.isArray(values)) return [];
  return values.map(escapeValue).filter((value): value is string => value !== null);
}

/**
 * Tidies template output: no trailing spaces (left where an empty helper ended a line; two
 * would be a hard line break), at most one blank line in a row, one final new line.
 */
export function tidyMarkdown(markdown: string): string {
  return `${markdown
    .replace(/[ \t]+$/gm, '')
    .replace(/\n{3,}/g, '\n\n')
    .trim()}\n`;
}

/**
 * A list from the answers, or none. A draft may hold anything where a list belongs (`--draft`
 * renders files that fail validation), so views never call array methods on raw values.
 */
export function list<T>(value: readonly T[] | T | undefined | null): T[] {
  return Array.isArray(value) ? (value as T[]) : [];
}
