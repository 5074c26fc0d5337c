import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import argon2 from 'argon2';
import { AppError } from '#core';

export const PASSWORD_MIN = 10;
export const PASSWORD_MAX = 200;

/** Random, URL-safe token for links and refresh tokens (256 bits). */
export const randomToken = (bytes = 32): string => randomBytes(bytes).toString('base64url');

/** Tokens are stored as SHA-256 digests: a database leak does not leak usable tokens. */
export const digest = (token: string): string => createHash('sha256').update(token, 'utf8').digest('hex');

export function sameDigest(a: string, b: string): boolean {
  const left = Buffer.from(a, 'hex');
  const right = Buffer.from(b, 'hex');
  return left.length === right.length && timingSafeEqual(left, right);
}

export function assertPasswordPolicy(password: string, field = 'password'): void {
  if (password.length < PASSWORD_MIN || password.length > PASSWORD_MAX) {
    throw AppError.invalidField(field, 'password', { min: PASSWORD_MIN, max: PASSWORD_MAX });
  }
}

/** argon2id with the library's defaults (m=64 MiB, t=3, p=4), as OWASP recommends. */
export function hashPassword(password: string): Promise<string> {
  return argon2.hash(password, { type: argon2.argon2id });
}

export async function verifyPassword(hash: string | null, password: string): Promise<boolean> {
  if (!hash) {
    // Same work whether or not the account exists, so timing does not reveal emails.
    await argon2.hash(password, { type: argon2.argon2id });
    return false;
  }
  return argon2.verify(hash, password);
}
