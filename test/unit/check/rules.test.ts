/**
 * Every rule of `check`, table-driven: the good answers trigger nothing; one small change to
 * them triggers exactly the rule under test, in the expected area, with its protocol section.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

import type { Answers } from '../../../src/core/answers/types.js';
import { RULES } from '../../../src/core/check/index.js';
import { goodAnswers } from './good-answers.js';
import { adviceOf, ids } from './helpers.js';

const LOCALES = join(import.meta.dirname, '..', '..', '..', 'locales');

interface Case {
  id: string;
  area: string;
  section: string;
  change: (answers: Answers) => void;
}

const CASES: Case[] = [
  {
    id: 'target-group.participation',
    area: 'target-group',
    section: 'protocol 6.4 (area 1)',
    change: (a) => delete a.targetGroup.participation,
  },
  {
    id: 'target-group.women-provisions',
    area: 'target-group',
    section: 'protocol 8; Bangkok Rules',
    change: (a) => {
      a.targetGroup.needs = { medical: ['methadone'], psychological: ['counselling'], social: ['housing'] };
      a.services[1]!.name = 'Group counselling';
      a.responsibilities.cso = ['Run weekly counselling groups'];
    },
  },
  {
    id: 'target-group.needs-unaddressed',
    area: 'target-group',
    section: 'protocol 5.3 (a), 6.4 (area 2)',
    change: (a) => {
      a.services = a.services.filter((service) => service.id !== 'oat');
    },
  },
  {
    id: 'services.medical-authorisation',
    area: 'services',
    section: 'protocol 6.4 (area 2)',
    change: (a) => {
      a.services[0]!.authorisedBy = ['State Penitentiary Service'];
    },
  },
  {
    id: 'services.health-authorisation',
    area: 'services',
    section: 'protocol 6.4 (area 2)',
    change: (a) => {
      a.services.push({
        id: 'hiv',
        type: 'hiv-testing-and-treatment',
        name: 'Methadone HIV testing',
        implementer: 'health-service',
      });
    },
  },
  {
    id: 'services.continuity-after-release',
    area: 'services',
    section: 'protocol 7, 8',
    change: (a) => {
      delete a.services[0]!.setting;
    },
  },
  {
    id: 'services.case-management-referrals',
    area: 'services',
    section: 'protocol 6.4 (area 2)',
    change: (a) => {
      a.services[2]!.type = 'case-management';
    },
  },
  {
    id: 'services.relations',
    area: 'services',
    section: 'protocol 6.4 (area 2)',
    change: (a) => {
      for (const service of a.services) delete service.referralsTo;
    },
  },
  {
    id: 'civil-society.strengths-weaknesses',
    area: 'civil-society',
    section: 'protocol 6.4 (area 3)',
    change: (a) => {
      a.civilSociety.organisations[0]!.weaknesses = [];
    },
  },
  {
    id: 'civil-society.access',
    area: 'civil-society',
    section: 'protocol 5.3 (d), 7',
    change: (a) => delete a.civilSociety.access,
  },
  {
    id: 'civil-society.informing-administration',
    area: 'civil-society',
    section: 'protocol 6.4 (area 3)',
    change: (a) => delete a.civilSociety.informingTheAdministration,
  },
  {
    id: 'responsibilities.service-commitment',
    area: 'responsibilities',
    section: 'protocol 6.4 (area 2), 6.4 (area 4)',
    change: (a) => {
      a.responsibilities.cso = ['Report every quarter'];
    },
  },
  {
    id: 'responsibilities.data-protection-health',
    area: 'responsibilities',
    section: 'Nelson Mandela Rules',
    change: (a) => delete a.responsibilities.dataProtection,
  },
  {
    id: 'responsibilities.data-protection',
    area: 'responsibilities',
    section: 'Nelson Mandela Rules',
    change: (a) => {
      a.services = a.services.filter((service) => service.id !== 'oat');
      a.targetGroup.needs.medical = [];
      delete a.responsibilities.dataProtection;
    },
  },
  {
    id: 'responsibilities.consent',
    area: 'responsibilities',
    section: 'Nelson Mandela Rules',
    change: (a) => {
      a.responsibilities.dataProtection = 'Files are kept in a locked cabinet.';
    },
  },
  {
    id: 'responsibilities.coordination',
    area: 'responsibilities',
    section: 'protocol 5.3 (d), 7',
    change: (a) => delete a.responsibilities.coordination,
  },
  {
    id: 'responsibilities.focal-points',
    area: 'responsibilities',
    section: 'protocol 5.3 (d)',
    change: (a) => delete a.parties.cso.focalPoint,
  },
  {
    id: 'responsibilities.termination-notice',
    area: 'responsibilities',
    section: 'protocol 6.4 (area 4)',
    change: (a) => delete a.responsibilities.termination,
  },
  {
    id: 'responsibilities.funding',
    area: 'responsibilities',
    section: 'protocol 5.3 (c), 7',
    change: (a) => delete a.responsibilities.funding,
  },
  {
    id: 'memorandum.default-wording',
    area: 'responsibilities',
    section: 'protocol 6.4 (area 4)',
    change: (a) => delete a.project.durationMonths,
  },
  {
    id: 'memorandum.follow-up-beyond-term',
    area: 'services',
    section: 'protocol 6.4 (area 2), 6.4 (area 4); Nelson Mandela Rules r.24',
    change: (a) => {
      a.services[2]!.followUpMonths = 9;
    },
  },
  {
    id: 'memorandum.voluntariness',
    area: 'responsibilities',
    section: 'protocol 6.4 (area 4); Nelson Mandela Rules r.24',
    change: (a) => {
      a.responsibilities.prison.push(
        'Take participation in counselling into account when deciding on parole',
      );
    },
  },
  {
    id: 'memorandum.non-signatory-obligation',
    area: 'responsibilities',
    section: 'protocol 6.4 (area 4)',
    change: (a) => {
      a.responsibilities.joint!.push('The Republican Narcology Centre prescribes methadone before release');
    },
  },
  {
    id: 'memorandum.consent-form-annex',
    area: 'responsibilities',
    section: 'protocol 6.4 (area 4); Nelson Mandela Rules r.32',
    change: (a) => delete a.responsibilities.dataProtection,
  },
  {
    id: 'memorandum.signatory-basis',
    area: 'responsibilities',
    section: 'protocol 6.4 (area 4)',
    change: (a) => delete a.parties.cso.signatory!.basis,
  },
  {
    id: 'memorandum.declension-guessed',
    area: 'responsibilities',
    section: 'protocol 6.4 (area 4)',
    change: (a) => {
      a.language = 'ru';
      a.parties.prison.signatory = { name: 'Мадина', title: 'Директор', basis: 'Положения' };
      a.parties.cso.signatory = { name: 'Чыныбаева Чолпон Асановна', title: 'Председатель', basis: 'Устава' };
    },
  },
  {
    id: 'monitoring.client-involvement',
    area: 'monitoring',
    section: 'protocol 6.4 (area 5)',
    change: (a) => delete a.monitoring.clientInvolvement,
  },
  {
    id: 'monitoring.indicator-incomplete',
    area: 'monitoring',
    section: 'protocol 6.4 (area 5)',
    change: (a) => {
      delete a.monitoring.indicators[1]!.source;
    },
  },
  {
    id: 'monitoring.service-indicator',
    area: 'monitoring',
    section: 'protocol 6.4 (area 2), 6.4 (area 5)',
    change: (a) => {
      a.monitoring.indicators[1]!.name = 'Sessions held';
    },
  },
  {
    id: 'monitoring.cso-involvement',
    area: 'monitoring',
    section: 'protocol 6.4 (area 5)',
    change: (a) => {
      for (const indicator of a.monitoring.indicators) indicator.responsible = 'prison';
    },
  },
  {
    id: 'monitoring.evaluation',
    area: 'monitoring',
    section: 'protocol 6.4 (area 5)',
    change: (a) => delete a.monitoring.evaluation,
  },
  {
    id: 'concept-note.indicator-level',
    area: 'monitoring',
    section: 'protocol 6.4 (area 5); donor concept-note practice, EU PRAG Annex A.1',
    change: (a) => delete a.monitoring.indicators[1]!.level,
  },
  {
    id: 'concept-note.objectives',
    area: 'monitoring',
    section: 'protocol 6.4; donor concept-note practice, EU PRAG Annex A.1',
    change: (a) => delete a.conceptNote!.objectives,
  },
  {
    id: 'concept-note.risk-rating',
    area: 'monitoring',
    section: 'protocol 6.1; donor concept-note practice, EU PRAG Annex A.1',
    change: (a) => delete a.conceptNote!.risks![0]!.impact,
  },
  {
    id: 'concept-note.budget-total',
    area: 'responsibilities',
    section: 'protocol 6.4 (area 4); donor concept-note practice, EU PRAG Annex A.1',
    change: (a) => (a.conceptNote!.budget![1]!.currency = 'USD'),
  },
  {
    id: 'concept-note.strategies',
    area: 'services',
    section: 'protocol 8; donor concept-note practice, EU PRAG Annex A.1',
    change: (a) => (a.conceptNote!.strategies = []),
  },
  {
    id: 'concept-note.visibility',
    area: 'responsibilities',
    section: 'protocol 6.4 (area 4); donor concept-note practice, EU PRAG Annex A.1',
    change: (a) => delete a.conceptNote!.visibility,
  },
  {
    id: 'country.known-csos',
    area: 'civil-society',
    section: 'protocol 12',
    change: (a) => {
      a.parties.cso.name = 'Public Foundation Example';
      a.civilSociety.organisations[0]!.name = 'Public Foundation Example';
    },
  },
  {
    id: 'area.required-missing',
    area: 'services',
    section: 'protocol 6.4',
    change: (a) => {
      a.services[0]!.name = '';
    },
  },
];

function changed(change: Case['change']): Answers {
  const answers = structuredClone(goodAnswers());
  change(answers);
  return answers;
}

describe('check rules', () => {
  it('the good answers trigger no rule at all', () => {
    expect(adviceOf(goodAnswers())).toEqual([]);
  });

  it.each(CASES)(
    '$id fires on its weakness, in its area, with its section',
    ({ id, area, section, change }) => {
      expect(ids(goodAnswers())).not.toContain(id);
      const found = adviceOf(changed(change)).filter((advice) => advice.id === id);
      expect(found).toHaveLength(1);
      expect(found[0]).toMatchObject({ area, section });
      expect(found[0]!.message).not.toMatch(/^check\.|\{\w+\}/);
    },
  );

  it('every rule has a case here', () => {
    const tested = new Set(CASES.map((c) => c.id));
    for (const rule of RULES) expect(tested, rule.id).toContain(rule.id);
  });

  it('has a message for every rule in every language', () => {
    for (const lang of ['en', 'ru']) {
      const table = JSON.parse(readFileSync(join(LOCALES, lang, 'check.json'), 'utf8')) as Record<
        string,
        string
      >;
      for (const rule of RULES) expect(table[`rule.${rule.id}`], `${lang} ${rule.id}`).toBeTruthy();
      expect(table['rule.area.required-missing_other'], lang).toBeTruthy();
    }
  });

  it('gives the rule severities the issue asks for', () => {
    const severity = Object.fromEntries(RULES.map((rule) => [rule.id, rule.severity]));
    expect(severity['services.medical-authorisation']).toBe('error');
    expect(severity['responsibilities.data-protection-health']).toBe('error');
    expect(severity['services.continuity-after-release']).toBe('warning');
    expect(severity['country.known-csos']).toBe('advice');
  });

  it('names the services, organisations and indicators concerned', () => {
    const medical = adviceOf(changed((a) => (a.services[0]!.authorisedBy = []))).find(
      (advice) => advice.id === 'services.medical-authorisation',
    );
    expect(medical?.message).toContain('“Methadone therapy”');
    const indicators = adviceOf(changed((a) => delete a.monitoring.indicators[1]!.source)).find(
      (advice) => advice.id === 'monitoring.indicator-incomplete',
    );
    expect(indicators?.message).toContain('“Counselling sessions held” has no source');
  });

  it('names the unrated risks and the indicators without a level, and says why a budget has no total', () => {
    const answers = changed((a) => {
      delete a.monitoring.indicators[2]!.level;
      a.conceptNote!.risks!.push({ risk: 'Staff leave' });
      delete a.conceptNote!.budget;
    });
    const message = (id: string) => adviceOf(answers).find((advice) => advice.id === id)?.message;
    expect(message('concept-note.indicator-level')).toContain('“Participants with a release plan”');
    expect(message('concept-note.risk-rating')).toContain('“Staff leave”: no `likelihood` or `impact`');
    expect(message('concept-note.budget-total')).toContain('There is no budget by category');
    const noRisks = changed((a) => delete a.conceptNote!.risks);
    expect(adviceOf(noRisks).find((advice) => advice.id === 'concept-note.risk-rating')?.message).toContain(
      'No risks are listed',
    );
  });

  it('recognises health institutions and consent written in Russian', () => {
    const answers = changed((a) => {
      a.services[0]!.authorisedBy = ['Республиканский центр наркологии'];
      a.responsibilities.dataProtection = 'Данные передаются только с письменного согласия клиента.';
    });
    expect(ids(answers)).not.toContain('services.medical-authorisation');
    expect(ids(answers)).not.toContain('responsibilities.consent');
  });

  it('counts a link to probation as continuity after release', () => {
    const answers = changed((a) => {
      delete a.services[0]!.setting;
      a.parties.others = [{ name: 'Probation Department', role: 'takes over on release' }];
    });
    expect(ids(answers)).not.toContain('services.continuity-after-release');
  });
});
