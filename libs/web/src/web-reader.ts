import { Injectable } from '@nestjs/common';
import { DataSource, In } from 'typeorm';
import { AppError, ErrorCode, markdownToSafeHtml, type Provenance, type RequestContext } from '#core';
import {
  CitiesService,
  NetworksService,
  OrganizationsService,
  PeopleService,
  ProgrammesService,
  type Organization,
} from '#directory';
import { ActionItem, ActionItemsService, MeetingsService, StudyVisitsService } from '#exchanges';
import {
  Adoption,
  PracticeContact,
  PracticeLink,
  PracticeMetric,
  PracticeEditingService,
  PracticesService,
  type Practice,
  type PracticeView,
} from '#practices';
import { Topic, TopicsService } from '#taxonomy';

/** A record another page links to, named in the page's language. */
export interface Ref {
  id: string;
  name: string;
}

export interface TopicRef {
  key: string;
  label: string;
}

export interface CityRef extends Ref {
  countryCode: string;
}

/** Which language a record is shown in, and which it exists in (for the fallback notice). */
export interface LanguageFacts {
  language: string;
  originalLanguage: string;
  availableLanguages: string[];
}

/** What every record page says at its top: its languages and where its content comes from. */
export interface RecordFacts extends LanguageFacts {
  /** Null on records users create; the demo data names its sources or says it is illustrative. */
  provenance: Provenance | null;
}

export interface PracticeRef {
  id: string;
  title: string;
  language: string;
}

export interface ActionItemView {
  id: string;
  /** What a change must name as the version it was made on. */
  version: number;
  /** Whether the caller may change it (the API's rule): the page offers its status and edit forms. */
  editable: boolean;
  /** Whether the caller may delete it (deleteActionItem's rule: the meeting's or visit's managers). */
  deletable: boolean;
  ownerOrganizationId: string | null;
  description: string;
  status: string;
  dueDate: string | null;
  owner: Ref | null;
  ownerPerson: string | null;
}

/** What the practice page offers those allowed: editing, translating and the workflow's next step. */
export interface PracticeActions {
  id: string;
  version: number;
  status: string;
  originalLanguage: string;
  /** The language the page shows it in: a translation there may be removed from the page. */
  language: string;
  /** The owner's editors: text, translations, submitting (PracticeEditingService.mayEdit). */
  mayEdit: boolean;
  /** Coordinators of a network it is shared with: publishing, returning (mayPublish). */
  mayPublish: boolean;
}

export interface PracticePage extends RecordFacts {
  id: string;
  actions: PracticeActions;
  title: string;
  status: string;
  periodStart: string | null;
  periodEnd: string | null;
  budget: { amount: string; currency: string } | null;
  sourceUrl: string | null;
  organization: Ref | null;
  city: CityRef | null;
  programme: Ref | null;
  topics: TopicRef[];
  networks: Ref[];
  /** Sanitized HTML from the translation's Markdown, per section. */
  sections: Record<
    'summary' | 'challenge' | 'solution' | 'results' | 'lessonsLearned' | 'transferability',
    string | null
  >;
  metrics: { name: string; value: string; unit: string | null }[];
  links: { url: string; title: string; kind: string; language: string | null }[];
  /** Email and phone only for those the API shows them to (PeopleService.contactDetailsVisible). */
  contacts: { name: string; role: string | null; email: string | null; phone: string | null }[];
  adoptions: { organization: Ref; status: string }[];
  more: PracticeRef[];
}

export interface MeetingPage extends RecordFacts {
  id: string;
  /** Whether the caller may change it (the API's rule): the page links to its form. */
  editable: boolean;
  title: string;
  kind: string;
  date: string;
  venue: string | null;
  network: Ref | null;
  host: Ref | null;
  city: CityRef | null;
  summary: string | null;
  agenda: string[];
  notes: string | null;
  decisions: string | null;
  attendees: Ref[];
  topics: TopicRef[];
  practices: PracticeRef[];
  actions: ActionItemView[];
}

export interface StudyVisitPage extends RecordFacts {
  id: string;
  /** Whether the reader may change it (the edit form's rule). */
  editable: boolean;
  title: string;
  startDate: string;
  endDate: string;
  purpose: string | null;
  learnings: string | null;
  network: Ref | null;
  programme: Ref | null;
  hosts: Ref[];
  /** Host cities where no host organization is recorded (yet). */
  hostCities: CityRef[];
  visitors: Ref[];
  items: { date: string; title: string; host: Ref | null }[];
  participants: string[];
  topics: TopicRef[];
  practices: PracticeRef[];
  actions: ActionItemView[];
}

