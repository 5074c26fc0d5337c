import type { Person } from '../entities/person.entity.js';
import type { PersonType } from './person.types.js';

/** Contact details travel in fields the schema does not expose; `email`/`phone` check who asks. */
export function toPersonType(person: Person): PersonType {
  return {
    id: person.id,
    name: person.name,
    organizationId: person.organizationId,
    originalLanguage: person.originalLanguage,
    email: person.email,
    phone: person.phone,
    createdAt: person.createdAt,
    updatedAt: person.updatedAt,
  };
}
