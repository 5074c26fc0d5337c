import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';
import { AppError } from '../errors/app-error.js';
import { normalizeLanguage } from '../i18n/languages.js';

function parseLanguage(value: unknown): string {
  const language = typeof value === 'string' && value.length <= 16 ? normalizeLanguage(value) : null;
  if (!language) {
    throw new GraphQLError('Expected an ISO 639-1 language code.', {
      originalError: AppError.invalidField('locale', 'languageCode'),
    });
  }
  return language;
}

/** An ISO 639-1 language code (`lt`, `sl`, `en`...). Region suffixes (`lt-LT`) are accepted and dropped. */
export const LanguageCodeScalar = new GraphQLScalarType<string, string>({
  name: 'LanguageCode',
  description: 'ISO 639-1 language code, e.g. "lt", "sl", "en". "lt-LT" is read as "lt".',
  serialize: (value) => String(value),
  parseValue: parseLanguage,
  parseLiteral: (ast) =>
    parseLanguage(ast.kind === Kind.STRING || ast.kind === Kind.ENUM ? ast.value : undefined),
});

/** Any JSON object (used for audit change sets). */
export const JSONObjectScalar = new GraphQLScalarType<Record<string, unknown>, Record<string, unknown>>({
  name: 'JSONObject',
  description: 'A JSON object.',
  serialize: (value) => value as Record<string, unknown>,
  parseValue: (value) => {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      throw new GraphQLError('Expected a JSON object.', {
        originalError: AppError.invalidField('value', 'invalid'),
      });
    }
    return value as Record<string, unknown>;
  },
  parseLiteral: () => {
    throw new GraphQLError('JSON objects are accepted as variables only.', {
      originalError: AppError.invalidField('value', 'invalid'),
    });
  },
});

/** The optional `locale` argument queries take (the directory's, `node`, `nodes`). */
export const LOCALE_ARG = {
  name: 'locale',
  type: () => LanguageCodeScalar,
  nullable: true,
  description:
    'Language to return content and messages in; default: Accept-Language, else the original language.',
} as const;
