/**
 * The interview as data: the types of `data/interview.yaml` and a structural check of it.
 * The session file is part of the package, so a malformed one is a bug: `parseSessionSpec`
 * throws a plain Error naming the faulty entry rather than a translated user message.
 */

/** How a question is asked and what it stores. */
export type QuestionType =
  | 'text' // one line of text
  | 'longText' // a paragraph (still typed on one line; YAML folds it)
  | 'number' // a whole number
  | 'numberOrText' // "20" is stored as a number, "70%" as text
  | 'date' // YYYY-MM-DD
  | 'select' // one of `choices` (plus free text with `other`)
  | 'checkbox' // several of `choices` (plus free text with `other`)
  | 'confirm' // yes / no, stored as true / false
  | 'textList' // a list of strings: "add another?" with change and remove
  | 'list' // a list of objects, each asked with `item` questions
  | 'each'; // for every object of an existing list, ask `item` questions (no add/remove)

export const QUESTION_TYPES: readonly QuestionType[] = [
  'text',
  'longText',
  'number',
  'numberOrText',
  'date',
  'select',
  'checkbox',
  'confirm',
  'textList',
  'list',
  'each',
];

/**
 * When a question is asked. `path` is a dotted path in the answers file (`a.b`, `a[].b` collects
 * over a list); inside a list item, `item.x` is the item's own field `x`.
 */
export type Condition =
  | { path: string; equals: string | number | boolean }
  | { path: string; in: (string | number)[] }
  | { path: string; includes: string }
  | { path: string; minItems: number }
  | { path: string; answered: boolean }
  | { any: Condition[] }
  | { all: Condition[] }
  | { not: Condition }
  | { ref: string }; // a named condition from the top-level `conditions`

/** Choices computed from the answers, e.g. the other services a service refers to. */
export interface ChoicesFrom {
  /** Path of the list, e.g. `services`. */
  list: string;
  /** Field of each item stored as the answer. */
  value: string;
  /** Field of each item shown to the user. */
  label: string;
  /** Leave out the item being asked about (a service does not refer to itself). */
  excludeSelf?: boolean;
}

/** Names to offer before free text, e.g. the lead CSO and the country's known CSOs. */
export interface Suggestions {
  paths?: string[];
  countryCsos?: boolean;
}

export interface QuestionSpec {
  /** Path in the answers file; inside `item`, relative to the item. */
  path: string;
  type: QuestionType;
  /** Catalogue key stem; default `interview.q.<path pattern>` (e.g. `interview.q.services[].type`). */
  key?: string;
  /** Needed for a complete file; a condition when it depends on other answers (a focal point's name once any detail of the focal point is given). */
  required?: boolean | Condition;
  /** Name of a list in `choiceLists` (select, checkbox). */
  choices?: string;
  choicesFrom?: ChoicesFrom;
  /** Also accept free text besides the choices. */
  other?: boolean;
  /** Store free text in capitals (country codes). */
  upperCase?: boolean;
  suggest?: Suggestions;
  default?: string | number | boolean;
  when?: Condition;
  /** Questions about each item (list, each). */
  item?: QuestionSpec[];
  /** Field of an item used to name it in menus and summaries (list, each). */
  itemLabel?: string;
  /** For lists of objects that need a unique id: which field holds it and which field it is made from. */
  id?: { field: string; from: string };
  /**
   * Which of the area's guiding questions (1–4, default 1) a menu answers: it is shown above a
   * long menu, so that the question the area asks does not scroll away on a small screen.
   */
  guide?: number;
  /**
   * The answer offered when there is none: the Russian genitive of the signatory's `name` or
   * `title` beside it, as the memorandum would decline it, so that people only confirm it.
   */
  guess?: 'nameGenitive' | 'titleGenitive';
}

export interface SectionSpec {
  id: string;
  /** Checklist area 1–5 (protocol 6.4): title, guiding questions and "why" come from `checklist.json`. */
  area?: number;
  /** Catalogue keys for sections that are not areas. */
  title?: string;
  intro?: string;
  /** Show the summary with the chance to change answers at the end (default true). */
  review?: boolean;
  /**
   * Catalogue key of a yes/no question that opens an optional section: asked while none of its
   * questions has an answer; "no" passes the whole section over.
   */
  offer?: string;
  questions: QuestionSpec[];
}

export interface SessionSpec {
  version: 1;
  /** Catalogue key of the welcome text. */
  welcome: string;
  /** Order of the top-level keys in a file the interview writes (nested orders follow the questions). */
  fileOrder: string[];
  choiceLists: Record<string, string[]>;
  conditions: Record<string, Condition>;
  sections: SectionSpec[];
}

