/**
 * Coherence of the memorandum itself (checklist area 4 and the standard clause set): what the
 * MoU will say by default, promises its term cannot keep, conditions that contradict
 * voluntary participation, obligations put on bodies that do not sign, signatories without a
 * stated authority, and Russian declensions that were only guessed.
 */
import { mouDefaults } from '../../document/mou-defaults.js';
import { hasClientServices, longestFollowUp } from '../../document/project-shape.js';
import { russianSignatory } from '../../document/russian/index.js';
import { record, text, texts, type AnswersView } from '../read.js';
import type { Rule } from '../types.js';
import { quoteList, started, writesRussian } from './facts.js';

/** A commitment that ties participation in treatment to sentence, parole, regime or privileges. */
const CONDITIONAL =
  /(учитыва\S*|принима\S* во внимание|при оценке|условием|обязательн\S* участи|принудительн)[^.;]*(участи|лечени|программ)|(участи|лечени|программ)[^.;]*(при оценке|условно-досрочн|условий пробации|условий отбывания|поощрен|взыскан|режим)|(take[sn]?|taking|taken) (into account|account of) [^.;]*(participation|treatment|programme)|(participation|treatment)[^.;]*(parole|probation conditions|conditions of probation|early release|privileges|sanction)|mandatory (participation|treatment)|compulsory (participation|treatment)/iu;

function commitments(view: AnswersView): string[] {
  const duties = view.responsibilities;
  return [...texts(duties.prison), ...texts(duties.cso), ...texts(duties.joint)];
}

/** The words that identify a non-signing body in free text: its name's first three words. */
function nameKey(name: string): string {
  return name
    .replace(/\s*\(.*$/u, '')
    .split(/\s+/u)
    .slice(0, 3)
    .join(' ')
    .toLocaleLowerCase();
}

function termMonths(view: AnswersView): number | undefined {
  const months = view.project.durationMonths;
  return typeof months === 'number' ? months : undefined;
}

export const memorandumRules: Rule[] = [
  {
    id: 'memorandum.default-wording',
    severity: 'advice',
    area: 'responsibilities',
    section: ['6.4/4'],
    check: ({ answers, view, t }) => {
      if (!started(view, 'responsibilities')) return undefined;
      const used = mouDefaults(answers);
      if (used.length === 0) return undefined;
      return { count: used.length, fields: used.map((key) => t(`render.field.${key}`)).join('; ') };
    },
  },
  {
    id: 'memorandum.follow-up-beyond-term',
    severity: 'warning',
    area: 'services',
    section: ['6.4/2', '6.4/4', 'std:mandela:24'],
    check: ({ answers, view }) => {
      const { months, service } = longestFollowUp(answers);
      if (months === 0) return undefined;
      const term = termMonths(view);
      return { service: service ?? '', months, term: term ?? 24 };
    },
  },
  {
    id: 'memorandum.voluntariness',
    severity: 'warning',
    area: 'responsibilities',
    section: ['6.4/4', 'std:mandela:24'],
    check: ({ answers, view, t }) => {
      if (!hasClientServices(answers)) return undefined;
      const conflicting = commitments(view).filter((item) => CONDITIONAL.test(item));
      return conflicting.length > 0 ? { items: quoteList(conflicting, t, 3) } : undefined;
    },
  },
  {
    id: 'memorandum.non-signatory-obligation',
    severity: 'warning',
    area: 'responsibilities',
    section: ['6.4/4'],
    check: ({ view, t }) => {
      const others = view.others.flatMap((other) => texts(other.name));
      const found = new Set<string>();
      for (const item of commitments(view)) {
        const lower = item.toLocaleLowerCase();
        for (const name of others) if (lower.includes(nameKey(name))) found.add(name);
      }
      return found.size > 0 ? { bodies: quoteList([...found], t) } : undefined;
    },
  },
  {
    // The consent-form annex states how the client's data are kept and shared: without that
    // answer the memorandum of a project with clients cannot attach it (annexes-view.ts).
    id: 'memorandum.consent-form-annex',
    severity: 'warning',
    area: 'responsibilities',
    section: ['6.4/4', 'std:mandela:32'],
    check: ({ answers, view }) =>
      view.services.length > 0 &&
      hasClientServices(answers) &&
      text(view.responsibilities.dataProtection) === undefined
        ? {}
        : undefined,
  },
  {
    id: 'memorandum.signatory-basis',
    severity: 'advice',
    area: 'responsibilities',
    section: ['6.4/4'],
    check: ({ view, t }) => {
      const without = [view.prison, view.cso].filter((party) => {
        const signatory = record(party.signatory);
        return text(signatory.name) !== undefined && text(signatory.basis) === undefined;
      });
      return without.length > 0
        ? {
            parties: quoteList(
              without.map((party) => text(party.name) ?? ''),
              t,
            ),
          }
        : undefined;
    },
  },
  {
    id: 'memorandum.declension-guessed',
    severity: 'advice',
    area: 'responsibilities',
    section: ['6.4/4'],
    check: ({ answers, view, t }) => {
      if (!writesRussian(answers)) return undefined;
      const guesses: string[] = [];
      for (const party of [view.prison, view.cso]) {
        const s = record(party.signatory);
        const russian = russianSignatory({
          name: text(s.name) ?? null,
          title: text(s.title) ?? null,
          nameGenitive: text(s.nameGenitive) ?? null,
          titleGenitive: text(s.titleGenitive) ?? null,
        });
        if (russian.guessed.includes('title'))
          guesses.push(
            t('check.declension', { text: text(s.title) ?? '', result: russian.titleGenitive ?? '' }),
          );
        if (russian.guessed.includes('name'))
          guesses.push(
            t('check.declension', { text: text(s.name) ?? '', result: russian.nameGenitive ?? '' }),
          );
      }
      return guesses.length > 0 ? { guesses: guesses.join('; ') } : undefined;
    },
  },
];
