/**
 * The document language a file asks for, read from its text without parsing the YAML. A batch
 * needs every file's language before it starts (to refuse existing outputs), and parsing each
 * file twice was a fifth of a Markdown batch. Anything unusual is left to the parser.
 */

/** A plain `language: xx` line at the top level (quotes and a trailing comment allowed). */
const PLAIN = /^language[ \t]*:[ \t]*(["']?)([A-Za-z][A-Za-z-]*)\1[ \t]*(?:#.*)?$/;

/**
 * `string`: the language written in the file; `null`: the file certainly has no `language`
 * key; `undefined`: cannot tell without parsing (quoted or flow-style keys, duplicates…).
 */
export function peekLanguage(text: string): string | null | undefined {
  if (!text.includes('language')) return null;
  const lines = text.replace(/^\uFEFF/, '').match(/^language[ \t]*:.*$/gm);
  if (!lines || lines.length !== 1) return undefined;
  return PLAIN.exec(lines[0]!.replace(/\r$/, ''))?.[2];
}
