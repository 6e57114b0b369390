/** Evaluates the `when` conditions of `data/interview.yaml` against the answers so far. */
import { collect } from './paths.js';
import type { Condition } from './spec.js';

export interface ConditionContext {
  data: unknown;
  /** The list item being asked about, for `item.` paths. */
  item?: unknown;
  named: Record<string, Condition>;
}

function isAnswered(value: unknown): boolean {
  if (value === undefined || value === null) return false;
  if (typeof value === 'string') return value.trim() !== '';
  return true;
}

export function evaluate(condition: Condition, context: ConditionContext): boolean {
  if ('ref' in condition) {
    const named = context.named[condition.ref];
    return named ? evaluate(named, context) : false;
  }
  if ('any' in condition) return condition.any.some((inner) => evaluate(inner, context));
  if ('all' in condition) return condition.all.every((inner) => evaluate(inner, context));
  if ('not' in condition) return !evaluate(condition.not, context);
  const values = collect(context.data, condition.path, context.item);
  if ('equals' in condition) return values.some((value) => value === condition.equals);
  if ('in' in condition) return values.some((value) => condition.in.includes(value as string | number));
  if ('includes' in condition) return values.includes(condition.includes);
  if ('minItems' in condition) return values.length >= condition.minItems;
  return values.some(isAnswered) === condition.answered;
}