export interface OrganizationPage extends RecordFacts {
  id: string;
  /** Whether the reader may write its practices (the "Write a practice" link). */
  mayWritePractice: boolean;
  name: string;
  acronym: string | null;
  kind: string;
  website: string | null;
  city: CityRef | null;
  description: string | null;
  topics: TopicRef[];
  networks: (Ref & { role: string })[];
  practices: PracticeRef[];
  visits: PracticeRef[];
}

export interface NetworkPage extends RecordFacts {
  id: string;
  /** Whether the reader may log its meetings (the "Log a meeting" link). */
  mayLogMeeting: boolean;
  /** Whether the reader records visits for one of its member organizations ("Log a study visit"). */
  mayLogVisit: boolean;
  name: string;
  acronym: string | null;
  website: string | null;
  description: string | null;
  members: (Ref & { role: string })[];
  meetings: (PracticeRef & { date: string })[];
  practices: PracticeRef[];
}

export interface TopicPage extends RecordFacts {
  key: string;
  label: string;
  synonyms: string[];
  parent: TopicRef | null;
  children: TopicRef[];
  practices: PracticeRef[];
}

const LIST_SIZE = 20;

/** 404 for the pages: the same error a GraphQL read raises for a record the caller may not read. */
export const isNotFound = (error: unknown): boolean =>
  error instanceof AppError && error.code === ErrorCode.NOT_FOUND;

const md = (text: string | null | undefined): string | null => markdownToSafeHtml(text ?? null);

/** numeric(18,4) comes back as "12000.0000"; people wrote "12000" (as GraphQL's `metrics` shows it). */
export const decimalText = (value: string): string =>
  value.includes('.') ? value.replace(/\.?0+$/, '') : value;

/**
 * What each page shows, read through the modules' services (their read rules decide what the
 * caller sees; a record they may not read is NOT_FOUND, as in GraphQL). The few details no service
 * exports a reader for (a practice's metrics, links, contacts and adoptions, an exchange's action
 * items) are read here only after the record itself was read through its service, exactly as the
 * GraphQL field resolvers do.
 */
@Injectable()
export class WebReader {
  constructor(
    private readonly dataSource: DataSource,
    private readonly practices: PracticesService,
    private readonly practiceEditing: PracticeEditingService,
    private readonly meetings: MeetingsService,
    private readonly visits: StudyVisitsService,
    private readonly organizations: OrganizationsService,
    private readonly networks: NetworksService,
    private readonly cities: CitiesService,
    private readonly people: PeopleService,
    private readonly programmes: ProgrammesService,
    private readonly topics: TopicsService,
    private readonly actionItemsService: ActionItemsService,
  ) {}

