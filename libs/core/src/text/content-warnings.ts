import { Field, ObjectType } from '@nestjs/graphql';
import type { RequestContext } from '../context/request-context.js';
import { LanguageCodeScalar } from '../graphql/scalars.js';
import type { I18nService } from '../i18n/i18n.service.js';
import { detectLanguageMismatch } from './language-check.js';

export interface ContentWarning {
  code: 'LANGUAGE_MISMATCH';
  message: string;
  declaredLanguage: string;
  detectedLanguage: string;
}

@ObjectType('ContentWarning', { description: 'Accepted, but worth a look.' })
export class ContentWarningType {
  @Field({ description: 'e.g. LANGUAGE_MISMATCH' })
  code: string;

  @Field()
  message: string;

  @Field(() => LanguageCodeScalar, { nullable: true })
  declaredLanguage: string | null;

  @Field(() => LanguageCodeScalar, { nullable: true })
  detectedLanguage: string | null;
}

/**
 * A warning, in the caller's language, when texts declared in `language` are clearly written in
 * another one. Saved anyway: detectors err on short texts, names and mixed content.
 */
export function languageWarnings(
  i18n: I18nService,
  ctx: RequestContext,
  language: string,
  texts: readonly (string | null | undefined)[],
): ContentWarning[] {
  const detected = detectLanguageMismatch(language, texts.filter(Boolean).join('\n'));
  if (!detected) return [];
  return [
    {
      code: 'LANGUAGE_MISMATCH',
      message: i18n.translate(ctx.messageLocale, 'warnings.LANGUAGE_MISMATCH', {
        detected,
        declared: language,
      }),
      declaredLanguage: language,
      detectedLanguage: detected,
    },
  ];
}
