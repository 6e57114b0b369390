/**
 * Bytes of an answers file → text. Editors on Windows save in more than UTF-8: Notepad's
 * "Unicode" is UTF-16 with a byte-order mark, and older Russian-language setups write
 * Windows-1251 (cp1251). UTF-8 (with or without BOM) and UTF-16 with a BOM are read; a file
 * that looks like cp1251 is refused with a message that names the encoding and says how to
 * save it as UTF-8, instead of a bare "not a text file". Pure: bytes in, text or a refusal out.
 */
import type { Translate } from '../i18n/translate.js';

export type Decoded = { text: string; encoding: string } | { code: string; message: string };

function decode(bytes: Uint8Array, encoding: string): string | undefined {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

/**
 * Windows-1251 Cyrillic: letters are 0xC0–0xFF, Ё/ё 0xA8/0xB8. Text in it has nearly all of its
 * high bytes there and forms no valid UTF-8; Latin text in Windows-1252 (é = 0xE9) would pass
 * the letter test rarely and in small numbers, so a run of several letters is asked for.
 */
function looksLikeCp1251(bytes: Uint8Array): boolean {
  let high = 0;
  let letters = 0;
  for (const byte of bytes) {
    if (byte < 0x80) continue;
    high++;
    if (byte >= 0xc0 || byte === 0xa8 || byte === 0xb8) letters++;
  }
  return high >= 4 && letters / high >= 0.9;
}

export function decodeAnswersBytes(bytes: Uint8Array, t: Translate): Decoded {
  const [b0, b1, b2] = bytes;
  if (b0 === 0xff && b1 === 0xfe) {
    const text = decode(bytes, 'utf-16le');
    return text === undefined
      ? refuseNotText(t)
      : { text: text.replace(/^\uFEFF/, ''), encoding: 'utf-16le' };
  }
  if (b0 === 0xfe && b1 === 0xff) {
    const text = decode(bytes, 'utf-16be');
    return text === undefined
      ? refuseNotText(t)
      : { text: text.replace(/^\uFEFF/, ''), encoding: 'utf-16be' };
  }
  const bom = b0 === 0xef && b1 === 0xbb && b2 === 0xbf;
  if (!bytes.includes(0)) {
    const text = decode(bom ? bytes.subarray(3) : bytes, 'utf-8');
    if (text !== undefined) return { text, encoding: 'utf-8' };
    if (looksLikeCp1251(bytes)) return { code: 'encoding', message: t('load.cp1251') };
  }
  return refuseNotText(t);
}

function refuseNotText(t: Translate): Decoded {
  return { code: 'not-text', message: t('load.notText') };
}