  async practice(ctx: RequestContext, id: string): Promise<PracticePage> {
    const view = await this.practices.get(ctx, id);
    const p = view.practice;
    const [translations, topicIds, networkIds, organization, city, programme] = await Promise.all([
      this.practices.translations(ctx, id),
      this.practices.topicIds(ctx, id),
      this.practices.networkIds(ctx, id),
      this.organizationRef(ctx, p.ownerOrganizationId),
      this.cityRef(ctx, p.cityId),
      this.programmeRef(ctx, p.fundingProgrammeId),
    ]);
    const text = translations.find((t) => t.language === view.language);
    const [metrics, links, contacts, adoptions] = await Promise.all([
      this.dataSource
        .getRepository(PracticeMetric)
        .find({ where: { practiceId: id }, order: { position: 'ASC' } }),
      this.dataSource
        .getRepository(PracticeLink)
        .find({ where: { practiceId: id }, order: { position: 'ASC' } }),
      this.dataSource.getRepository(PracticeContact).find({ where: { practiceId: id } }),
      this.dataSource
        .getRepository(Adoption)
        .find({ where: { practiceId: id }, order: { updatedAt: 'DESC' } }),
    ]);
    const more = await this.practices.list(ctx, { organizationId: p.ownerOrganizationId }, { first: 6 });
    return {
      id,
      actions: await this.practiceActions(ctx, p, view.language),
      title: view.title,
      language: view.language,
      originalLanguage: p.originalLanguage,
      availableLanguages: view.availableLanguages,
      provenance: p.provenance ?? null,
      status: p.status,
      periodStart: p.periodStart,
      periodEnd: p.periodEnd,
      budget:
        p.budgetAmount && p.budgetCurrency ? { amount: p.budgetAmount, currency: p.budgetCurrency } : null,
      sourceUrl: p.sourceUrl,
      organization,
      city,
      programme,
      topics: await this.topicRefs(ctx, topicIds),
      networks: (await Promise.all(networkIds.map((n) => this.networkRef(ctx, n)))).filter(isRef),
      sections: {
        summary: md(view.summary),
        challenge: md(text?.challenge),
        solution: md(text?.solution),
        results: md(text?.results),
        lessonsLearned: md(text?.lessonsLearned),
        transferability: md(text?.transferability),
      },
      metrics: metrics.map((m) => ({ name: m.name, value: decimalText(m.value), unit: m.unit })),
      links: links.map((l) => ({ url: l.url, title: l.title, kind: l.kind, language: l.language })),
      contacts: await Promise.all(
        contacts.map(async (c) => {
          const person = await this.people.get(ctx, c.personId);
          const role = await this.people.localized(ctx, person);
          const visible = await this.people.contactDetailsVisible(ctx, person);
          return {
            name: person.name,
            role: role.translation?.role ?? null,
            email: visible ? person.email : null,
            phone: visible ? person.phone : null,
          };
        }),
      ),
      adoptions: (
        await Promise.all(
          adoptions.map(async (a) => {
            const organization = await this.organizationRef(ctx, a.organizationId);
            return organization ? { organization, status: a.status as string } : null;
          }),
        )
      ).filter((a): a is { organization: Ref; status: string } => a !== null),
      more: more.edges.filter((e) => e.node.practice.id !== id).map((e) => practiceRef(e.node)),
    };
  }

  /** What the reader may do with the practice, by the editing service's own rules. */
  private async practiceActions(
    ctx: RequestContext,
    p: Practice,
    language: string,
  ): Promise<PracticeActions> {
    const [mayEdit, mayPublish] = await Promise.all([
      this.practiceEditing.mayEdit(ctx, p),
      this.practiceEditing.mayPublish(ctx, p),
    ]);
    const { id, version, status, originalLanguage } = p;
    return { id, version, status, originalLanguage, language, mayEdit, mayPublish };
  }

  async meeting(ctx: RequestContext, id: string): Promise<MeetingPage> {
    const view = await this.meetings.get(ctx, id);
    const m = view.meeting;
    const [network, host, city, attendeeIds, practiceIds, topicIds, actions] = await Promise.all([
      this.networkRef(ctx, m.networkId),
      this.organizationRef(ctx, m.hostOrganizationId),
      this.cityRef(ctx, m.cityId),
      this.meetings.attendeeIds(ctx, id),
      this.meetings.practiceIds(ctx, id),
      this.meetings.topicIds(ctx, id),
      this.actionItems(ctx, { meetingId: id }),
    ]);
    return {
      id,
      editable: await this.meetings.mayManage(ctx, m),
      title: view.translation?.title ?? '',
      language: view.translation?.language ?? m.originalLanguage,
      originalLanguage: m.originalLanguage,
      provenance: m.provenance ?? null,
      availableLanguages: view.availableLanguages,
      kind: m.kind,
      date: m.date,
      venue: m.venue,
      network,
      host,
      city,
      summary: md(view.translation?.summary),
      agenda: view.agenda,
      notes: md(view.translation?.notes),
      decisions: md(view.translation?.decisions),
      attendees: await this.organizationRefs(ctx, attendeeIds),
      topics: await this.topicRefs(ctx, topicIds),
      practices: await this.practiceRefs(ctx, practiceIds),
      actions,
    };
  }

