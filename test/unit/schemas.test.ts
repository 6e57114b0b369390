/**
 * The JSON Schemas are a shipped, public artefact: they must compile in Ajv's strict mode, accept
 * every bundled example, reject unknown keys everywhere (except `x-`), explain every field, and
 * agree key for key with the field titles used in validation messages.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsCjs from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

import { paths } from '../../src/adapters/assets.js';
import { KNOWN_POPULATIONS, NEED_KINDS } from '../../src/core/answers/types.js';

const addFormats = addFormatsCjs.default;

type Schema = Record<string, unknown>;
const ROOT = 'answers.schema.json';
const DRAFT = 'https://json-schema.org/draft/2020-12/schema';

const schemaFiles: Record<string, Schema> = Object.fromEntries(
  readdirSync(paths.schemas)
    .filter((name) => name.endsWith('.schema.json'))
    .map((name) => [name, JSON.parse(readFileSync(join(paths.schemas, name), 'utf8')) as Schema]),
);

function compileRoot(): ValidateFunction {
  const ajv = new Ajv2020({ allErrors: true, allowUnionTypes: true, strict: true });
  addFormats(ajv);
  for (const [name, schema] of Object.entries(schemaFiles)) ajv.addSchema(schema, name);
  const validate = ajv.getSchema(ROOT);
  if (!validate) throw new Error(`${ROOT} did not compile`);
  return validate;
}

/** Every schema object in a file with its JSON pointer, found by walking all keywords. */
function* schemaNodes(node: unknown, pointer = ''): Generator<[string, Schema]> {
  if (Array.isArray(node)) {
    for (const [index, item] of node.entries()) yield* schemaNodes(item, `${pointer}/${index}`);
    return;
  }
  if (node === null || typeof node !== 'object') return;
  yield [pointer, node as Schema];
  for (const [key, value] of Object.entries(node)) {
    // `examples`, `enum` and `default` hold data, not schemas.
    if (key === 'examples' || key === 'enum' || key === 'default') continue;
    yield* schemaNodes(value, `${pointer}/${key}`);
  }
}

/** Follows a relative `$ref` such as `definitions.schema.json#/$defs/person` or `#/$defs/email`. */
function resolveRef(ref: string, file: string): { schema: Schema; file: string } {
  const [target = '', pointer = ''] = ref.split('#');
  const targetFile = target === '' ? file : target;
  let node: unknown = schemaFiles[targetFile];
  for (const segment of pointer.split('/').slice(1)) node = (node as Schema | undefined)?.[segment];
  if (node === undefined || node === null) throw new Error(`unresolved $ref ${ref} in ${file}`);
  return { schema: node as Schema, file: targetFile };
}

/** The schema that defines a node's shape: the node itself, or what its `$ref` points to. */
function shapeOf(schema: Schema, file: string): { schema: Schema; file: string } {
  let current = { schema, file };
  while (typeof current.schema.$ref === 'string' && !current.schema.properties && !current.schema.items) {
    current = resolveRef(current.schema.$ref, current.file);
  }
  return current;
}

function titleOf(schema: Schema, file: string): string {
  if (typeof schema.title === 'string') return schema.title;
  return String(shapeOf(schema, file).schema.title);
}

/**
 * Every path the root schema allows, as the pattern validation messages look up:
 * `project.institutions[].kind`, with `[]` for array items. Value: the field's schema title.
 */
function fieldPatterns(): Map<string, string> {
  const patterns = new Map<string, string>();
  const walk = (schema: Schema, file: string, path: string): void => {
    const shape = shapeOf(schema, file);
    const properties = (shape.schema.properties ?? {}) as Record<string, Schema>;
    for (const [key, child] of Object.entries(properties)) {
      const childPath = path === '' ? key : `${path}.${key}`;
      patterns.set(childPath, titleOf(child, shape.file));
      walk(child, shape.file, childPath);
    }
    const items = shape.schema.items as Schema | undefined;
    if (items) {
      patterns.set(`${path}[]`, titleOf(items, shape.file));
      walk(items, shape.file, `${path}[]`);
    }
  };
  walk(schemaFiles[ROOT]!, ROOT, '');
  return patterns;
}

