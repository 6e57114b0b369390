/**
 * Pair kerning read straight from the bytes of the font's GPOS table ('kern' feature, pair
 * adjustment lookups), one glyph pair at a time and memoised. fontkit's `layout()` gives the
 * same values but shapes a whole run, decoding lookup tables again and again (about a second of
 * a cold render), and even decoding only the rows a text needs through fontkit's table objects
 * was a sixth of a cold render; reading the few numbers a pair needs from the table itself
 * costs next to nothing.
 *
 * What is read (OpenType GPOS 1.0/1.1): the feature list for 'kern', the lookups it names in
 * index order, their pair-adjustment subtables (type 2, also behind extension lookups, type 9),
 * format 1 (pair sets) and format 2 (class pairs), and the x advance of the first glyph's value
 * record. The adjustments of every subtable whose coverage holds the first glyph are added up.
 */

/** Bytes of a font file, read big-endian. */
class Reader {
  private readonly view: DataView;
  constructor(bytes: Uint8Array) {
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }
  u16(at: number): number {
    return this.view.getUint16(at);
  }
  i16(at: number): number {
    return this.view.getInt16(at);
  }
  u32(at: number): number {
    return this.view.getUint32(at);
  }
  tag(at: number): string {
    return String.fromCharCode(...[0, 1, 2, 3].map((i) => this.view.getUint8(at + i)));
  }
  get length(): number {
    return this.view.byteLength;
  }
}

/** Offset of a table in a TrueType/OpenType file, if it has one. */
function tableOffset(reader: Reader, directory: number, tag: string): number | undefined {
  const count = reader.u16(directory + 4);
  for (let i = 0; i < count; i++) {
    const record = directory + 12 + i * 16;
    if (reader.tag(record) === tag) return reader.u32(record + 8);
  }
  return undefined;
}

/**
 * A coverage table as a map of glyph → coverage index, read once per table (the first entry
 * for a glyph wins, as a scan in table order would find it).
 */
function readCoverage(reader: Reader, coverage: number): Map<number, number> {
  const indexes = new Map<number, number>();
  const format = reader.u16(coverage);
  const count = reader.u16(coverage + 2);
  for (let i = 0; i < count; i++) {
    if (format === 1) {
      const glyph = reader.u16(coverage + 4 + i * 2);
      if (!indexes.has(glyph)) indexes.set(glyph, i);
      continue;
    }
    const range = coverage + 4 + i * 6;
    const [start, end, startIndex] = [reader.u16(range), reader.u16(range + 2), reader.u16(range + 4)];
    for (let glyph = start; glyph <= end; glyph++)
      if (!indexes.has(glyph)) indexes.set(glyph, startIndex + glyph - start);
  }
  return indexes;
}

/** A class definition table as a map of glyph → class (absent: class 0), read once per table. */
function readClasses(reader: Reader, classDef: number): Map<number, number> {
  const classes = new Map<number, number>();
  const format = reader.u16(classDef);
  if (format === 1) {
    const start = reader.u16(classDef + 2);
    const count = reader.u16(classDef + 4);
    for (let i = 0; i < count; i++) classes.set(start + i, reader.u16(classDef + 6 + i * 2));
    return classes;
  }
  const count = reader.u16(classDef + 2);
  for (let i = 0; i < count; i++) {
    const range = classDef + 4 + i * 6;
    const value = reader.u16(range + 4);
    for (let glyph = reader.u16(range); glyph <= reader.u16(range + 2); glyph++) {
      if (!classes.has(glyph)) classes.set(glyph, value);
    }
  }
  return classes;
}

/** Bytes of a value record of this format (two per field present). */
function valueSize(format: number): number {
  let size = 0;
  for (let bits = format; bits; bits >>= 1) size += (bits & 1) * 2;
  return size;
}

/** The x advance of a value record (0 when the format has none). */
function xAdvance(reader: Reader, record: number, format: number): number {
  if (!(format & 0x0004)) return 0;
  return reader.i16(record + valueSize(format & 0x0003));
}

