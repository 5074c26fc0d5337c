import { LanguageCodeScalar } from '#core';

/** The optional `locale` argument every directory query takes. */
export const LOCALE_ARG = {
  name: 'locale',
  type: () => LanguageCodeScalar,
  nullable: true,
  description:
    'Language to return content and messages in; default: Accept-Language, else the original language.',
} as const;
