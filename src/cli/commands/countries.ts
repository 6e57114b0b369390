/** `countries [code]`: list the built-in country profiles, or print one (text or --json). */
import { availableLanguages } from '../../adapters/assets.js';
import { countryCodes, countryProfile } from '../../adapters/countries.js';
import { translatorFor } from '../../adapters/i18n.js';
import { formatProfileList, formatProfileText } from '../../core/countries/format-text.js';
import type { CountryProfile } from '../../core/countries/types.js';
import { ExitCode, UserError } from '../../core/errors.js';
import type { CommandRun } from '../context.js';

export const run: CommandRun = async (args, options, ctx) => {
  const { out, t } = ctx;
  const lang = typeof options.lang === 'string' ? options.lang : ctx.uiLang;
  const languages = availableLanguages();
  if (!languages.includes(lang)) {
    throw new UserError(
      t('countries.error.unknownLang', { lang, langs: languages.join(', ') }),
      ExitCode.Usage,
    );
  }
  const profileT = translatorFor(lang);
  const width = Math.max(40, Math.min(80, out.stdout.columns ?? 80));
  const code = args[0];

  if (code === undefined) {
    const profiles = countryCodes()
      .map((each) => countryProfile(each, profileT))
      .filter((profile): profile is CountryProfile => profile !== undefined);
    if (options.json) {
      out.data(
        JSON.stringify(
          profiles.map(({ code: id, name, summary }) => ({ code: id, name, summary })),
          null,
          2,
        ),
      );
    } else out.data(formatProfileList(profiles, profileT, width));
    return ExitCode.Success;
  }

  const profile = countryProfile(code, profileT);
  if (!profile) {
    throw new UserError(
      t('countries.error.unknown', { code, codes: countryCodes().join(', ') }),
      ExitCode.Usage,
    );
  }
  out.data(options.json ? JSON.stringify(profile, null, 2) : formatProfileText(profile, profileT, width));
  return ExitCode.Success;
};
