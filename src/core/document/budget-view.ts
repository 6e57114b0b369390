/**
 * The concept note's budget: the lines by category as the answers give them, and the totals a
 * donor's summary table needs (total cost, co-financing, amount requested and its share). Totals
 * are added up only when every line is in one currency; otherwise they stay null and `check`
 * says why.
 */
import type { DraftAnswers } from '../answers/types.js';
import type { Translate } from '../i18n/translate.js';
import type { Formatters } from './format.js';
import { escapeValue, list } from './markdown-escape.js';
import type { BudgetView } from './types.js';

interface Line {
  category: string;
  amount: number;
  coFinancing: number;
  currency: string | null;
}

function linesOf(answers: DraftAnswers): Line[] {
  return list(answers.conceptNote?.budget)
    .map((line) => ({
      category: escapeValue(line?.category),
      amount: typeof line?.amount === 'number' && Number.isFinite(line.amount) ? line.amount : null,
      coFinancing:
        typeof line?.coFinancing === 'number' && Number.isFinite(line.coFinancing) ? line.coFinancing : 0,
      currency: typeof line?.currency === 'string' && line.currency.trim() ? line.currency.trim() : null,
    }))
    .filter((line): line is Line => line.category !== null && line.amount !== null);
}

/** The one currency of all lines, or null when they mix currencies or some line has none. */
export function budgetCurrency(lines: readonly { currency: string | null }[]): string | null {
  const currencies = new Set(lines.map((line) => line.currency));
  const [only] = [...currencies];
  return currencies.size === 1 && only ? only : null;
}

export function budgetView(answers: DraftAnswers, t: Translate, fmt: Formatters): BudgetView | null {
  const lines = linesOf(answers);
  if (lines.length === 0) return null;
  const currency = budgetCurrency(lines);
  const money = (value: number, own: string | null = currency) =>
    escapeValue(own ? t('render.amount', { amount: fmt.number(value), currency: own }) : fmt.number(value))!;
  const sum = (pick: (line: Line) => number) => lines.reduce((total, line) => total + pick(line), 0);
  const total = sum((line) => line.amount);
  const coFinancing = sum((line) => Math.min(line.coFinancing, line.amount));
  const requested = total - coFinancing;
  return {
    lines: lines.map((line) => ({
      category: line.category,
      amount: money(line.amount, line.currency),
      coFinancing: line.coFinancing > 0 ? money(line.coFinancing, line.currency) : null,
      requested: money(line.amount - Math.min(line.coFinancing, line.amount), line.currency),
    })),
    total: currency ? money(total) : null,
    coFinancing: currency ? money(coFinancing) : null,
    requested: currency ? money(requested) : null,
    requestedShare: currency && total > 0 ? `${fmt.number(Math.round((requested / total) * 100))}%` : null,
    currency,
  };
}
