/** Joins a country's data file with the message catalogue into a translated profile. */
import { formatSection } from '../check/section.js';
import type { Translate } from '../i18n/translate.js';
import type {
  CountryAdvice,
  CountryData,
  CountryProfile,
  CsoData,
  FigureData,
  ParagraphData,
  ProfileCso,
  ProfileFigure,
  ProfileTopic,
  TopicId,
} from './types.js';

/** A translation, or `fallback` when the catalogue has no entry (t returns the key itself). */
function optional(t: Translate, key: string, fallback?: string): string | undefined {
  const value = t(key);
  return value === key ? fallback : value;
}

const numberFormats = new Map<string, Intl.NumberFormat>();

/** One formatter per locale: building an Intl formatter is far dearer than using one. */
function numberFormat(locale: string): Intl.NumberFormat {
  let format = numberFormats.get(locale);
  if (!format) numberFormats.set(locale, (format = new Intl.NumberFormat(locale)));
  return format;
}

/** Numbers in figures follow the catalogue's own locale: 23,700 in English, 23 700 in Russian. */
function formatParams(params: Record<string, number | string>, t: Translate): Record<string, string> {
  const format = numberFormat(optional(t, 'countries.numberLocale', 'en')!);
  const result: Record<string, string> = {};
  for (const [name, value] of Object.entries(params)) {
    result[name] = typeof value === 'number' ? format.format(value) : value;
  }
  return result;
}

function topic(data: CountryData, id: TopicId, t: Translate): ProfileTopic {
  const paragraphs = data.topics[id].map((paragraph: ParagraphData) => {
    const text = t(`countries.${data.code}.${id}.${paragraph.id}`);
    const section = formatSection(paragraph.section, t);
    const statement =
      id === 'recommendations' ? optional(t, `countries.${data.code}.relevance.${paragraph.id}`) : undefined;
    return {
      id: paragraph.id,
      text,
      section,
      cited: t('countries.cited', { text, section }),
      refs: paragraph.section,
      ...(paragraph.concerns ? { concerns: paragraph.concerns } : {}),
      ...(statement ? { statement } : {}),
    };
  });
  return { id, title: t(`countries.topic.${id}`), paragraphs };
}

function figure(data: CountryData, item: FigureData, t: Translate): ProfileFigure {
  return {
    id: item.id,
    text: t(`countries.${data.code}.figure.${item.id}`, formatParams(item.params, t)),
    section: formatSection(item.section, t),
    params: item.params,
  };
}

function cso(item: CsoData, t: Translate): ProfileCso {
  const links = item.links ?? (item.website ? [item.website] : []);
  return {
    id: item.id,
    name: optional(t, `countries.cso.${item.id}.name`, item.name)!,
    originalName: item.name,
    ...(item.website ? { website: item.website } : {}),
    links,
    note: t(`countries.cso.${item.id}.note`),
    regional: item.regional ?? false,
    ...(item.annex ? { annex: item.annex } : {}),
    section: formatSection(item.section, t),
  };
}

function advice(data: CountryData, t: Translate): CountryAdvice[] {
  const code = data.code.toLowerCase();
  return data.advice.map((item) => ({
    id: `country.${code}.${item.id}`,
    area: item.area,
    severity: item.severity,
    sectionRefs: item.section,
    section: formatSection(item.section, t),
    message: t(`countries.${data.code}.advice.${item.id}`),
    when: item.when,
  }));
}

export function buildCountryProfile(data: CountryData, t: Translate): CountryProfile {
  const code = data.code;
  return {
    code,
    name: t(`countries.${code}.name`),
    summary: t(`countries.${code}.summary`),
    civilSociety: topic(data, 'civilSociety', t),
    prisonServices: topic(data, 'prisonServices', t),
    recommendations: topic(data, 'recommendations', t),
    figures: data.figures.map((item) => figure(data, item, t)),
    counterparts: data.counterparts.map((item) => {
      const note = optional(t, `countries.${code}.counterpart.${item.id}.note`);
      return {
        id: item.id,
        role: item.role,
        name: t(`countries.${code}.counterpart.${item.id}.name`),
        ...(note ? { note } : {}),
        verify: item.verify,
        ...(item.section ? { section: formatSection(item.section, t) } : {}),
      };
    }),
    csos: data.csos.map((item) => cso(item, t)),
    advice: advice(data, t),
  };
}
