/**
 * Stands in for `unicode-properties` in fontkit, whose character tables are inflated on import:
 * fontkit asks for them when it shapes text, which only `doc.text()` does (see require-as.ts).
 */
import { requiredAs } from './require-as.js';

interface UnicodeProperties {
  getCategory(codePoint: number): string;
  getCombiningClass(codePoint: number): string;
  getScript(codePoint: number): string;
  isDigit(codePoint: number): boolean;
  isMark(codePoint: number): boolean;
}

const real = requiredAs<UnicodeProperties>('fontkit', 'unicode-properties');

export const getCategory = (codePoint: number) => real().getCategory(codePoint);
export const getCombiningClass = (codePoint: number) => real().getCombiningClass(codePoint);
export const getScript = (codePoint: number) => real().getScript(codePoint);
export const isDigit = (codePoint: number) => real().isDigit(codePoint);
export const isMark = (codePoint: number) => real().isMark(codePoint);
