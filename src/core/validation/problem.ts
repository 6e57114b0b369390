/** One thing wrong with an answers file, located in the YAML text. */
export interface Problem {
  /** 1-based line and column of the offending node (the key, for unknown or missing keys). */
  line: number;
  column: number;
  /** JSON Pointer of the value, e.g. `/services/0/implementer`; `` for the whole file. */
  path: string;
  /** Stable machine code, e.g. `unknown-key`, `enum`, `required`, `date`, `yaml-syntax`. */
  code: string;
  /** Translated, human message: field title, what was found, what is expected. */
  message: string;
}

/** For a stable sort: problems at the same place keep their order (the schema's key order). */
export function byPosition(a: Problem, b: Problem): number {
  return a.line - b.line || a.column - b.column;
}

/** `file:line:col  message`, the form editors and CI logs turn into links. */
export function formatProblem(file: string, problem: Problem): string {
  return `${file}:${problem.line}:${problem.column}  ${problem.message}`;
}
