/**
 * Stands in for `linebreak` in pdfkit: only `doc.text()` breaks lines with it (see require-as.ts).
 * Called with `new`, it returns the real library's breaker.
 */
import { requiredAs } from './require-as.js';

type LineBreakerClass = new (text: string) => object;

const real = requiredAs<LineBreakerClass>('pdfkit', 'linebreak');

export default function LineBreaker(text: string): object {
  const Real = real();
  return new Real(text);
}
