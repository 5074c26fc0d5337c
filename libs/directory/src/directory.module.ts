import { Module } from '@nestjs/common';
import { TaxonomyModule } from '#taxonomy';
import { CitiesResolver } from './cities/cities.resolver.js';
import { CitiesService } from './cities/cities.service.js';
import { CountriesResolver } from './countries/countries.resolver.js';
import { CountriesService } from './countries/countries.service.js';
import { NetworkMembershipsResolver, NetworksResolver } from './networks/networks.resolver.js';
import { NetworksService } from './networks/networks.service.js';
import { OrganizationsResolver } from './organizations/organizations.resolver.js';
import { OrganizationsService } from './organizations/organizations.service.js';
import { PeopleResolver } from './people/people.resolver.js';
import { PeopleService } from './people/people.service.js';
import { ProgrammesResolver } from './programmes/programmes.resolver.js';
import { ProgrammesService } from './programmes/programmes.service.js';

const services = [
  CountriesService,
  CitiesService,
  OrganizationsService,
  PeopleService,
  NetworksService,
  ProgrammesService,
];

@Module({
  imports: [TaxonomyModule],
  providers: [
    ...services,
    CountriesResolver,
    CitiesResolver,
    OrganizationsResolver,
    PeopleResolver,
    NetworksResolver,
    NetworkMembershipsResolver,
    ProgrammesResolver,
  ],
  exports: services,
})
export class DirectoryModule {}
