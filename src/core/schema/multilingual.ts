/**
 * Text in several languages, added to the schemas generically: every free-text string node
 * (a `"type": "string"` without `enum`, `const`, `format` or `pattern`) also accepts a map of
 * document language to text. Done on the loaded schema files, at build time for the compiled
 * validator and when the bundled schema is printed, so the schema files themselves stay plain
 * and no area file needs editing. A node may opt out with `"x-monolingual": true`.
 *
 * The node keeps its string keywords (they apply to strings only) and gains object keywords
 * (they apply to objects only): no `anyOf`, so a mistake still gets one precise message, and a
 * mistake inside a map is located at the map's own key.
 */
import type { SchemaFiles } from '../validation/compile.js';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Node = { [key: string]: Json };

/** Keywords that make a string a code or a fixed word, not free text. */
const NOT_FREE_TEXT = ['enum', 'const', 'format', 'pattern', 'x-monolingual'];

function isFreeText(node: Node): boolean {
  return node.type === 'string' && !NOT_FREE_TEXT.some((keyword) => keyword in node);
}

function languageMap(node: Node, languages: readonly string[]): Node {
  const title = typeof node.title === 'string' ? node.title : undefined;
  const text: Node = { type: 'string', minLength: 1 };
  if (typeof node.maxLength === 'number') text.maxLength = node.maxLength;
  const properties: Node = {};
  for (const lang of languages) properties[lang] = title ? { ...text, title: `${title} (${lang})` } : text;
  return {
    ...node,
    type: ['string', 'object'],
    properties,
    additionalProperties: false,
    minProperties: 1,
  };
}

function transform(node: Json, languages: readonly string[]): Json {
  if (Array.isArray(node)) return node.map((item) => transform(item, languages));
  if (node === null || typeof node !== 'object') return node;
  const result: Node = {};
  for (const [key, value] of Object.entries(node)) {
    // Values of these keywords are data (examples, defaults), or names, not schemas.
    result[key] =
      key === 'examples' || key === 'default' || key === 'enum' || key === 'const'
        ? value
        : transform(value, languages);
  }
  return isFreeText(result) ? languageMap(result, languages) : result;
}

/** The `language` enum of the root schema: the document languages a map may use. */
export function schemaLanguages(files: SchemaFiles, rootName = 'answers.schema.json'): string[] {
  const root = files[rootName] as { properties?: { language?: { enum?: unknown[] } } } | undefined;
  return (root?.properties?.language?.enum ?? []).map(String);
}

/** The schema files with every free-text node also accepting a language map. */
export function withLanguageMaps(files: SchemaFiles, languages = schemaLanguages(files)): SchemaFiles {
  return Object.fromEntries(
    Object.entries(files).map(([name, schema]) => [name, transform(schema as Json, languages) as object]),
  );
}
