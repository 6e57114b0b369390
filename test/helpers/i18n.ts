import { translatorFor } from '../../src/adapters/i18n.js';

export const tEn = translatorFor('en');
export const tRu = translatorFor('ru');
