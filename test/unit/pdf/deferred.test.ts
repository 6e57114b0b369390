/**
 * The stand-ins the build puts in place of libraries pdfkit and fontkit import at start-up
 * (src/adapters/pdf/deferred/): each must answer exactly as the library it defers.
 */
import { createRequire } from 'node:module';

import { describe, expect, it } from 'vitest';

import decompress from '../../../src/adapters/pdf/deferred/brotli-decompress.js';
import LineBreaker from '../../../src/adapters/pdf/deferred/linebreak.js';
import * as aes from '../../../src/adapters/pdf/deferred/noble-aes.js';

const asPdfkit = createRequire(import.meta.resolve('pdfkit'));

function breaks(breaker: { nextBreak(): { position: number; required: boolean } | null }) {
  const found: { position: number; required: boolean }[] = [];
  for (let next = breaker.nextBreak(); next; next = breaker.nextBreak()) found.push(next);
  return found;
}

describe('deferred stand-ins', () => {
  it('linebreak: `new` gives the real breaker, with the same break opportunities', () => {
    const Real = asPdfkit('linebreak') as new (text: string) => Parameters<typeof breaks>[0];
    const text = 'Меморандум о сотрудничестве — between the Parties.\nSecond line';
    const Deferred = LineBreaker as unknown as new (text: string) => Parameters<typeof breaks>[0];
    const breaker = new Deferred(text);
    expect(breaker).toBeInstanceOf(Real);
    expect(breaks(breaker)).toEqual(breaks(new Real(text)));
  });

  it('@noble/ciphers/aes: the same ciphertext', () => {
    const real = asPdfkit('@noble/ciphers/aes') as {
      cbc: (key: Uint8Array, iv: Uint8Array) => { encrypt(data: Uint8Array): Uint8Array };
    };
    const key = new Uint8Array(16).fill(7);
    const iv = new Uint8Array(16).fill(3);
    const data = new TextEncoder().encode('prison-protocol');
    const deferred = aes.cbc(key, iv) as ReturnType<typeof real.cbc>;
    expect(deferred.encrypt(data)).toEqual(real.cbc(key, iv).encrypt(data));
  });

  it('brotli/decompress.js: decompresses as the real one does', async () => {
    const { brotliCompressSync } = await import('node:zlib');
    const text = Buffer.from('Протокол сотрудничества '.repeat(40));
    const compressed = brotliCompressSync(text);
    expect(Buffer.from(decompress(compressed, text.length))).toEqual(text);
  });
});
