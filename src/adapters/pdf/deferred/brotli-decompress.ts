/** Stands in for `brotli/decompress.js` in fontkit: only WOFF2 fonts need it (see require-as.ts). */
import { requiredAs } from './require-as.js';

type Decompress = (buffer: Uint8Array, outputSize?: number) => Uint8Array;

const real = requiredAs<Decompress>('fontkit', 'brotli/decompress.js');

export default function decompress(buffer: Uint8Array, outputSize?: number): Uint8Array {
  return real()(buffer, outputSize);
}
