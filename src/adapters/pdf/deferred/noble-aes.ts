/** Stands in for `@noble/ciphers/aes` in pdfkit: only encrypted PDFs need it (see require-as.ts). */
import { requiredAs } from './require-as.js';

type Cipher = (...args: unknown[]) => unknown;

const real = requiredAs<{ cbc: Cipher; ecb: Cipher }>('pdfkit', '@noble/ciphers/aes');

export const cbc = (...args: unknown[]) => real().cbc(...args);
export const ecb = (...args: unknown[]) => real().ecb(...args);
