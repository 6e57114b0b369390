import type { Problem } from '../core/validation/problem.js';

/** `file:line:col  message`, the form editors and CI logs turn into links. */
export function formatProblem(file: string, problem: Problem): string {
  return `${file}:${problem.line}:${problem.column}  ${problem.message}`;
}
