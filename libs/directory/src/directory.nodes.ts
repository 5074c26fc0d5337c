import { Injectable, type OnModuleInit } from '@nestjs/common';
import { NodeRegistry, readEach } from '#core';
import { CitiesService } from './cities/cities.service.js';
import { toCityType } from './cities/city.mapper.js';
import { CountriesService } from './countries/countries.service.js';
import { toCountryType } from './countries/country.types.js';
import { toNetworkType } from './networks/network.mapper.js';
import { NetworksService } from './networks/networks.service.js';
import { toOrganizationType } from './organizations/organization.mapper.js';
import { OrganizationsService } from './organizations/organizations.service.js';
import { PeopleService } from './people/people.service.js';
import { toPersonType } from './people/person.mapper.js';
import { toProgrammeType } from './programmes/programme.mapper.js';
import { ProgrammesService } from './programmes/programmes.service.js';

/**
 * The directory's records for `node`. The directory is public; a person's email and phone stay
 * behind their own field rule whichever query reaches the person.
 */
@Injectable()
export class DirectoryNodes implements OnModuleInit {
  constructor(
    private readonly registry: NodeRegistry,
    private readonly countries: CountriesService,
    private readonly cities: CitiesService,
    private readonly organizations: OrganizationsService,
    private readonly people: PeopleService,
    private readonly networks: NetworksService,
    private readonly programmes: ProgrammesService,
  ) {}

  onModuleInit(): void {
    this.registry.register(
      {
        // A country's key is its ISO code, not a UUID: its id is "Country:LT".
        typename: 'Country',
        key: { kind: 'typed' },
        load: (ctx, codes) =>
          readEach(
            codes.filter((code) => /^[A-Z]{2}$/.test(code)),
            (code) => this.countries.get(ctx, code),
            toCountryType,
          ),
      },
      {
        typename: 'City',
        key: { kind: 'uuid', table: 'city' },
        load: (ctx, ids) => readEach(ids, (id) => this.cities.get(ctx, id), toCityType),
      },
      {
        typename: 'Organization',
        key: { kind: 'uuid', table: 'organization' },
        load: (ctx, ids) => readEach(ids, (id) => this.organizations.get(ctx, id), toOrganizationType),
      },
      {
        typename: 'Person',
        key: { kind: 'uuid', table: 'person' },
        load: (ctx, ids) => readEach(ids, (id) => this.people.get(ctx, id), toPersonType),
      },
      {
        typename: 'Network',
        key: { kind: 'uuid', table: 'network' },
        load: (ctx, ids) => readEach(ids, (id) => this.networks.get(ctx, id), toNetworkType),
      },
      {
        typename: 'Programme',
        key: { kind: 'uuid', table: 'programme' },
        load: (ctx, ids) => readEach(ids, (id) => this.programmes.get(ctx, id), toProgrammeType),
      },
    );
  }
}