function fail(where: string, what: string): never {
  throw new Error(`data/interview.yaml: ${where}: ${what}`);
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const CONDITION_OPERATORS = ['equals', 'in', 'includes', 'minItems', 'answered'];

function checkCondition(condition: unknown, where: string, named: Record<string, unknown>): void {
  if (!isObject(condition)) fail(where, 'a condition must be a mapping');
  if ('ref' in condition) {
    if (typeof condition.ref !== 'string' || !(condition.ref in named))
      fail(where, `unknown condition ${String(condition.ref)}`);
    return;
  }
  if ('any' in condition || 'all' in condition) {
    const list = condition.any ?? condition.all;
    if (!Array.isArray(list)) fail(where, 'any/all needs a list');
    list.forEach((inner, index) => checkCondition(inner, `${where}[${index}]`, named));
    return;
  }
  if ('not' in condition) return checkCondition(condition.not, `${where}.not`, named);
  if (typeof condition.path !== 'string') fail(where, 'a condition needs a path');
  if (!CONDITION_OPERATORS.some((operator) => operator in condition))
    fail(where, 'a condition needs an operator');
}

function checkQuestion(question: unknown, where: string, spec: Record<string, unknown>): void {
  if (!isObject(question)) fail(where, 'a question must be a mapping');
  const { path, type } = question;
  if (typeof path !== 'string' || path === '') fail(where, 'missing path');
  const at = `${where} (${path})`;
  if (!QUESTION_TYPES.includes(type as QuestionType)) fail(at, `unknown type ${String(type)}`);
  const lists = spec.choiceLists as Record<string, unknown>;
  if ((type === 'select' || type === 'checkbox') && !question.choices && !question.choicesFrom) {
    fail(at, 'select and checkbox need choices or choicesFrom');
  }
  if (question.choices !== undefined && !Array.isArray(lists[question.choices as string])) {
    fail(at, `unknown choice list ${String(question.choices)}`);
  }
  if (typeof question.required === 'object')
    checkCondition(question.required, `${at}.required`, spec.conditions as Record<string, unknown>);
  if (question.when !== undefined)
    checkCondition(question.when, `${at}.when`, spec.conditions as Record<string, unknown>);
  if (question.guess !== undefined && question.guess !== 'nameGenitive' && question.guess !== 'titleGenitive')
    fail(at, `unknown guess ${String(question.guess)}`);
  if (question.guide !== undefined && !(Number.isInteger(question.guide) && (question.guide as number) >= 1))
    fail(at, "guide is the number of one of the area's guiding questions");
  if (type === 'list' || type === 'each') {
    if (!Array.isArray(question.item) || question.item.length === 0) fail(at, 'a list needs item questions');
    question.item.forEach((inner, index) => checkQuestion(inner, `${at}.item[${index}]`, spec));
  }
}

/** Checks the structure of the session data and returns it typed. */
export function parseSessionSpec(raw: unknown): SessionSpec {
  if (!isObject(raw)) fail('top', 'not a mapping');
  if (raw.version !== 1) fail('version', 'expected 1');
  if (typeof raw.welcome !== 'string') fail('welcome', 'missing catalogue key');
  const spec: Record<string, unknown> = { choiceLists: {}, conditions: {}, fileOrder: [], ...raw };
  if (!isObject(spec.choiceLists) || !isObject(spec.conditions))
    fail('top', 'choiceLists and conditions must be mappings');
  for (const [name, condition] of Object.entries(spec.conditions))
    checkCondition(condition, `conditions.${name}`, spec.conditions);
  const sections = spec.sections;
  if (!Array.isArray(sections) || sections.length === 0) fail('sections', 'missing');
  const ids = new Set<string>();
  sections.forEach((section: unknown, index: number) => {
    if (!isObject(section) || typeof section.id !== 'string') fail(`sections[${index}]`, 'missing id');
    if (ids.has(section.id)) fail(`sections[${index}]`, `duplicate id ${section.id}`);
    ids.add(section.id);
    if (!Array.isArray(section.questions)) fail(`sections.${section.id}`, 'missing questions');
    if (section.offer !== undefined && typeof section.offer !== 'string')
      fail(`sections.${section.id}.offer`, 'expected a catalogue key');
    section.questions.forEach((question, q) =>
      checkQuestion(question, `sections.${section.id}.questions[${q}]`, spec),
    );
  });
  return spec as unknown as SessionSpec;
}
