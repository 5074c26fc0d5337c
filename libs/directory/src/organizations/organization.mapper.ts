import type { Organization } from '../entities/organization.entity.js';
import type { OrganizationType } from './organization.types.js';

export function toOrganizationType(organization: Organization): OrganizationType {
  return {
    id: organization.id,
    kind: organization.kind,
    officialName: organization.name,
    acronym: organization.acronym,
    website: organization.website,
    cityId: organization.cityId,
    defaultLanguage: organization.defaultLanguage,
    createdAt: organization.createdAt,
    updatedAt: organization.updatedAt,
  };
}
