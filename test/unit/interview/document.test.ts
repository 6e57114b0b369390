/**
 * Editing the answers file as a YAML document: values change in place, comments stay, new keys
 * go where the format puts them, emptied groups disappear. Also the paths and conditions of the
 * session data.
 */
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';

import { rehomeComments } from '../../../src/core/interview/comments.js';
import { evaluate } from '../../../src/core/interview/conditions.js';
import {
  newAnswersText,
  removeAnswer,
  removeItem,
  setAnswer,
  type KeyOrder,
} from '../../../src/core/interview/document.js';
import { collect, isAtOrBelow, pathPattern, toPointer } from '../../../src/core/interview/paths.js';
import type { Condition } from '../../../src/core/interview/spec.js';

const ORDER: KeyOrder = new Map([
  ['', ['version', 'language', 'country', 'project', 'parties']],
  ['project', ['title', 'summary', 'startDate']],
]);

/** Opens `text` as the interview does (comments put back in place), applies `change`, writes it. */
function edit(text: string, change: (doc: ReturnType<typeof parseDocument>) => void): string {
  const doc = parseDocument(text);
  rehomeComments(doc, text);
  change(doc);
  return String(doc);
}

describe('setAnswer and removeAnswer', () => {
  it.each([
    ['changes a value in place, keeping its comment', 'a: 1 # keep\nb: 2\n', ['a'], 3, 'a: 3 # keep\nb: 2\n'],
    ['adds a key at the end when no order is known', 'a: 1\n', ['z'], 'x', 'a: 1\nz: x\n'],
    [
      'places a new top-level key by the format order',
      'version: 1\nparties: {}\n',
      ['project', 'title'],
      'T',
      'version: 1\nproject:\n  title: T\nparties: {}\n',
    ],
    [
      'places a nested key by the question order',
      'project:\n  title: T\n  startDate: 2027-01-01\n',
      ['project', 'summary'],
      'S',
      'project:\n  title: T\n  summary: S\n  startDate: 2027-01-01\n',
    ],
    [
      'keeps a hand-written order of existing keys',
      'parties: {}\nversion: 1\n',
      ['parties', 'x'],
      'y',
      'parties:\n  x: y\nversion: 1\n',
    ],
    [
      'removes a key on an empty answer, and the group it leaves empty',
      'a: 1\nb:\n  c: 2\n',
      ['b', 'c'],
      '',
      'a: 1\n',
    ],
    [
      'fills a key left empty by a skeleton',
      'title: # write here\n',
      ['title'],
      'T',
      'title: T # write here\n',
    ],
    ['appends to a list', 'l:\n  - a\n', ['l', 1], 'b', 'l:\n  - a\n  - b\n'],
    ['creates a list item', 'x: 1\n', ['s', 0, 'id'], 'a', 'x: 1\ns:\n  - id: a\n'],
  ])('%s', (_, text, keys, value, expected) => {
    expect(edit(text, (doc) => setAnswer(doc, keys as (string | number)[], value, ORDER))).toBe(expected);
  });

  it('fills an empty group of a skeleton, keeping its comment', () => {
    const text = 'needs:  # Needs\nnext: 1\n';
    expect(edit(text, (doc) => setAnswer(doc, ['needs', 'medical'], ['x']))).toBe(
      'needs:\n  # Needs\n  medical:\n    - x\nnext: 1\n',
    );
  });

  it('keeps the commented-out keys that followed an empty key above the next key', () => {
    const text = 'title:  # Title\n# summary:  # Summary\nnext: 1\n';
    expect(edit(text, (doc) => setAnswer(doc, ['title'], 'T'))).toBe(
      'title: T # Title\n# summary:  # Summary\nnext: 1\n',
    );
  });

  it('stores lists as YAML lists, so that single entries can be removed later', () => {
    const doc = parseDocument('a: 1\n');
    setAnswer(doc, ['l'], ['x', 'y']);
    removeItem(doc, ['l'], 0);
    expect(String(doc)).toBe('a: 1\nl:\n  - y\n');
  });

  it('never removes a list item when one of its fields is cleared', () => {
    expect(edit('s:\n  - id: a\n', (doc) => removeAnswer(doc, ['s', 0, 'id']))).toBe('s:\n  - {}\n');
  });

  it('removes a list item, and the list once it is empty', () => {
    expect(edit('s: [a, b]\n', (doc) => removeItem(doc, ['s'], 0))).toBe('s: [ b ]\n');
    expect(edit('x: 1\ns: [a]\n', (doc) => removeItem(doc, ['s'], 0))).toBe('x: 1\n');
  });

  it('starts a new file with the schema line and the version', () => {
    expect(newAnswersText('../schemas/answers.schema.json')).toBe(
      '# yaml-language-server: $schema=../schemas/answers.schema.json\nversion: 1\n',
    );
  });
});

describe('paths', () => {
  const data = {
    services: [{ id: 'a', type: 'x' }, { id: 'b' }],
    project: { institutions: [{ population: 'women' }] },
  };
  it.each([
    ['services[].id', ['a', 'b']],
    ['services', [{ id: 'a', type: 'x' }, { id: 'b' }]],
    ['project.institutions[].population', ['women']],
    ['missing.key', []],
  ])('collect %s', (path, expected) => {
    expect(collect(data, path)).toEqual(expected);
  });

  it('reads item. paths from the item', () => {
    expect(collect(data, 'item.type', data.services[0])).toEqual(['x']);
  });

  it('turns keys into patterns and pointers', () => {
    expect(pathPattern(['services', 2, 'type'])).toBe('services[].type');
    expect(toPointer(['a/b', 0, 'c~d'])).toBe('/a~1b/0/c~0d');
    expect(isAtOrBelow('/services/0/id', '/services/0')).toBe(true);
    expect(isAtOrBelow('/services/01', '/services/0')).toBe(false);
  });
});

describe('conditions', () => {
  const data = {
    targetGroup: { populations: ['men', 'women'] },
    services: [{ type: 'opioid-agonist-therapy' }],
    country: 'KG',
  };
  const named: Record<string, Condition> = { kg: { path: 'country', equals: 'KG' } };
  it.each<[string, Condition, boolean]>([
    ['equals', { path: 'country', equals: 'KG' }, true],
    ['in', { path: 'country', in: ['KZ', 'UZ'] }, false],
    ['includes', { path: 'targetGroup.populations', includes: 'women' }, true],
    ['minItems', { path: 'services', minItems: 2 }, false],
    ['answered', { path: 'targetGroup.description', answered: false }, true],
    ['any', { any: [{ path: 'country', equals: 'UZ' }, { ref: 'kg' }] }, true],
    ['all', { all: [{ path: 'country', equals: 'UZ' }, { ref: 'kg' }] }, false],
    ['not', { not: { ref: 'kg' } }, false],
    ['item', { path: 'item.type', in: ['opioid-agonist-therapy'] }, true],
  ])('%s', (_, condition, expected) => {
    expect(evaluate(condition, { data, item: data.services[0], named })).toBe(expected);
  });
});