  async studyVisit(ctx: RequestContext, id: string): Promise<StudyVisitPage> {
    const view = await this.visits.get(ctx, id);
    const v = view.visit;
    const [network, programme, hostIds, visitorIds, participantIds, practiceIds, topicIds, actions] =
      await Promise.all([
        this.networkRef(ctx, v.networkId),
        this.programmeRef(ctx, v.fundingProgrammeId),
        this.visits.organizations(ctx, id, 'HOST'),
        this.visits.organizations(ctx, id, 'VISITOR'),
        this.visits.participantIds(ctx, id),
        this.visits.practiceIds(ctx, id),
        this.visits.topicIds(ctx, id),
        this.actionItems(ctx, { studyVisitId: id }),
      ]);
    return {
      id,
      editable: await this.visits.mayManage(ctx, v),
      title: view.translation?.title ?? '',
      language: view.translation?.language ?? v.originalLanguage,
      originalLanguage: v.originalLanguage,
      provenance: v.provenance ?? null,
      availableLanguages: view.availableLanguages,
      startDate: v.startDate,
      endDate: v.endDate,
      purpose: md(view.translation?.purpose),
      learnings: md(view.translation?.learnings),
      network,
      programme,
      hosts: await this.organizationRefs(ctx, hostIds),
      hostCities: (
        await Promise.all((await this.visits.hostCityIds(ctx, id)).map((c) => this.cityRef(ctx, c)))
      ).filter(isRef),
      visitors: await this.organizationRefs(ctx, visitorIds),
      items: await Promise.all(
        [...view.items]
          .sort((a, b) => a.position - b.position)
          .map(async (item) => ({
            date: item.date,
            title: item.title,
            host: await this.organizationRef(ctx, item.hostOrganizationId),
          })),
      ),
      participants: await Promise.all(participantIds.map(async (p) => (await this.people.get(ctx, p)).name)),
      topics: await this.topicRefs(ctx, topicIds),
      practices: await this.practiceRefs(ctx, practiceIds),
      actions,
    };
  }

  async organization(ctx: RequestContext, id: string): Promise<OrganizationPage> {
    const organization = await this.organizations.get(ctx, id);
    const [picked, city, topicIds, memberships, practices, visits] = await Promise.all([
      this.organizations.localized(ctx, organization),
      this.cityRef(ctx, organization.cityId),
      this.organizations.topicIds(ctx, id),
      this.networks.membershipsOf(ctx, id),
      this.practices.list(ctx, { organizationId: id }, { first: LIST_SIZE }),
      this.visits.list(ctx, { organizationId: id }, { first: LIST_SIZE }),
    ]);
    return {
      id,
      mayWritePractice: await this.practiceEditing.mayWrite(ctx, id),
      name: picked.translation?.name ?? organization.name,
      acronym: organization.acronym,
      kind: organization.kind,
      website: organization.website,
      city,
      description: md(picked.translation?.description),
      language: picked.translation?.language ?? organization.defaultLanguage,
      originalLanguage: organization.defaultLanguage,
      provenance: organization.provenance ?? null,
      availableLanguages: picked.availableLanguages,
      topics: await this.topicRefs(ctx, topicIds),
      networks: (
        await Promise.all(
          memberships.map(async (m) => {
            const network = await this.networkRef(ctx, m.networkId);
            return network ? { ...network, role: m.role } : null;
          }),
        )
      ).filter(isRef),
      practices: practices.edges.map((e) => practiceRef(e.node)),
      visits: visits.edges.map((e) => ({
        id: e.node.visit.id,
        title: e.node.translation?.title ?? '',
        language: e.node.translation?.language ?? e.node.visit.originalLanguage,
      })),
    };
  }

  /** Which forms the network page links to: each shown only to whoever its service's rule lets use it. */
  private async networkLinks(
    ctx: RequestContext,
    id: string,
    members: readonly { organizationId: string }[],
  ): Promise<Pick<NetworkPage, 'mayLogMeeting' | 'mayLogVisit'>> {
    if (ctx.principal.kind !== 'user') return { mayLogMeeting: false, mayLogVisit: false };
    const recorders = await Promise.all(members.map((m) => this.visits.mayRecord(ctx, m.organizationId)));
    return { mayLogMeeting: await this.meetings.mayLog(ctx, id), mayLogVisit: recorders.includes(true) };
  }

