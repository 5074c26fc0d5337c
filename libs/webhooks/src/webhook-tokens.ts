/** The injection tokens of the webhooks module. */
export const WEBHOOK_CONFIG = Symbol('WEBHOOK_CONFIG');
export const WEBHOOK_SOURCES = Symbol('WEBHOOK_SOURCES');
