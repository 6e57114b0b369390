/**
 * Word stems that recognise free-text answers, in the languages people write them in (English,
 * Russian, and the state languages where a stem is well known). Matching is a lower-case
 * substring test, so a stem must be specific enough not to hit unrelated words.
 */

/** A health institution that can authorise medical services. */
export const HEALTH_INSTITUTION = [
  'health',
  'narcolog',
  'medical',
  'medicine',
  'aids',
  'hiv',
  'clinic',
  'hospital',
  'dispensar',
  'tubercul',
  'здрав', // здравоохранения
  'нарколог',
  'медицин',
  'спид',
  'вич',
  'больниц',
  'диспансер',
  'клиник',
  'туберкул',
  'денсаулық', // Kazakh: health
  'саламаттык', // Kyrgyz: health
  'тандурустӣ', // Tajik: health
  "sog'liq", // Uzbek: health
  'sogʻliq',
  'saglyk', // Turkmen: health
];

/** Provisions that answer the specific needs of women (Bangkok Rules). */
export const GENDER_PROVISION = [
  'gender',
  'trauma',
  'violence',
  'pregnan',
  'mother',
  'maternal',
  'child',
  'gynae',
  'gyneco',
  'female staff',
  'гендер',
  'травм',
  'насили',
  'беремен',
  'матерей',
  'матери',
  'материнств',
  'дети',
  'детей',
  'детьми',
  'ребён',
  'ребен',
  'гинеко',
];

/** Informed consent. */
export const CONSENT = ['consent', 'согласи', 'rozilik', 'razılıq', 'келісім', 'макулдук', 'розигӣ'];

/** Probation services. */
export const PROBATION = ['probation', 'пробаци', 'probatsiya'];

/** Narcology (drug treatment) services. */
export const NARCOLOGY = ['narcolog', 'нарколог', 'narkolog'];

/** A ministry or department of health. */
export const HEALTH_MINISTRY = [
  'ministry of health',
  'health ministry',
  'министерство здравоохранения',
  'министерства здравоохранения',
  'минздрав',
  'мз рк',
  'денсаулық сақтау министрлігі',
];

/** Enrolment, uptake and retention, as indicators name them. */
export const ENROLMENT = [
  'enrol',
  'uptake',
  'retention',
  'retained',
  'coverage',
  'охват',
  'удержан',
  'охвачен',
  'зачислен',
  'включён',
  'включен',
];

/** Neighbourhood self-government in Uzbekistan. */
export const MAHALLA = ['mahalla', 'махалл'];

/** True when `haystack` contains any of the stems (case-insensitive). */
export function mentionsAny(haystack: readonly string[], stems: readonly string[]): boolean {
  const lower = haystack.map((item) => item.toLowerCase());
  return stems.some((stem) => lower.some((item) => item.includes(stem.toLowerCase())));
}
