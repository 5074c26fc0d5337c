import { City, CityTranslation } from './entities/city.entity.js';
import { Country, CountryTranslation } from './entities/country.entity.js';
import { Network, NetworkMembership, NetworkTranslation } from './entities/network.entity.js';
import { Organization, OrganizationTopic, OrganizationTranslation } from './entities/organization.entity.js';
import { Person, PersonTranslation } from './entities/person.entity.js';
import { Programme, ProgrammeTranslation } from './entities/programme.entity.js';
import { Directory1763780200000 } from './migrations/1763780200000-directory.js';
import { DirectoryProvenance1764900100000 } from './migrations/1764900100000-directory-provenance.js';

export * from './cities/cities.service.js';
export * from './cities/city.mapper.js';
export * from './cities/city.types.js';
export * from './countries/countries.service.js';
export * from './directory.module.js';
export * from './entities/city.entity.js';
export * from './entities/country.entity.js';
export * from './entities/enums.js';
export * from './entities/network.entity.js';
export * from './entities/organization.entity.js';
export * from './entities/person.entity.js';
export * from './entities/programme.entity.js';
export * from './networks/network.mapper.js';
export * from './networks/network.types.js';
export * from './networks/networks.service.js';
export * from './organizations/organization.mapper.js';
export * from './organizations/organization.types.js';
export * from './organizations/organizations.service.js';
export * from './people/people.resolver.js';
export * from './people/people.service.js';
export * from './people/person.types.js';
export * from './people/person.mapper.js';
export * from './programmes/programme.mapper.js';
export * from './programmes/programme.types.js';
export * from './programmes/programmes.service.js';

export const directoryEntities = [
  Country,
  CountryTranslation,
  City,
  CityTranslation,
  Organization,
  OrganizationTranslation,
  OrganizationTopic,
  Person,
  PersonTranslation,
  Network,
  NetworkTranslation,
  NetworkMembership,
  Programme,
  ProgrammeTranslation,
];
export const directoryMigrations = [Directory1763780200000, DirectoryProvenance1764900100000];
export * from './countries/country.types.js';
export * from './search-documents/directory-keywords.js';
export * from './search-documents/organization-documents.js';
