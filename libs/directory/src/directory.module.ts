import { Module } from '@nestjs/common';
import { ProvenanceResolver } from '#core';
import { TaxonomyModule } from '#taxonomy';
import { CityType } from './cities/city.types.js';
import { CitiesResolver } from './cities/cities.resolver.js';
import { CitiesService } from './cities/cities.service.js';
import { CountriesResolver } from './countries/countries.resolver.js';
import { CountriesService } from './countries/countries.service.js';
import { DirectoryNodes } from './directory.nodes.js';
import { City } from './entities/city.entity.js';
import { Network } from './entities/network.entity.js';
import { Organization } from './entities/organization.entity.js';
import { Person } from './entities/person.entity.js';
import { Programme } from './entities/programme.entity.js';
import { NetworkType } from './networks/network.types.js';
import { NetworkMembershipsResolver, NetworksResolver } from './networks/networks.resolver.js';
import { NetworksService } from './networks/networks.service.js';
import { OrganizationsResolver } from './organizations/organizations.resolver.js';
import { OrganizationType } from './organizations/organization.types.js';
import { OrganizationsService } from './organizations/organizations.service.js';
import { PeopleResolver } from './people/people.resolver.js';
import { PeopleService } from './people/people.service.js';
import { PersonType } from './people/person.types.js';
import { ProgrammeType } from './programmes/programme.types.js';
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
    DirectoryNodes,
    CountriesResolver,
    CitiesResolver,
    OrganizationsResolver,
    PeopleResolver,
    NetworksResolver,
    NetworkMembershipsResolver,
    ProgrammesResolver,
    ProvenanceResolver(CityType, City),
    ProvenanceResolver(OrganizationType, Organization),
    ProvenanceResolver(PersonType, Person),
    ProvenanceResolver(NetworkType, Network),
    ProvenanceResolver(ProgrammeType, Programme),
  ],
  exports: services,
})
export class DirectoryModule {}
