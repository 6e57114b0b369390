/**
 * One self-contained schema from the bundled files: every referenced file becomes an entry of
 * the root's `$defs`, and file references become local ones. Editors and other tools then need
 * a single document, with nothing to fetch.
 */
import type { SchemaFiles } from '../validation/compile.js';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/**
 * The bundled schema's identity. A URN, not a web address: the schema is shipped with the tool
 * and written next to the answers files, never fetched; `v1` follows the file's `version: 1`.
 */
export const ANSWERS_SCHEMA_ID = 'urn:prison-protocol:answers:v1';

const FILE_REF = /^([a-z0-9-]+)\.schema\.json(#(.*))?$/;

function rewriteRefs(node: Json, definitionsFile: string): Json {
  if (Array.isArray(node)) return node.map((item) => rewriteRefs(item, definitionsFile));
  if (node === null || typeof node !== 'object') return node;
  const result: { [key: string]: Json } = {};
  for (const [key, value] of Object.entries(node)) {
    if (key === '$ref' && typeof value === 'string') {
      const match = FILE_REF.exec(value);
      if (match) {
        const [, stem, , fragment] = match;
        // definitions.schema.json#/$defs/x → #/$defs/x; area.schema.json → #/$defs/area
        result[key] =
          `${stem}.schema.json` === definitionsFile
            ? `#${fragment ?? ''}`
            : `#/$defs/${stem}${fragment ?? ''}`;
        continue;
      }
    }
    result[key] = rewriteRefs(value as Json, definitionsFile);
  }
  return result;
}

export function bundleSchema(
  files: SchemaFiles,
  rootName = 'answers.schema.json',
  definitionsFile = 'definitions.schema.json',
): Record<string, unknown> {
  const root = files[rootName] as { [key: string]: Json } | undefined;
  if (!root) throw new Error(`missing ${rootName}`);
  const defs: { [key: string]: Json } = {};
  const definitions = files[definitionsFile] as { $defs?: { [key: string]: Json } } | undefined;
  for (const [name, schema] of Object.entries(definitions?.$defs ?? {}))
    defs[name] = rewriteRefs(schema, definitionsFile);
  for (const [file, schema] of Object.entries(files)) {
    if (file === rootName || file === definitionsFile) continue;
    const { $schema: _ignored, ...rest } = schema as { [key: string]: Json };
    defs[file.replace(/\.schema\.json$/, '')] = rewriteRefs(rest, definitionsFile);
  }
  const bundled = rewriteRefs(root, definitionsFile) as { [key: string]: Json };
  const ownDefs = (bundled.$defs ?? {}) as { [key: string]: Json };
  return { $schema: bundled.$schema, $id: ANSWERS_SCHEMA_ID, ...bundled, $defs: { ...ownDefs, ...defs } };
}
