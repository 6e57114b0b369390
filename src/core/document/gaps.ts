/**
 * Collects what the documents cannot say yet. A required value that is missing becomes a visible
 * placeholder in the text ("[to complete: …]") and an entry in the "to complete before
 * submission" list; an optional clause answered by standard wording becomes a "review" entry.
 */
import type { Translate } from '../i18n/translate.js';
import { escapeMarkdown, escapeValue } from './markdown-escape.js';
import type { DocKind, GapView, ToCompleteView } from './types.js';

type Target = DocKind | 'both';

export class GapCollector {
  private readonly missing = new Map<DocKind, string[]>([
    ['mou', []],
    ['concept-note', []],
  ]);
  private readonly review = new Map<DocKind, string[]>([
    ['mou', []],
    ['concept-note', []],
  ]);

  constructor(private readonly t: Translate) {}

  /** The field's label in the document language, e.g. "Signatory of the prison administration". */
  label(field: string): string {
    return this.t(`render.field.${field}`);
  }

  /** The placeholder shown in the text for `field`, escaped for Markdown. */
  placeholder(field: string): string {
    return escapeMarkdown(this.t('render.gap', { what: this.label(field) }));
  }

  /** The escaped value, or a placeholder that is also listed as missing. */
  required(value: unknown, field: string, target: Target = 'both'): string {
    const escaped = escapeValue(value);
    if (escaped !== null) return escaped;
    this.addMissing(field, target);
    return this.placeholder(field);
  }

  addMissing(field: string, target: Target = 'both'): void {
    for (const doc of targets(target)) push(this.missing.get(doc)!, this.label(field));
  }

  /** Notes that standard wording stands in for `field` (listed for review). */
  addReview(field: string, target: Target): void {
    for (const doc of targets(target)) push(this.review.get(doc)!, this.label(field));
  }

  /** The escaped value; when absent, records `field` for review and returns null. */
  optional(value: unknown, field: string, target: Target): string | null {
    const escaped = escapeValue(value);
    if (escaped === null) this.addReview(field, target);
    return escaped;
  }

  view(doc: DocKind, advice: string[] = []): ToCompleteView {
    const toGap = (text: string): GapView => ({ text: escapeMarkdown(text) });
    const missing = this.missing.get(doc)!.map(toGap);
    const review = this.review.get(doc)!.map(toGap);
    const adviceViews = advice.map(toGap);
    return {
      missing,
      review,
      advice: adviceViews,
      any: missing.length + review.length + adviceViews.length > 0,
    };
  }
}

function targets(target: Target): DocKind[] {
  return target === 'both' ? ['mou', 'concept-note'] : [target];
}

function push(list: string[], text: string): void {
  if (!list.includes(text)) list.push(text);
}
