import type { Organization } from '../entities/organization.entity.js';
import type { OrganizationType } from './organization.types.js';

/** The columns an OrganizationType shows (a list may read only these). */
export type OrganizationTypeSource = Pick<
  Organization,
  'id' | 'kind' | 'name' | 'acronym' | 'cityId' | 'website' | 'defaultLanguage' | 'createdAt' | 'updatedAt'
>;

export function toOrganizationType(organization: OrganizationTypeSource): OrganizationType {
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