  async network(ctx: RequestContext, id: string): Promise<NetworkPage> {
    const network = await this.networks.get(ctx, id);
    const [picked, members, meetings, practices] = await Promise.all([
      this.networks.localized(ctx, network),
      this.networks.members(ctx, id),
      this.meetings.list(ctx, { networkId: id }, { first: LIST_SIZE }),
      this.practices.list(ctx, { networkId: id }, { first: LIST_SIZE }),
    ]);
    return {
      id,
      ...(await this.networkLinks(ctx, id, members)),
      name: picked.translation?.name ?? network.name,
      acronym: network.acronym,
      website: network.website,
      description: md(picked.translation?.description),
      language: picked.translation?.language ?? network.originalLanguage,
      originalLanguage: network.originalLanguage,
      provenance: network.provenance ?? null,
      availableLanguages: picked.availableLanguages,
      members: (
        await Promise.all(
          members.map(async (m) => {
            const organization = await this.organizationRef(ctx, m.organizationId);
            return organization ? { ...organization, role: m.role } : null;
          }),
        )
      ).filter(isRef),
      meetings: meetings.edges.map((e) => ({
        id: e.node.meeting.id,
        title: e.node.translation?.title ?? '',
        language: e.node.translation?.language ?? e.node.meeting.originalLanguage,
        date: e.node.meeting.date,
      })),
      practices: practices.edges.map((e) => practiceRef(e.node)),
    };
  }

  async topic(ctx: RequestContext, key: string): Promise<TopicPage> {
    // The taxonomy is public; TopicsService has no read by key, so the key is looked up here.
    const row = await this.dataSource.getRepository(Topic).findOne({ where: { key }, select: { id: true } });
    if (!row) throw AppError.notFound('Topic', key);
    const topic = await this.topics.get(ctx, row.id);
    const [picked, children, practices] = await Promise.all([
      this.topics.localized(ctx, topic.id),
      this.topics.children(ctx, topic.id),
      this.practices.list(ctx, { topicId: topic.id }, { first: LIST_SIZE }),
    ]);
    const parent = topic.parentId ? await this.topicRefs(ctx, [topic.parentId]) : [];
    return {
      key: topic.key,
      label: picked.translation?.label ?? topic.key,
      synonyms: picked.translation?.synonyms ?? [],
      language: picked.translation?.language ?? 'en',
      originalLanguage: 'en',
      provenance: topic.provenance ?? null,
      availableLanguages: picked.availableLanguages,
      parent: parent[0] ?? null,
      children: await this.topicRefs(
        ctx,
        children.map((c) => c.id),
      ),
      practices: practices.edges.map((e) => practiceRef(e.node)),
    };
  }

  /** Topics by id, as links: label in the page's language, sorted by label. */
  async topicRefs(ctx: RequestContext, ids: readonly string[]): Promise<TopicRef[]> {
    const topics = await this.topics.getMany(ctx, ids);
    const refs = await Promise.all(
      topics.map(async (t) => ({
        key: t.key,
        id: t.id,
        label: (await this.topics.localized(ctx, t.id)).translation?.label ?? t.key,
      })),
    );
    return refs.sort((a, b) => a.label.localeCompare(b.label));
  }

  /** Topic ids by key (the search page's `topic` parameter); unknown keys are left out. */
  async topicIdsByKey(keys: readonly string[]): Promise<Map<string, string>> {
    const rows = await this.dataSource
      .getRepository(Topic)
      .find({ where: { key: In([...keys]) }, select: { id: true, key: true } });
    return new Map(rows.map((row) => [row.key, row.id]));
  }

  async topicsById(ctx: RequestContext, ids: readonly string[]): Promise<Map<string, TopicRef>> {
    const topics = await this.topics.getMany(ctx, ids);
    const entries = await Promise.all(
      topics.map(
        async (t) =>
          [
            t.id,
            { key: t.key, label: (await this.topics.localized(ctx, t.id)).translation?.label ?? t.key },
          ] as const,
      ),
    );
    return new Map(entries);
  }

  async rootTopics(ctx: RequestContext): Promise<TopicRef[]> {
    const roots = await this.topics.list(ctx, { rootsOnly: true }, { first: 50 });
    return this.topicRefs(
      ctx,
      roots.edges.map((e) => e.node.id),
    );
  }

  async cityRef(ctx: RequestContext, id: string | null): Promise<CityRef | null> {
    if (!id) return null;
    try {
      const city = await this.cities.get(ctx, id);
      const picked = await this.cities.localized(ctx, {
        id: city.id,
        originalLanguage: city.originalLanguage,
        localName: city.name,
      });
      return { id: city.id, name: picked.translation?.name ?? city.name, countryCode: city.countryCode };
    } catch (error) {
      if (isNotFound(error)) return null;
      throw error;
    }
  }

