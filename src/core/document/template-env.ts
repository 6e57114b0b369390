/**
 * An isolated Handlebars environment for the document templates: its own helpers and partials,
 * never the global instance. Output is Markdown, so HTML escaping is off (`noEscape`); the view
 * model has already escaped every user string for Markdown. Helpers are listed in
 * `templates/README.md`.
 */
import type HandlebarsModule from 'handlebars';
import type { HelperOptions } from 'handlebars';
// The runtime only: templates arrive precompiled (see adapters/template-compile), so the
// compiler, three times larger to load, is needed only when a template changed.
import HandlebarsRuntime from 'handlebars/runtime.js';

import type { Translate } from '../i18n/translate.js';
import { createFormatters } from './format.js';

export type TemplateEnv = typeof HandlebarsModule;

const Handlebars = HandlebarsRuntime as unknown as TemplateEnv;

export const COMPILE_OPTIONS = { noEscape: true, strict: true } as const;

/** Per-render counters behind `{{section}}` and `{{clause}}`, passed as `@numbering`. */
export interface Numbering {
  section: number;
  clause: number;
}

function numberingOf(options: HelperOptions): Numbering {
  const numbering = (options.data as { numbering?: Numbering } | undefined)?.numbering;
  if (!numbering) throw new Error('numbering helpers need the @numbering render data');
  return numbering;
}

function isEmpty(value: unknown): boolean {
  return (
    value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0)
  );
}

/** The hash arguments of a helper call (`{{t "key" name=x}}`). */
function hashOf(args: unknown[]): Record<string, string | number | undefined> {
  const options = args[args.length - 1] as HelperOptions;
  return (options.hash ?? {}) as Record<string, string | number | undefined>;
}

/**
 * A fresh environment for one document language. `t` is that language's translator and
 * `draft` whether gaps and standard wording are to be marked.
 */
export function createTemplateEnv(options: { t: Translate; lang: string; draft: boolean }): TemplateEnv {
  const { t, lang, draft } = options;
  const env = Handlebars.create();
  const locale = t('render.locale');
  const fmt = createFormatters(locale === 'render.locale' ? lang : locale, t);

  env.registerHelper('section', function (this: unknown, helper: HelperOptions) {
    const numbering = numberingOf(helper);
    numbering.section += 1;
    numbering.clause = 0;
    return String(numbering.section);
  });
  env.registerHelper('clause', function (this: unknown, helper: HelperOptions) {
    const numbering = numberingOf(helper);
    numbering.clause += 1;
    return `${numbering.section}.${numbering.clause}`;
  });
  env.registerHelper('t', (key: unknown, ...rest: unknown[]) => t(String(key), hashOf(rest)));
  env.registerHelper('list', (items: unknown) => (Array.isArray(items) ? fmt.list(items.map(String)) : ''));
  env.registerHelper('join', (items: unknown, separator: unknown) =>
    Array.isArray(items) ? items.join(typeof separator === 'string' ? separator : ', ') : '',
  );
  env.registerHelper('cell', (value: unknown) => (isEmpty(value) ? t('render.empty') : String(value)));
  env.registerHelper('eq', (a: unknown, b: unknown) => a === b);
  env.registerHelper('ne', (a: unknown, b: unknown) => a !== b);
  env.registerHelper('gt', (a: unknown, b: unknown) => Number(a) > Number(b));
  env.registerHelper('not', (value: unknown) => isEmpty(value) || value === false);
  env.registerHelper('and', (...args: unknown[]) =>
    args.slice(0, -1).every((v) => !isEmpty(v) && v !== false),
  );
  env.registerHelper('or', (...args: unknown[]) => args.slice(0, -1).some((v) => !isEmpty(v) && v !== false));
  // {{sentence text}}: the text with a full stop unless it already ends a sentence.
  env.registerHelper('sentence', (value: unknown) => {
    const text = isEmpty(value) ? '' : String(value).trim();
    return text === '' || /[.!?…]["'”»)\]]*$/.test(text) ? text : `${text}.`;
  });
  env.registerHelper('inc', (value: unknown) => Number(value) + 1);
  // {{ordinal 3}}: "3rd", with the document catalogue's ordinal forms (core/document/vocabulary).
  env.registerHelper('ordinal', (value: unknown) => fmt.ordinal(Number(value)));
  env.registerHelper('draftMark', () => (draft ? t('render.defaultMark') : ''));
  // {{#orDefault value}}standard wording{{/orDefault}}: the answer if given, else the block's
  // standard wording, marked for review in draft mode.
  env.registerHelper('orDefault', function (this: unknown, value: unknown, helper: HelperOptions) {
    if (!isEmpty(value)) return String(value);
    const standard = helper.fn(this).trim();
    return draft ? `${standard} ${t('render.defaultMark')}` : standard;
  });
  return env;
}
