/** Country profiles: types, the pure builder and text formatting (the data is read by `adapters/countries`). */
export * from './types.js';
export { buildCountryProfile } from './profile.js';
export { formatProfileList, formatProfileText } from './format-text.js';
