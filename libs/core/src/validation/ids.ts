import { AppError } from '../errors/app-error.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Ids are UUIDs; anything else is the caller's mistake (BAD_USER_INPUT), never a database error. */
export function assertId(id: string, field = 'id'): string {
  if (!UUID.test(id)) throw AppError.invalidField(field, 'uuid');
  return id.toLowerCase();
}