  async organizationRef(ctx: RequestContext, id: string | null): Promise<Ref | null> {
    if (!id) return null;
    const organization = await this.organizations.find(ctx, id);
    return organization ? this.named(ctx, organization) : null;
  }

  private async organizationRefs(ctx: RequestContext, ids: readonly string[]): Promise<Ref[]> {
    const refs = await Promise.all(ids.map((id) => this.organizationRef(ctx, id)));
    return refs.filter(isRef).sort((a, b) => a.name.localeCompare(b.name));
  }

  private async named(ctx: RequestContext, organization: Organization): Promise<Ref> {
    const picked = await this.organizations.localized(ctx, organization);
    return { id: organization.id, name: picked.translation?.name ?? organization.name };
  }

  async networkRef(ctx: RequestContext, id: string | null): Promise<Ref | null> {
    if (!id) return null;
    try {
      const network = await this.networks.get(ctx, id);
      const picked = await this.networks.localized(ctx, network);
      return { id, name: picked.translation?.name ?? network.name };
    } catch (error) {
      if (isNotFound(error)) return null;
      throw error;
    }
  }

  async programmeRef(ctx: RequestContext, id: string | null): Promise<Ref | null> {
    if (!id) return null;
    try {
      const programme = await this.programmes.get(ctx, id);
      const picked = await this.programmes.localized(ctx, programme);
      return { id, name: picked.translation?.name ?? programme.name };
    } catch (error) {
      if (isNotFound(error)) return null;
      throw error;
    }
  }

  /** The practices among these that the caller may read (one statement), in the page's language. */
  async practiceRefs(ctx: RequestContext, ids: string[]): Promise<PracticeRef[]> {
    const readable = await this.practices.readableIds(ctx, ids);
    const views = await Promise.all(
      ids.filter((id) => readable.has(id)).map((id) => this.practices.get(ctx, id)),
    );
    return views.map(practiceRef);
  }

  /**
   * One action item the caller may read, as its parent's page lists it, with that page's path
   * (without the language); null when there is none the caller may read.
   */
  async actionItem(ctx: RequestContext, id: string): Promise<{ item: ActionItemView; back: string } | null> {
    const [row] = await this.actionItemsService.readable(ctx, [id]);
    if (!row) return null;
    const [where, back] = row.meetingId
      ? [{ meetingId: row.meetingId }, `/meetings/${row.meetingId}`]
      : [{ studyVisitId: row.studyVisitId ?? '' }, `/study-visits/${row.studyVisitId ?? ''}`];
    const item = (await this.actionItems(ctx, where)).find((view) => view.id === id);
    return item ? { item, back } : null;
  }

  /** A meeting's or visit's action items: read after the meeting or visit itself was (as in GraphQL). */
  private async actionItems(
    ctx: RequestContext,
    where: { meetingId: string } | { studyVisitId: string },
  ): Promise<ActionItemView[]> {
    const items = await this.dataSource
      .getRepository(ActionItem)
      .find({ where, order: { createdAt: 'ASC' } });
    const personIds = [...new Set(items.flatMap((i) => (i.ownerPersonId ? [i.ownerPersonId] : [])))];
    const people = new Map(
      (await Promise.all(personIds.map((p) => this.people.get(ctx, p).catch(() => null))))
        .filter((p) => p !== null)
        .map((p) => [p.id, p.name]),
    );
    return Promise.all(
      items.map(async (item) => ({
        id: item.id,
        version: item.version,
        editable: await this.actionItemsService.mayChange(ctx, item),
        deletable: await this.actionItemsService.mayDelete(ctx, item),
        ownerOrganizationId: item.ownerOrganizationId,
        description: item.description,
        status: item.status,
        dueDate: item.dueDate,
        owner: await this.organizationRef(ctx, item.ownerOrganizationId),
        ownerPerson: item.ownerPersonId ? (people.get(item.ownerPersonId) ?? null) : null,
      })),
    );
  }
}

function practiceRef(view: PracticeView): PracticeRef {
  return { id: view.practice.id, title: view.title, language: view.language };
}

function isRef<T extends Ref>(value: T | null): value is T {
  return value !== null;
}
