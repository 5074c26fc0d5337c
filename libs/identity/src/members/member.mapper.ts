import type { User } from '../entities/user.entity.js';
import type { MemberType } from './member.types.js';

export function toMemberType(u: User): MemberType {
  return {
    id: u.id,
    email: u.email,
    displayName: u.displayName,
    preferredLocale: u.preferredLocale,
    isAdmin: u.isAdmin,
    disabledAt: u.disabledAt,
    lastLoginAt: u.lastLoginAt,
    createdAt: u.createdAt,
  };
}