/** Offsets of the pair-adjustment subtables of the 'kern' feature's lookups, in lookup order. */
function kernSubtables(reader: Reader, directory: number): number[] {
  const gpos = tableOffset(reader, directory, 'GPOS');
  if (gpos === undefined) return [];
  const featureList = gpos + reader.u16(gpos + 6);
  const lookupList = gpos + reader.u16(gpos + 8);
  const indexes = new Set<number>();
  const features = reader.u16(featureList);
  for (let i = 0; i < features; i++) {
    const record = featureList + 2 + i * 6;
    if (reader.tag(record) !== 'kern') continue;
    const feature = featureList + reader.u16(record + 4);
    const count = reader.u16(feature + 2);
    for (let j = 0; j < count; j++) indexes.add(reader.u16(feature + 4 + j * 2));
  }
  const subtables: number[] = [];
  for (const index of [...indexes].sort((a, b) => a - b)) {
    const lookup = lookupList + reader.u16(lookupList + 2 + index * 2);
    const type = reader.u16(lookup);
    const count = reader.u16(lookup + 4);
    for (let j = 0; j < count; j++) {
      const table = lookup + reader.u16(lookup + 6 + j * 2);
      if (type === 2) subtables.push(table);
      else if (type === 9 && reader.u16(table + 2) === 2) subtables.push(table + reader.u32(table + 4));
    }
  }
  return subtables;
}

/** A pair-adjustment subtable: its offset and its coverage and class tables, read once. */
interface PairSubtable {
  table: number;
  coverage: Map<number, number>;
  classes1?: Map<number, number>;
  classes2?: Map<number, number>;
}

function readSubtable(reader: Reader, table: number): PairSubtable {
  const subtable: PairSubtable = { table, coverage: readCoverage(reader, table + reader.u16(table + 2)) };
  if (reader.u16(table) === 2) {
    subtable.classes1 = readClasses(reader, table + reader.u16(table + 8));
    subtable.classes2 = readClasses(reader, table + reader.u16(table + 10));
  }
  return subtable;
}

/** The kerning a pair-adjustment subtable gives the pair (font units), or 0. */
function subtableKerning(reader: Reader, subtable: PairSubtable, first: number, second: number): number {
  const index = subtable.coverage.get(first);
  if (index === undefined) return 0;
  const { table } = subtable;
  const format = reader.u16(table);
  const format1 = reader.u16(table + 4);
  const format2 = reader.u16(table + 6);
  const recordSize = valueSize(format1) + valueSize(format2);
  if (format === 1) {
    if (index >= reader.u16(table + 8)) return 0;
    const set = table + reader.u16(table + 10 + index * 2);
    const count = reader.u16(set);
    for (let i = 0; i < count; i++) {
      const record = set + 2 + i * (2 + recordSize);
      if (reader.u16(record) === second) return xAdvance(reader, record + 2, format1);
    }
    return 0;
  }
  if (format !== 2) return 0;
  const class1 = subtable.classes1!.get(first) ?? 0;
  const class2 = subtable.classes2!.get(second) ?? 0;
  const class1Count = reader.u16(table + 12);
  const class2Count = reader.u16(table + 14);
  if (class1 >= class1Count || class2 >= class2Count) return 0;
  return xAdvance(reader, table + 16 + (class1 * class2Count + class2) * recordSize, format1);
}

/**
 * A function giving the kerning (font units, added to the first glyph's advance) of a glyph
 * pair, from the bytes of a TrueType/OpenType font file whose table directory starts at
 * `directory` (0, except in a collection).
 */
export function pairKerning(fontFile: Uint8Array, directory = 0): (first: number, second: number) => number {
  const reader = new Reader(fontFile);
  let subtables: PairSubtable[] | undefined;
  const pairs = new Map<number, number>();
  return (first, second) => {
    const key = first * 65536 + second;
    let kern = pairs.get(key);
    if (kern !== undefined) return kern;
    subtables ??=
      reader.length > directory + 12
        ? kernSubtables(reader, directory).map((table) => readSubtable(reader, table))
        : [];
    kern = 0;
    for (const table of subtables) kern += subtableKerning(reader, table, first, second);
    pairs.set(key, kern);
    return kern;
  };
}
