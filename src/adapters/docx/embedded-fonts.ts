/**
 * The Noto Sans faces embedded in the Word file, the same bytes every time. `docx` embeds fonts
 * (`new Document({ fonts })`) but obfuscates each with a random key, so two renders of the same
 * input would differ; the keys are therefore replaced by keys derived from the font data
 * (`stableFontKeys`), and the font table that names them is written here and handed to the
 * packer as an override of docx's own.
 *
 * Why embed rather than name a common font: see render-docx.ts.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';

import { fontFile, type Face } from '../pdf/fonts.js';

const FAMILY = 'Noto Sans';

/** The faces in docx's order (regular, bold, italic, bold italic), with their font-table elements. */
const ELEMENTS: { face: Face; option: 'data' | 'bold' | 'italic' | 'boldItalic'; element: string }[] = [
  { face: 'regular', option: 'data', element: 'w:embedRegular' },
  { face: 'bold', option: 'bold', element: 'w:embedBold' },
  { face: 'italic', option: 'italic', element: 'w:embedItalic' },
  { face: 'boldItalic', option: 'boldItalic', element: 'w:embedBoldItalic' },
];

interface LoadedFace {
  data: Buffer;
  key: string;
}

const faces = new Map<Face, Promise<LoadedFace>>();

/** A GUID made from the font's own bytes: stable across renders and machines. */
function keyOf(data: Buffer): string {
  const hex = createHash('sha256').update(data).digest('hex').slice(0, 32).toUpperCase();
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

function loadFace(face: Face): Promise<LoadedFace> {
  let loaded = faces.get(face);
  if (!loaded) {
    loaded = readFile(fontFile(face)).then((data) => {
      return { data, key: keyOf(data) };
    });
    loaded.catch(() => faces.delete(face));
    faces.set(face, loaded);
  }
  return loaded;
}

const NAMESPACES =
  'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" ' +
  'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" ' +
  'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';

export interface EmbeddedFonts {
  /** For `new Document({ fonts })`: makes docx write the relationships, content type and settings. */
  options: { name: string; data: Buffer; bold?: Buffer; italic?: Buffer; boldItalic?: Buffer }[];
  /** For the packer: the font table, with the stable keys. */
  overrides: { path: string; data: string }[];
  /** The stable key of each embedded face, regular first, as docx orders them. */
  keys: string[];
}

/** The regular and bold faces, and the italic ones when `italic`. */
export async function embeddedFonts(italic: boolean): Promise<EmbeddedFonts> {
  const used = ELEMENTS.filter(({ face }) => italic || face === 'regular' || face === 'bold');
  const loaded = await Promise.all(used.map(({ face }) => loadFace(face)));
  const option: EmbeddedFonts['options'][number] = { name: FAMILY, data: loaded[0]!.data };
  used.forEach(({ option: name }, i) => {
    if (name !== 'data') option[name] = loaded[i]!.data;
  });
  const embeds = used
    .map(({ element }, i) => `<${element} r:id="rId${i + 1}" w:fontKey="{${loaded[i]!.key}}"/>`)
    .join('');
  const fontTable =
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    `<w:fonts ${NAMESPACES}><w:font w:name="${FAMILY}"><w:family w:val="swiss"/><w:pitch w:val="variable"/>` +
    `${embeds}</w:font></w:fonts>`;
  return {
    options: [option],
    overrides: [{ path: 'word/fontTable.xml', data: fontTable }],
    keys: loaded.map((face) => face.key),
  };
}

/**
 * Gives docx's embedded font files the stable keys, before it packs (and obfuscates) them. It
 * reaches into docx's font table (`files[i].fontKey`); the tests check that two renders give
 * the same bytes and that the table's keys decode the fonts.
 */
export function stableFontKeys(document: object, keys: readonly string[]): void {
  const table = (document as { FontTable?: { files?: { fontKey: string }[] } }).FontTable;
  const files = table?.files ?? [];
  if (files.length !== keys.length)
    throw new Error(`docx embeds ${files.length} font files, expected ${keys.length}`);
  files.forEach((file, i) => (file.fontKey = keys[i]!));
}
