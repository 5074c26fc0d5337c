import { Args, Context, ID, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { assertId, type RequestContext } from '#core';
import {
  OrganizationType,
  OrganizationsService,
  PeopleService,
  PersonType,
  toOrganizationType,
  toPersonType,
} from '#directory';
import { AdoptionType, PracticeLinkType, PracticeMetricType, RecordAdoptionInput } from './adoption.types.js';
import { AdoptionsService } from './adoptions.service.js';
import type { Adoption } from '../entities/practice-details.entity.js';
import { toPracticeType } from '../practices/practice.mapper.js';
import { PracticeType } from '../practices/practice.types.js';
import { PracticesService } from '../practices/practices.service.js';

/** numeric(18,4) comes back as "1000.0000"; people wrote "1000". */
const trimDecimal = (value: string): string => (value.includes('.') ? value.replace(/\.?0+$/, '') : value);

export const toAdoptionType = (a: Adoption): AdoptionType => ({
  id: a.id,
  status: a.status,
  notes: a.notes,
  startedOn: a.startedOn,
  endedOn: a.endedOn,
  updatedAt: a.updatedAt,
  practiceId: a.practiceId,
  organizationId: a.organizationId,
});

@Resolver(() => AdoptionType)
export class AdoptionsResolver {
  constructor(
    private readonly adoptions: AdoptionsService,
    private readonly practices: PracticesService,
    private readonly organizations: OrganizationsService,
  ) {}

  @Mutation(() => AdoptionType, {
    description: 'Records where your organization stands with a practice (editors).',
  })
  async recordAdoption(
    @Context() ctx: RequestContext,
    @Args('input') input: RecordAdoptionInput,
  ): Promise<AdoptionType> {
    return toAdoptionType(await this.adoptions.record(ctx, input));
  }

  @Mutation(() => ID)
  removeAdoption(
    @Context() ctx: RequestContext,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<string> {
    return this.adoptions.remove(ctx, assertId(id));
  }

  @ResolveField(() => PracticeType)
  async practice(@Context() ctx: RequestContext, @Parent() a: AdoptionType): Promise<PracticeType> {
    return toPracticeType(await this.practices.get(ctx, a.practiceId));
  }

  @ResolveField(() => OrganizationType)
  async organization(@Context() ctx: RequestContext, @Parent() a: AdoptionType): Promise<OrganizationType> {
    return toOrganizationType(await this.organizations.get(ctx, a.organizationId));
  }
}

/** Adoptions, metrics, links and contacts as fields of Practice. */
@Resolver(() => PracticeType)
export class PracticeDetailsResolver {
  constructor(
    private readonly adoptionsService: AdoptionsService,
    private readonly people: PeopleService,
  ) {}

  @ResolveField(() => [AdoptionType], {
    description: 'Organizations that took the practice up, and how far.',
  })
  async adoptions(@Context() ctx: RequestContext, @Parent() p: PracticeType): Promise<AdoptionType[]> {
    return (await this.adoptionsService.ofPractice(ctx, p.id)).map(toAdoptionType);
  }

  @ResolveField(() => [PracticeMetricType])
  async metrics(@Context() ctx: RequestContext, @Parent() p: PracticeType): Promise<PracticeMetricType[]> {
    return (await this.adoptionsService.metrics(ctx, p.id)).map((m) => ({
      name: m.name,
      value: trimDecimal(m.value),
      unit: m.unit,
    }));
  }

  @ResolveField(() => [PracticeLinkType], { description: 'Links and attachments.' })
  async links(@Context() ctx: RequestContext, @Parent() p: PracticeType): Promise<PracticeLinkType[]> {
    return (await this.adoptionsService.links(ctx, p.id)).map((l) => ({
      url: l.url,
      title: l.title,
      kind: l.kind,
      language: l.language,
    }));
  }

  @ResolveField(() => [PersonType], { description: 'People to contact about it.' })
  async contacts(@Context() ctx: RequestContext, @Parent() p: PracticeType): Promise<PersonType[]> {
    const ids = await this.adoptionsService.contactIds(ctx, p.id);
    return Promise.all(ids.map(async (id) => toPersonType(await this.people.get(ctx, id))));
  }
}

/** An organization's adoptions, as a field of Organization. */
@Resolver(() => OrganizationType)
export class OrganizationAdoptionsResolver {
  constructor(private readonly adoptionsService: AdoptionsService) {}

  @ResolveField(() => [AdoptionType], {
    description: 'Practices the organization took up (that you may read).',
  })
  async adoptions(@Context() ctx: RequestContext, @Parent() o: OrganizationType): Promise<AdoptionType[]> {
    return (await this.adoptionsService.ofOrganization(ctx, o.id)).map(toAdoptionType);
  }
}
