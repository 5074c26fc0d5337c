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
