/**
 * The blank checklist handed to roundtable participants: the five areas of protocol 6.4, their
 * guiding questions, why they matter, and room to write. The texts come from the `checklist`
 * catalogue, so each language gets its handout by adding a catalogue file.
 */
import type { Translate } from '../i18n/translate.js';

export const QUESTIONS_PER_AREA = 4;
const AREA_COUNT = 5;

export interface HandoutArea {
  number: number;
  heading: string;
  title: string;
  why: string;
  questions: string[];
}

export interface Handout {
  title: string;
  subtitle: string;
  intro: string;
  source: string;
  answerLabel: string;
  followUpLabel: string;
  areas: HandoutArea[];
}

export function buildHandout(t: Translate): Handout {
  const areas: HandoutArea[] = [];
  for (let number = 1; number <= AREA_COUNT; number++) {
    const questions: string[] = [];
    for (let q = 1; q <= QUESTIONS_PER_AREA; q++) questions.push(t(`checklist.area${number}.question${q}`));
    areas.push({
      number,
      heading: t('checklist.area', { number }),
      title: t(`checklist.area${number}.title`),
      why: t(`checklist.area${number}.why`),
      questions,
    });
  }
  return {
    title: t('checklist.title'),
    subtitle: t('checklist.subtitle'),
    intro: t('checklist.intro'),
    source: t('checklist.source'),
    answerLabel: t('checklist.writeHere'),
    followUpLabel: t('checklist.whoFindsOut'),
    areas,
  };
}

/**
 * Lines to write on. A line of underscores alone is a thematic break in Markdown: a rule when
 * rendered, and still a line to write on when the Markdown is printed as plain text.
 */
const WRITING_LINES = 3;
const RULE = '_'.repeat(60);

export function handoutMarkdown(handout: Handout): string {
  const out: string[] = [`# ${handout.title}`, '', `*${handout.subtitle}*`, '', handout.intro, ''];
  for (const area of handout.areas) {
    out.push(`## ${area.heading}: ${area.title}`, '', `> ${area.why}`, '');
    area.questions.forEach((question, index) => {
      out.push(`**${area.number}.${index + 1}. ${question}**`, '', `${handout.answerLabel}:`, '');
      for (let line = 0; line < WRITING_LINES; line++) out.push(RULE, '');
    });
    out.push(`${handout.followUpLabel}:`, '', RULE, '');
  }
  out.push('---', '', `*${handout.source}*`, '');
  return out.join('\n');
}