function readFields(language: string): Record<string, string> {
  return JSON.parse(readFileSync(join(paths.locales, language, 'fields.json'), 'utf8')) as Record<
    string,
    string
  >;
}

const exampleFiles = readdirSync(paths.examples)
  .filter((name) => name.endsWith('.yaml'))
  .sort();

describe('schema files', () => {
  it('include the root and the five area files', () => {
    expect(Object.keys(schemaFiles).sort()).toEqual([
      'answers.schema.json',
      'civil-society.schema.json',
      'definitions.schema.json',
      'monitoring.schema.json',
      'responsibilities.schema.json',
      'services.schema.json',
      'target-group.schema.json',
    ]);
  });

  it.each(Object.keys(schemaFiles))(
    '%s declares draft 2020-12, has no $id and only relative refs',
    (name) => {
      const schema = schemaFiles[name]!;
      expect(schema.$schema).toBe(DRAFT);
      for (const [pointer, node] of schemaNodes(schema)) {
        expect(node.$id, `${name}${pointer}`).toBeUndefined();
        if (typeof node.$ref === 'string') {
          expect(node.$ref, `${name}${pointer}`).not.toMatch(/^[a-z]+:/);
          expect(() => resolveRef(node.$ref as string, name)).not.toThrow();
        }
      }
    },
  );

  it('compile with Ajv 2020 in strict mode, with formats', () => {
    expect(compileRoot()).toBeTypeOf('function');
  });

  it.each(Object.keys(schemaFiles))('%s: every object forbids unknown keys but keeps x- keys', (name) => {
    for (const [pointer, node] of schemaNodes(schemaFiles[name])) {
      expect(node.oneOf ?? node.anyOf, `${name}${pointer}: no oneOf/anyOf`).toBeUndefined();
      if (node.type !== 'object') continue;
      expect(node.additionalProperties, `${name}${pointer}`).toBe(false);
      expect(node.patternProperties, `${name}${pointer}`).toEqual({ '^x-': {} });
    }
  });

  it.each(Object.keys(schemaFiles))(
    '%s: every property and list item has a title and a description',
    (name) => {
      for (const [pointer, node] of schemaNodes(schemaFiles[name])) {
        const children = Object.entries((node.properties ?? {}) as Record<string, Schema>);
        if (node.items) children.push(['items', node.items as Schema]);
        for (const [key, child] of children) {
          expect(child.title, `${name}${pointer}/${key} title`).toMatch(/\S/);
          expect(child.description, `${name}${pointer}/${key} description`).toMatch(/\S/);
        }
      }
    },
  );

  it('suggest the known populations and list the four kinds of need', () => {
    const area = schemaFiles['target-group.schema.json']! as {
      properties: { populations: { items: { examples: string[] } }; needs: { properties: object } };
    };
    expect(area.properties.populations.items.examples).toEqual([...KNOWN_POPULATIONS]);
    expect(Object.keys(area.properties.needs.properties)).toEqual([...NEED_KINDS]);
  });
});

describe('field titles (locales/*/fields.json)', () => {
  const patterns = fieldPatterns();
  const en = readFields('en');
  const ru = readFields('ru');

  it('have exactly one entry per path the schema allows, in both languages', () => {
    const expected = [...patterns.keys()].sort();
    expect(Object.keys(en).sort()).toEqual(expected);
    expect(Object.keys(ru).sort()).toEqual(expected);
  });

  it('use the schema title in English', () => {
    for (const [pattern, title] of patterns) expect(en[pattern], pattern).toBe(title);
  });

  it('have a Russian label for every field', () => {
    for (const [pattern, label] of Object.entries(ru)) expect(label, pattern).toMatch(/[а-яё]/i);
  });
});

