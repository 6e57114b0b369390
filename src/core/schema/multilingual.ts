/**
 * Text in several languages, added to the schemas generically: every free-text string node
 * (a `"type": "string"` without `enum`, `const`, `format` or `pattern`) also accepts a map of
 * document language to text. Done on the loaded schema files, at build time for the compiled
 * validator and when the bundled schema is printed, so the schema files themselves stay plain
 * and no area file needs editing. A node may opt out with `"x-monolingual": true`.
 *
 * The node keeps its string keywords (they apply to strings only) and refers to a shared map
 * definition whose keywords apply to objects only: no `anyOf`, so a mistake still gets one
 * precise message, and a mistake inside a map is located at the map's own key.
 */
import type { SchemaFiles } from '../validation/compile.js';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Node = { [key: string]: Json };

/** Keywords that make a string a code or a fixed word, not free text. */
const NOT_FREE_TEXT = ['enum', 'const', 'format', 'pattern', 'x-monolingual'];

function isFreeText(node: Node): boolean {
  return node.type === 'string' && !NOT_FREE_TEXT.some((keyword) => keyword in node);
}

const DEFINITIONS = 'definitions.schema.json';
const MAP = 'languageMap';
const TEXT = 'languageText';

/**
 * The shared definitions the free-text nodes refer to: a map of language to non-empty text.
 * Referred to, not copied into each node, so the compiled validator holds it once (the map's own
 * reference keeps Ajv from inlining it at every use).
 */
function definitions(languages: readonly string[]): Node {
  const properties: Node = {};
  for (const lang of languages) properties[lang] = { $ref: `#/$defs/${TEXT}` };
  return {
    [MAP]: {
      title: 'Text in several languages',
      description: `The text in each language, e.g. ru: …, ky: …; languages: ${languages.join(', ')}.`,
      properties,
      additionalProperties: false,
      minProperties: 1,
    },
    [TEXT]: { title: 'Text in one language', type: 'string', minLength: 1 },
  };
}

function languageMap(node: Node, ref: string): Node {
  return { ...node, type: ['string', 'object'], $ref: ref };
}

function transform(node: Json, ref: string): Json {
  if (Array.isArray(node)) return node.map((item) => transform(item, ref));
  if (node === null || typeof node !== 'object') return node;
  const result: Node = {};
  for (const [key, value] of Object.entries(node)) {
    // Values of these keywords are data (examples, defaults), or names, not schemas.
    result[key] =
      key === 'examples' || key === 'default' || key === 'enum' || key === 'const'
        ? value
        : transform(value, ref);
  }
  return isFreeText(result) ? languageMap(result, ref) : result;
}

/** The `language` enum of the root schema: the document languages a map may use. */
export function schemaLanguages(files: SchemaFiles, rootName = 'answers.schema.json'): string[] {
  const root = files[rootName] as { properties?: { language?: { enum?: unknown[] } } } | undefined;
  return (root?.properties?.language?.enum ?? []).map(String);
}

/** The schema files with every free-text node also accepting a language map. */
export function withLanguageMaps(files: SchemaFiles, languages = schemaLanguages(files)): SchemaFiles {
  const result: SchemaFiles = {};
  for (const [name, schema] of Object.entries(files)) {
    const ref = name === DEFINITIONS ? `#/$defs/${MAP}` : `${DEFINITIONS}#/$defs/${MAP}`;
    result[name] = transform(schema as Json, ref) as object;
  }
  const defs = (result[DEFINITIONS] ?? { $defs: {} }) as { $defs?: Node };
  result[DEFINITIONS] = { ...defs, $defs: { ...defs.$defs, ...definitions(languages) } };
  return result;
}
