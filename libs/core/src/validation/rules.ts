import {
  ArrayMaxSize,
  IsEmail,
  IsInt,
  IsLatitude,
  IsLongitude,
  IsUrl,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateBy,
  isEmail,
  isURL,
  type ValidationOptions,
} from 'class-validator';
import { LANGUAGE_CODES } from '../i18n/languages.js';
import type { MessageParams, ValidationRule } from '../i18n/i18n.service.js';

/**
 * class-validator decorators whose message is a catalogue key with parameters (encoded as JSON and
 * decoded by the validation pipe), so every validation error is localized and names its rule.
 */
export function ruleMessage(rule: ValidationRule, params: MessageParams = {}): ValidationOptions {
  return { message: JSON.stringify({ rule, params }) };
}

const WEB_URL = { protocols: ['http', 'https'], require_protocol: true, require_tld: false };
const LANGUAGE = new RegExp(`^(${LANGUAGE_CODES.join('|')})$`);
const COUNTRY = /^[A-Z]{2}$/;
const CURRENCY = /^[A-Z]{3}$/;
const TOPIC_KEY = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/**
 * The formats every write path accepts, by rule (its message key): GraphQL input checks them with
 * the decorators below, the JSON Lines import (#transfer) with these same functions, so a file
 * cannot store what the API refuses (a javascript: link, a language nobody can ask for).
 */
export const FORMAT_RULES = {
  url: (value: string) => isURL(value, WEB_URL),
  email: (value: string) => isEmail(value),
  languageCode: (value: string) => LANGUAGE.test(value),
  countryCode: (value: string) => COUNTRY.test(value),
  currencyCode: (value: string) => CURRENCY.test(value),
  topicKey: (value: string) => TOPIC_KEY.test(value),
} as const satisfies Record<string, (value: string) => boolean>;
export type FormatRule = keyof typeof FORMAT_RULES;

const each = (options: ValidationOptions, isEach: boolean): ValidationOptions => ({
  ...options,
  each: isEach,
});

/** Present and not blank: a text of spaces only is as missing as an empty one. */
export const Required = () =>
  ValidateBy(
    {
      name: 'required',
      validator: {
        validate: (value: unknown) =>
          value !== null && value !== undefined && (typeof value !== 'string' || value.trim() !== ''),
      },
    },
    ruleMessage('required'),
  );
export const Text =
  (max: number, min = 0) =>
  (target: object, key: string | symbol) => {
    MaxLength(max, ruleMessage('maxLength', { max }))(target, key);
    if (min > 0) MinLength(min, ruleMessage('minLength', { min }))(target, key);
  };
export const WebUrl = () => IsUrl(WEB_URL, ruleMessage('url'));
export const Email = () => IsEmail({}, ruleMessage('email'));
export const Uuid = (isEach = false) => IsUUID('all', each(ruleMessage('uuid'), isEach));
export const WholeNumber = (min: number, max: number) => (target: object, key: string | symbol) => {
  IsInt(ruleMessage('integer'))(target, key);
  Min(min, ruleMessage('min', { min }))(target, key);
  Max(max, ruleMessage('max', { max }))(target, key);
};
export const Latitude = () => IsLatitude(ruleMessage('latitude'));
export const Longitude = () => IsLongitude(ruleMessage('longitude'));
export const CountryCode = () => Matches(COUNTRY, ruleMessage('countryCode'));
export const CurrencyCode = () => Matches(CURRENCY, ruleMessage('currencyCode'));
export const TopicKey = () => Matches(TOPIC_KEY, ruleMessage('topicKey'));
export const LanguageCode = (isEach = false) => Matches(LANGUAGE, each(ruleMessage('languageCode'), isEach));
export const MaxItems = (max: number) => ArrayMaxSize(max, ruleMessage('max', { max }));
export const TextItems = (max: number) =>
  MaxLength(max, { ...ruleMessage('maxLength', { max }), each: true });
