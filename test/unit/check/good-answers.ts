/**
 * A complete Kyrgyz answers object on which no rule fires at all: each rule test mutates a copy
 * of it to trigger exactly the weakness the rule looks for.
 */
import type { Answers } from '../../../src/core/answers/types.js';

export function goodAnswers(): Answers {
  return {
    version: 1,
    language: 'en',
    country: 'KG',
    project: {
      title: 'Release support for women',
      durationMonths: 24,
      institutions: [{ name: 'Colony No. 2', kind: 'colony', population: 'women' }],
    },
    parties: {
      prison: {
        name: 'State Penitentiary Service',
        signatory: { name: 'A. Asanov', title: 'Director', basis: 'its Regulation' },
        focalPoint: { name: 'B. Bekova' },
      },
      cso: {
        name: 'Public Foundation Istihsan',
        signatory: { name: 'C. Chynybaeva', title: 'Chair', basis: 'its Charter' },
        focalPoint: { name: 'D. Dzhumabaeva' },
      },
      others: [{ name: 'Republican Narcology Centre', role: 'clinical supervision of methadone therapy' }],
    },
    targetGroup: {
      description: 'Women with opioid dependence within 12 months of release',
      populations: ['women', 'people-with-opioid-dependence'],
      needs: {
        medical: ['continuity of opioid agonist therapy'],
        psychological: ['trauma-informed counselling'],
        social: ['contact with children'],
        educational: ['life skills'],
      },
      participation: 'Two residents sit on the working group.',
    },
    services: [
      {
        id: 'oat',
        type: 'opioid-agonist-therapy',
        name: 'Methadone therapy',
        implementer: 'health-service',
        authorisedBy: ['Republican Narcology Centre'],
        setting: 'both',
        referralsTo: ['counselling'],
      },
      {
        id: 'counselling',
        type: 'psychosocial-counselling',
        name: 'Trauma-informed counselling',
        implementer: 'cso',
        referralsTo: ['release-prep'],
      },
      {
        id: 'release-prep',
        type: 'pre-release-preparation',
        name: 'Preparation for release',
        implementer: 'joint',
      },
    ],
    civilSociety: {
      organisations: [
        {
          name: 'Public Foundation Istihsan',
          strengths: ['peer consultants on staff'],
          weaknesses: ['depends on one donor'],
        },
      ],
      access: 'Passes for six months; a room in the clean zone.',
      informingTheAdministration: 'A presentation to colony staff every year.',
    },
    responsibilities: {
      prison: ['Issue passes within 10 working days'],
      cso: ['Run weekly trauma-informed counselling groups'],
      joint: ['Prepare a release plan with each participant'],
      coordination: { meetings: 'monthly' },
      funding: 'Each party bears its own costs.',
      dataProtection: 'Data are shared only with the written consent of the client.',
      termination: { noticeDays: 60 },
    },
    monitoring: {
      qualityAssurance: 'Case files reviewed quarterly.',
      indicators: [
        {
          name: 'Clients retained on methadone therapy after six months',
          baseline: 0,
          target: 15,
          frequency: 'quarterly',
          source: 'narcology register',
          responsible: 'joint',
          level: 'outcome',
        },
        {
          name: 'Counselling sessions held',
          baseline: 0,
          target: 200,
          frequency: 'quarterly',
          source: 'session log',
          responsible: 'cso',
          level: 'output',
        },
        {
          name: 'Participants with a release plan',
          baseline: 0,
          target: 20,
          frequency: 'quarterly',
          source: 'case files',
          responsible: 'cso',
          level: 'output',
        },
      ],
      reporting: { frequency: 'quarterly' },
      clientInvolvement: 'Anonymous feedback box.',
      evaluation: 'External evaluation at the end of the project.',
    },
    conceptNote: {
      objectives: ['Participants continue treatment after release'],
      risks: [
        {
          risk: 'Passes are delayed',
          mitigation: 'A deadline in the MoU',
          likelihood: 'medium',
          impact: 'high',
        },
      ],
      budget: [
        { category: 'Personnel', amount: 30000, currency: 'EUR' },
        { category: 'Rooms', amount: 5000, currency: 'EUR', coFinancing: 5000 },
      ],
      strategies: [{ name: 'National HIV programme 2023–2027', relevance: 'Testing in prison.' }],
      visibility: 'The donor is named in every publication.',
    },
  };
}
