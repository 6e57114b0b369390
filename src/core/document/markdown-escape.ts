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

/**
 * One line of inline Markdown text: whitespace (new lines included) collapsed to single spaces,
 * special characters backslash-escaped, and a leading block marker neutralised.
 */
export function escapeMarkdown(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  const escaped = flat.replace(INLINE_SPECIAL, (c) => `\\${c}`).replace(ENTITY_START, '\\&');
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
