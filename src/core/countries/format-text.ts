/** Country profiles as terminal text: the list of profiles, or one profile in full, wrapped. */
import { hang } from '../check/wrap.js';
import type { Translate } from '../i18n/translate.js';
import type { CountryProfile, ProfileTopic } from './types.js';

function topicLines(topic: ProfileTopic, width: number, t: Translate): string[] {
  const lines = ['', topic.title];
  for (const paragraph of topic.paragraphs) {
    lines.push(...hang('', paragraph.text, width, 2));
    lines.push(...hang('', t('countries.label.source', { section: paragraph.section }), width, 2), '');
  }
  lines.pop();
  return lines;
}

function counterpartLines(profile: CountryProfile, width: number, t: Translate): string[] {
  const lines = ['', t('countries.heading.counterparts')];
  for (const body of profile.counterparts) {
    lines.push(...hang('- ', body.name, width, 2));
    if (body.note) lines.push(...hang('', body.note, width, 4));
    if (body.verify) lines.push(...hang('', `(${t('countries.label.verify')})`, width, 4));
  }
  return lines;
}

function csoLines(profile: CountryProfile, width: number, t: Translate): string[] {
  const lines = ['', t('countries.heading.csos')];
  for (const cso of profile.csos) {
    const regional = cso.regional ? ` (${t('countries.label.regional')})` : '';
    lines.push(...hang('- ', `${cso.name}${regional}`, width, 2));
    const links = cso.links.length > 0 ? cso.links : [t('countries.label.noWebsite')];
    for (const link of links) lines.push(`    ${link}`);
    lines.push(...hang('', cso.note, width, 4));
    lines.push(...hang('', t('countries.label.source', { section: cso.section }), width, 4));
  }
  return lines;
}

/** One profile in full: texts with their sources, figures, counterparts and CSOs. */
export function formatProfileText(profile: CountryProfile, t: Translate, width = 80): string {
  const summary = profile.summary.charAt(0).toLocaleUpperCase() + profile.summary.slice(1);
  const lines = [`${profile.name} (${profile.code})`, ...hang('', summary, width)];
  lines.push(...topicLines(profile.civilSociety, width, t));
  lines.push(...topicLines(profile.prisonServices, width, t));
  lines.push(...topicLines(profile.recommendations, width, t));
  if (profile.figures.length > 0) {
    lines.push('', t('countries.heading.figures'));
    for (const figure of profile.figures)
      lines.push(...hang('- ', `${figure.text} (${figure.section})`, width, 2));
  }
  lines.push(...counterpartLines(profile, width, t), ...csoLines(profile, width, t));
  return lines.join('\n');
}

/** The list of profiles: code, name and a one-line summary each. */
export function formatProfileList(profiles: readonly CountryProfile[], t: Translate, width = 80): string {
  const lines = [t('countries.list.title'), ''];
  for (const profile of profiles) {
    const label = `${profile.code}  `;
    lines.push(...hang(label, `${profile.name}: ${profile.summary}`, width, 2));
  }
  lines.push('', t('countries.list.hint'));
  return lines.join('\n');
}
