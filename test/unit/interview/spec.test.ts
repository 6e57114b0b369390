/**
 * `data/interview.yaml` against the rest of the package: every question lands on a key of the
 * schema, its choices are the schema's allowed values, "required" agrees with the schema, and
 * every text it needs exists in English and Russian. Malformed session data is refused.
 */
import { describe, expect, it } from 'vitest';

import { loadCatalogue } from '../../../src/adapters/assets.js';
import { loadSessionSpec } from '../../../src/adapters/interview-session.js';
import { schemaFiles } from '../../../src/adapters/schemas.js';
import { hasMessage } from '../../../src/core/i18n/translate.js';
import { parseSessionSpec, type QuestionSpec } from '../../../src/core/interview/spec.js';
import { bundleSchema } from '../../../src/core/schema/bundle.js';

interface Node {
  $ref?: string;
  properties?: Record<string, Node>;
  items?: Node;
  required?: string[];
  enum?: string[];
  examples?: string[];
}

const spec = loadSessionSpec();
const schema = bundleSchema(schemaFiles()) as unknown as Node & { $defs: Record<string, Node> };

function resolve(node: Node | undefined): Node | undefined {
  let current = node;
  while (current?.$ref) current = schema.$defs[current.$ref.replace('#/$defs/', '')];
  return current;
}

/** The schema node of a dotted path (`[]` steps into list items), and the object that holds it. */
function nodeAt(pattern: string): { node?: Node; parent?: Node; key: string } {
  let node: Node | undefined = schema;
  let parent: Node | undefined;
  let key = '';
  for (const part of pattern.split('.')) {
    const list = part.endsWith('[]');
    key = list ? part.slice(0, -2) : part;
    parent = resolve(node);
    node = resolve(parent?.properties?.[key]);
    if (list) node = resolve(node?.items);
  }
  return { node, parent, key };
}

/** Every question with its full path pattern (`services[].type`) and catalogue stem. */
function allQuestions(): { question: QuestionSpec; pattern: string; stem: string }[] {
  const result: { question: QuestionSpec; pattern: string; stem: string }[] = [];
  const walk = (questions: readonly QuestionSpec[], prefix: string) => {
    for (const question of questions) {
      const pattern = prefix ? `${prefix}.${question.path}` : question.path;
      result.push({ question, pattern, stem: question.key ?? `interview.q.${pattern}` });
      if (question.item) walk(question.item, `${pattern}[]`);
    }
  };
  for (const section of spec.sections) walk(section.questions, '');
  return result;
}

describe('data/interview.yaml', () => {
  it('has the five checklist areas in the protocol order', () => {
    expect(spec.sections.filter((section) => section.area).map((section) => section.area)).toEqual([
      1, 2, 3, 4, 5,
    ]);
  });

  it.each(allQuestions().map((entry) => [entry.pattern, entry]))(
    '%s is a key of the schema',
    (_, { pattern, question }) => {
      expect(nodeAt(pattern).node, `${pattern} (${question.type})`).toBeDefined();
    },
  );

  it.each(
    allQuestions()
      .filter((entry) => entry.question.choices)
      .map((entry) => [entry.pattern, entry]),
  )('%s offers exactly the values the schema allows', (_, { pattern, question }) => {
    let { node } = nodeAt(pattern);
    if (question.type === 'checkbox') node = resolve(node?.items);
    const allowed = node?.enum ?? node?.examples;
    if (pattern === 'country') return; // a pattern, not a list: the five profiles plus "other"
    expect(spec.choiceLists[question.choices!]).toEqual(allowed);
  });

  it('marks as required exactly what the schema requires', () => {
    for (const { question, pattern } of allQuestions()) {
      if (typeof question.required === 'object' || question.type === 'each') continue;
      const { parent, key } = nodeAt(pattern);
      // A key required inside an optional group (coordination.meetings…) is not required of the file.
      const optionalGroup =
        pattern.split('.').length > 2 && !pattern.includes('[]') && !pattern.startsWith('parties.');
      if (optionalGroup) continue;
      expect(Boolean(question.required), pattern).toBe((parent?.required ?? []).includes(key));
    }
  });

  for (const lang of ['en', 'ru']) {
    it(`has every question text, label and list-entry name in ${lang}`, () => {
      const catalogue = loadCatalogue(lang);
      for (const { question, stem } of allQuestions()) {
        expect(hasMessage(catalogue, stem), `${lang} ${stem}`).toBe(true);
        expect(hasMessage(catalogue, `${stem}.label`), `${lang} ${stem}.label`).toBe(true);
        if (question.type === 'list')
          expect(hasMessage(catalogue, `${stem}.item`), `${lang} ${stem}.item`).toBe(true);
      }
      for (const section of spec.sections) {
        for (const key of [section.title, section.intro].filter(Boolean))
          expect(hasMessage(catalogue, key!), key).toBe(true);
      }
    });

    it(`has a label for every choice in ${lang}`, () => {
      const catalogue = loadCatalogue(lang);
      for (const [list, values] of Object.entries(spec.choiceLists)) {
        for (const value of values)
          expect(hasMessage(catalogue, `interview.choice.${list}.${value}`), `${list}.${value}`).toBe(true);
      }
    });
  }
});

describe('parseSessionSpec', () => {
  const section = (questions: unknown[]) => ({
    version: 1,
    welcome: 'w',
    sections: [{ id: 's', questions }],
  });
  it.each([
    ['not a mapping', [], 'not a mapping'],
    ['a wrong version', { version: 2 }, 'version'],
    ['no sections', { version: 1, welcome: 'w', sections: [] }, 'sections'],
    ['a question without path', section([{ type: 'text' }]), 'missing path'],
    ['an unknown type', section([{ path: 'a', type: 'slider' }]), 'unknown type slider'],
    ['a select without choices', section([{ path: 'a', type: 'select' }]), 'need choices'],
    [
      'an unknown choice list',
      section([{ path: 'a', type: 'select', choices: 'nope' }]),
      'unknown choice list',
    ],
    ['a list without items', section([{ path: 'a', type: 'list' }]), 'item questions'],
    ['a condition without operator', section([{ path: 'a', type: 'text', when: { path: 'b' } }]), 'operator'],
    [
      'an unknown named condition',
      section([{ path: 'a', type: 'text', when: { ref: 'x' } }]),
      'unknown condition',
    ],
    [
      'duplicate section ids',
      {
        version: 1,
        welcome: 'w',
        sections: [
          { id: 's', questions: [] },
          { id: 's', questions: [] },
        ],
      },
      'duplicate',
    ],
  ])('refuses %s', (_, raw, message) => {
    expect(() => parseSessionSpec(raw)).toThrow(message);
  });
});
