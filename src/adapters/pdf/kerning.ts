/**
 * Pair kerning read straight from the font's GPOS table ('kern' feature, pair adjustment
 * lookups), one glyph pair at a time and memoised. fontkit's `layout()` gives the same values
 * but shapes a whole run, decoding lookup tables again and again: about a second of a cold
 * render. Here each subtable row is decoded once, and only for the pairs the text has.
 */
import type { Font } from 'fontkit';

interface Coverage {
  version: number;
  glyphs?: number[];
  rangeRecords?: { start: number; end: number; startCoverageIndex: number }[];
}
interface ClassDef {
  version: number;
  startGlyph?: number;
  classValueArray?: number[];
  classRangeRecord?: { start: number; end: number; class: number }[];
}
/** restructure gives decoded arrays or lazy ones (decoded item by item on `get`). */
type Lazy<T> = { get(index: number): T; length: number } | T[];

function at<T>(list: Lazy<T>, index: number): T {
  return Array.isArray(list) ? list[index]! : list.get(index);
}

function all<T>(list: Lazy<T>): T[] {
  return Array.isArray(list) ? list : Array.from({ length: list.length }, (_, i) => list.get(i));
}
interface PairSubtable {
  version: number;
  coverage: Coverage;
  pairSets?: Lazy<{ secondGlyph: number; value1?: { xAdvance?: number } }[]>;
  classDef1?: ClassDef;
  classDef2?: ClassDef;
  classRecords?: Lazy<Lazy<{ value1?: { xAdvance?: number } }>>;
}

function coverageIndex(coverage: Coverage, glyph: number): number {
  if (coverage.version === 1) return coverage.glyphs?.indexOf(glyph) ?? -1;
  for (const range of coverage.rangeRecords ?? []) {
    if (range.start <= glyph && glyph <= range.end) return range.startCoverageIndex + glyph - range.start;
  }
  return -1;
}

function classOf(classDef: ClassDef | undefined, glyph: number): number {
  if (!classDef) return 0;
  if (classDef.version === 1) {
    const i = glyph - (classDef.startGlyph ?? 0);
    return i >= 0 && i < (classDef.classValueArray?.length ?? 0) ? classDef.classValueArray![i]! : 0;
  }
  for (const range of classDef.classRangeRecord ?? [])
    if (range.start <= glyph && glyph <= range.end) return range.class;
  return 0;
}

/** The pair-adjustment subtables of the font's 'kern' feature, in lookup order. */
function kernSubtables(font: Font): PairSubtable[] {
  const gpos = (font as unknown as { GPOS?: Record<string, unknown> }).GPOS as
    | {
        featureList: { tag: string; feature: { lookupListIndexes: number[] } }[];
        lookupList: Lazy<{
          lookupType: number;
          subTables: Lazy<PairSubtable & { extension?: PairSubtable; lookupType?: number }>;
        }>;
      }
    | undefined;
  if (!gpos) return [];
  const indexes = new Set<number>();
  for (const record of gpos.featureList) {
    if (record.tag === 'kern') for (const index of record.feature.lookupListIndexes) indexes.add(index);
  }
  const subtables: PairSubtable[] = [];
  for (const index of [...indexes].sort((a, b) => a - b)) {
    const lookup = at(gpos.lookupList, index);
    for (const table of all(lookup.subTables)) {
      if (lookup.lookupType === 2) subtables.push(table);
      else if (lookup.lookupType === 9 && table.extension && table.lookupType === 2)
        subtables.push(table.extension);
    }
  }
  return subtables;
}

/** A function giving the kerning (font units, added to the first glyph's advance) of a glyph pair. */
export function pairKerning(font: Font): (first: number, second: number) => number {
  let subtables: PairSubtable[] | undefined;
  const pairs = new Map<number, number>();
  const rows = new Map<string, unknown>();
  const memo = <T>(key: string, make: () => T): T => {
    let value = rows.get(key) as T | undefined;
    if (value === undefined) rows.set(key, (value = make()));
    return value;
  };
  return (first, second) => {
    const key = first * 65536 + second;
    let kern = pairs.get(key);
    if (kern !== undefined) return kern;
    subtables ??= kernSubtables(font);
    kern = 0;
    subtables.forEach((table, t) => {
      const index = coverageIndex(table.coverage, first);
      if (index < 0) return;
      if (table.version === 1 && table.pairSets) {
        const set = memo(`${t}:${index}`, () => all(at(table.pairSets!, index)));
        const pair = set.find((p) => p.secondGlyph === second);
        if (pair) kern! += pair.value1?.xAdvance ?? 0;
      } else if (table.version === 2 && table.classRecords) {
        const class1 = classOf(table.classDef1, first);
        const row = memo(`${t}:c${class1}`, () => {
          return all(at(table.classRecords!, class1)).map((record) => record.value1?.xAdvance ?? 0);
        });
        kern! += row[classOf(table.classDef2, second)] ?? 0;
      }
    });
    pairs.set(key, kern);
    return kern;
  };
}
