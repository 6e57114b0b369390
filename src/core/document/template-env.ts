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
import { createFormatters, documentLocale } from './format.js';
import { escapeMarkdown } from './markdown-escape.js';

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
  const fmt = createFormatters(documentLocale(t, lang), t);

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
  // {{bare text}}: the text without its closing full stop, to continue a clause ("…: text,").
  env.registerHelper('bare', (value: unknown) =>
    isEmpty(value)
      ? ''
      : String(value)
          .trim()
          .replace(/[\s.;,]+$/u, ''),
  );
  // {{continuing text}}: the same, its first letter lower-cased unless the first word is an
  // abbreviation ("С 2016 года…" → "с 2016 года…", "НКО…" stays), to continue after a colon.
  env.registerHelper('continuing', (value: unknown) => {
    const text = isEmpty(value)
      ? ''
      : String(value)
          .trim()
          .replace(/[\s.;,]+$/u, '');
    return /^\p{Lu}(?!\p{Lu})/u.test(text) ? text.charAt(0).toLocaleLowerCase() + text.slice(1) : text;
  });
  env.registerHelper('inc', (value: unknown) => Number(value) + 1);
  // {{ordinal 3}}: "3rd", with the document catalogue's ordinal forms (core/document/vocabulary).
  env.registerHelper('ordinal', (value: unknown) => fmt.ordinal(Number(value)));
  // {{draftMark "noticeDays"}} names the clause, so every mark matches one entry of the
  // closing list of what to complete; a bare {{draftMark}} gives the generic mark.
  // The keyed mark brings its own leading space, so a final document has no " ." or "  ".
  const mark = (field: unknown) =>
    typeof field === 'string'
      ? ` ${t('render.defaultMarkFor', { what: escapeMarkdown(t(`render.field.${field}`)) })}`
      : t('render.defaultMark');
  env.registerHelper('draftMark', (...args: unknown[]) =>
    draft ? mark(args.length > 1 ? args[0] : undefined) : '',
  );
  // {{gap "services"}}: the placeholder of a missing answer, as the view model writes it.
  env.registerHelper('gap', (field: unknown) =>
    escapeMarkdown(t('render.gap', { what: t(`render.field.${String(field)}`) })),
  );
  // {{#orDefault value}}standard wording{{/orDefault}}: the answer if given, else the block's
  // standard wording, marked for review in draft mode.
  // {{#orDefault value "field"}}: the same, the mark naming the field.
  env.registerHelper('orDefault', function (this: unknown, value: unknown, ...rest: unknown[]) {
    const helper = rest[rest.length - 1] as HelperOptions;
    if (!isEmpty(value)) return String(value);
    const standard = helper.fn(this).trim();
    const field = rest.length > 1 ? rest[0] : undefined;
    return draft ? `${standard}${typeof field === 'string' ? '' : ' '}${mark(field)}` : standard;
  });
  return env;
}
