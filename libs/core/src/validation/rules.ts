import {
  ArrayMaxSize,
  IsEmail,
  IsInt,
  IsLatitude,
  IsLongitude,
  IsNotEmpty,
  IsUrl,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  type ValidationOptions,
} from 'class-validator';
import { LANGUAGE_CODES } from '../i18n/languages.js';
import type { MessageParams } from '../i18n/i18n.service.js';

/**
 * class-validator decorators whose message is a catalogue key with parameters (encoded as JSON and
 * decoded by the validation pipe), so every validation error is localized and names its rule.
 */
export function ruleMessage(rule: string, params: MessageParams = {}): ValidationOptions {
  return { message: JSON.stringify({ rule, params }) };
}

const each = (options: ValidationOptions, isEach: boolean): ValidationOptions => ({
  ...options,
  each: isEach,
});

export const Required = () => IsNotEmpty(ruleMessage('required'));
export const Text =
  (max: number, min = 0) =>
  (target: object, key: string | symbol) => {
    MaxLength(max, ruleMessage('maxLength', { max }))(target, key);
    if (min > 0) MinLength(min, ruleMessage('minLength', { min }))(target, key);
  };
export const WebUrl = () =>
  IsUrl({ protocols: ['http', 'https'], require_protocol: true, require_tld: false }, ruleMessage('url'));
export const Email = () => IsEmail({}, ruleMessage('email'));
export const Uuid = (isEach = false) => IsUUID('all', each(ruleMessage('uuid'), isEach));
export const WholeNumber = (min: number, max: number) => (target: object, key: string | symbol) => {
  IsInt(ruleMessage('integer'))(target, key);
  Min(min, ruleMessage('min', { min }))(target, key);
  Max(max, ruleMessage('max', { max }))(target, key);
};
export const Latitude = () => IsLatitude(ruleMessage('latitude'));
export const Longitude = () => IsLongitude(ruleMessage('longitude'));
export const CountryCode = () => Matches(/^[A-Z]{2}$/, ruleMessage('countryCode'));
export const CurrencyCode = () => Matches(/^[A-Z]{3}$/, ruleMessage('currencyCode'));
export const TopicKey = () => Matches(/^[a-z0-9]+(-[a-z0-9]+)*$/, ruleMessage('topicKey'));
export const LanguageCode = (isEach = false) =>
  Matches(new RegExp(`^(${LANGUAGE_CODES.join('|')})$`), each(ruleMessage('languageCode'), isEach));
export const MaxItems = (max: number) => ArrayMaxSize(max, ruleMessage('max', { max }));
export const TextItems = (max: number) =>
  MaxLength(max, { ...ruleMessage('maxLength', { max }), each: true });