describe('bundled examples', () => {
  const validate = compileRoot();

  it('are at least four, each for a different country', () => {
    expect(exampleFiles.length).toBeGreaterThanOrEqual(4);
    const countries = exampleFiles.map(
      (name) => (parse(readFileSync(join(paths.examples, name), 'utf8')) as { country: string }).country,
    );
    expect(new Set(countries).size).toBe(countries.length);
  });

  it.each(exampleFiles)('%s points editors at the schema and is valid', (name) => {
    const text = readFileSync(join(paths.examples, name), 'utf8');
    expect(text.split('\n')[0]).toBe('# yaml-language-server: $schema=../schemas/answers.schema.json');
    const valid = validate(parse(text));
    expect(validate.errors ?? [], name).toEqual([]);
    expect(valid).toBe(true);
  });
});

describe('the root schema enforces the spec', () => {
  const validate = compileRoot();
  const base = parse(readFileSync(join(paths.examples, 'kg-women-colony.yaml'), 'utf8')) as Schema;

  /** A copy of the KG example with the value at `pointer` replaced (or removed when `undefined`). */
  function edited(pointer: string, value: unknown): Schema {
    const answers = structuredClone(base);
    const segments = pointer.split('/').slice(1);
    const last = segments.pop()!;
    const parent = segments.reduce((node, segment) => node[segment] as Schema, answers);
    if (value === undefined) delete parent[last];
    else parent[last] = value;
    return answers;
  }

  // [where, new value, keyword]; the error is reported at the parent for unknown or missing keys.
  const rejected: [string, unknown, string][] = [
    ['/targetGoup', {}, 'additionalProperties'],
    ['/services/0/implementor', 'cso', 'additionalProperties'],
    ['/version', 2, 'enum'],
    ['/language', 'de', 'enum'],
    ['/country', 'kg', 'pattern'],
    ['/project/startDate', '2027-02-30', 'format'],
    ['/project/title', '', 'minLength'],
    ['/project/durationMonths', 121, 'maximum'],
    ['/project/institutions', [], 'minItems'],
    ['/project/institutions/0/capacity', 40.5, 'type'],
    ['/project/institutions/0/kind', 'jail', 'enum'],
    ['/parties/cso/focalPoint/email', 'c.asanbaeva', 'format'],
    ['/parties/prison/name', undefined, 'required'],
    ['/targetGroup/needs', {}, 'minProperties'],
    ['/targetGroup/needs/medical', [], 'minItems'],
    ['/targetGroup/populations/0', '', 'minLength'],
    ['/services/0/id', 'Atlantis', 'pattern'],
    ['/services/0/type', undefined, 'required'],
    ['/services/0/implementer', 'ngo', 'enum'],
    ['/services/0/setting', 'outside', 'enum'],
    ['/services/0/referralsTo/0', 'Clean Zone', 'pattern'],
    ['/responsibilities/cso', [], 'minItems'],
    ['/responsibilities/coordination/meetings', 'daily', 'enum'],
    ['/responsibilities/termination/noticeDays', -1, 'minimum'],
    ['/monitoring/indicators/0/baseline', [1], 'type'],
    ['/monitoring/indicators/0/frequency', 'weekly', 'enum'],
    ['/monitoring/indicators/0/responsible', 'donor', 'enum'],
    ['/conceptNote/risks/0/risk', undefined, 'required'],
    ['/conceptNote/timeline/0/activity', undefined, 'required'],
  ];

  it.each(rejected)('rejects %s = %j (%s)', (pointer, value, keyword) => {
    const atParent = keyword === 'additionalProperties' || keyword === 'required';
    const expectedPath = atParent ? pointer.slice(0, pointer.lastIndexOf('/')) : pointer;
    expect(validate(edited(pointer, value))).toBe(false);
    expect(validate.errors?.map((error) => [error.instancePath, error.keyword])).toContainEqual([
      expectedPath,
      keyword,
    ]);
  });

  it('accepts x- keys anywhere, the minimal required keys, and free-text populations', () => {
    let answers = edited('/x-reviewed-by', 'coordinator');
    answers = { ...answers, services: [{ ...(answers.services as Schema[])[0], 'x-note': { any: [1] } }] };
    (answers.targetGroup as { populations: string[] }).populations.push('people released on parole');
    for (const key of ['version', 'language', 'signing', 'conceptNote']) delete answers[key];
    expect(validate(answers), JSON.stringify(validate.errors)).toBe(true);
  });
});
