import { Injectable } from '@nestjs/common';
import { DataSource, In } from 'typeorm';
import {
  Allow,
  AppError,
  LoaderKey,
  RecordWrites,
  assertAllowed,
  editorOf,
  groupedLoader,
  lockedOrNotFound,
  type RequestContext,
} from '#core';
import { Organization } from '#directory';
import {
  Adoption,
  PracticeContact,
  PracticeLink,
  PracticeMetric,
} from '../entities/practice-details.entity.js';
import type { RecordAdoptionInput } from './adoption.types.js';
import { PracticesService } from '../practices/practices.service.js';

const ADOPTIONS_BY_PRACTICE = new LoaderKey<string, Adoption[]>('adoptionsByPractice');
const ADOPTIONS_BY_ORGANIZATION = new LoaderKey<string, Adoption[]>('adoptionsByOrganization');
const METRICS = new LoaderKey<string, PracticeMetric[]>('practiceMetrics');
const LINKS = new LoaderKey<string, PracticeLink[]>('practiceLinks');
const CONTACTS = new LoaderKey<string, PracticeContact[]>('practiceContacts');

const byPosition = <T extends { position: number }>(rows: T[]) =>
  [...rows].sort((a, b) => a.position - b.position);

/**
 * Adoptions (who took a practice up, and how far) and a practice's metrics, links and contacts.
 * An organization's editors record its own adoptions, of practices they can read.
 */
@Injectable()
export class AdoptionsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly practices: PracticesService,
    private readonly writes: RecordWrites,
  ) {}

  ofPractice(ctx: RequestContext, practiceId: string): Promise<Adoption[]> {
    return groupedLoader(ctx, ADOPTIONS_BY_PRACTICE, this.dataSource, Adoption, 'practiceId').load(
      practiceId,
    );
  }

  /** The adoptions among `ids` whose practice the caller may read (the rule of both lists). */
  async readable(ctx: RequestContext, ids: readonly string[]): Promise<Adoption[]> {
    if (ids.length === 0) return [];
    const adoptions = await this.dataSource.getRepository(Adoption).findBy({ id: In([...ids]) });
    const practices = await this.practices.readableIds(ctx, [...new Set(adoptions.map((a) => a.practiceId))]);
    return adoptions.filter((a) => practices.has(a.practiceId));
  }

  /** An organization's adoptions of practices the caller may read. */
  async ofOrganization(ctx: RequestContext, organizationId: string): Promise<Adoption[]> {
    const all = await groupedLoader(
      ctx,
      ADOPTIONS_BY_ORGANIZATION,
      this.dataSource,
      Adoption,
      'organizationId',
    ).load(organizationId);
    const readable = await Promise.all(
      all.map((a) =>
        this.practices.get(ctx, a.practiceId).then(
          () => true,
          () => false,
        ),
      ),
    );
    return all.filter((_, i) => readable[i]);
  }

  async metrics(ctx: RequestContext, practiceId: string): Promise<PracticeMetric[]> {
    return byPosition(
      await groupedLoader(ctx, METRICS, this.dataSource, PracticeMetric, 'practiceId').load(practiceId),
    );
  }

  async links(ctx: RequestContext, practiceId: string): Promise<PracticeLink[]> {
    return byPosition(
      await groupedLoader(ctx, LINKS, this.dataSource, PracticeLink, 'practiceId').load(practiceId),
    );
  }

  async contactIds(ctx: RequestContext, practiceId: string): Promise<string[]> {
    return (
      await groupedLoader(ctx, CONTACTS, this.dataSource, PracticeContact, 'practiceId').load(practiceId)
    ).map((c) => c.personId);
  }

  /** Records (or updates) where an organization stands with a practice. */
  @Allow((input: RecordAdoptionInput) => editorOf(input.organizationId))
  async record(ctx: RequestContext, input: RecordAdoptionInput): Promise<Adoption> {
    await this.practices.get(ctx, input.practiceId); // NOT_FOUND when the caller cannot read it
    if (!(await this.dataSource.getRepository(Organization).existsBy({ id: input.organizationId }))) {
      throw AppError.invalidField('organizationId', 'unknownReference');
    }
    if (input.startedOn && input.endedOn && input.endedOn < input.startedOn)
      throw AppError.invalidField('endedOn', 'invalid');
    return this.writes.write(ctx, async (em) => {
      await em.getRepository(Adoption).upsert(
        {
          practiceId: input.practiceId,
          organizationId: input.organizationId,
          status: input.status,
          notes: input.notes ?? null,
          startedOn: input.startedOn ?? null,
          endedOn: input.endedOn ?? null,
          updatedAt: new Date(),
        },
        { conflictPaths: ['practiceId', 'organizationId'] },
      );
      const adoption = await em
        .getRepository(Adoption)
        .findOneByOrFail({ practiceId: input.practiceId, organizationId: input.organizationId });
      return {
        result: adoption,
        audit: {
          entityType: 'Adoption',
          entityId: adoption.id,
          action: 'record',
          changes: {
            practiceId: input.practiceId,
            organizationId: input.organizationId,
            status: input.status,
          },
        },
      };
    });
  }

  async remove(ctx: RequestContext, id: string): Promise<string> {
    return this.writes.write(ctx, async (em) => {
      const adoption = await lockedOrNotFound(em, Adoption, 'Adoption', id);
      await assertAllowed(ctx, editorOf(adoption.organizationId));
      await em.getRepository(Adoption).delete({ id });
      return { result: id, audit: { entityType: 'Adoption', entityId: id, action: 'remove' } };
    });
  }
}
