import { Injectable } from '@nestjs/common';
import { AppError, type RequestContext } from '#core';
import {
  CitiesService,
  CityFilter,
  NetworkFilter,
  NetworksService,
  OrganizationFilter,
  OrganizationsService,
  PeopleService,
  PersonFilter,
  ProgrammeFilter,
  ProgrammesService,
} from '#directory';
import { PracticesService } from '#practices';
import { TopicFilter, TopicsService } from '#taxonomy';
import { byName } from './web-form-rows.js';
import { WebPages, formFields } from './web-pages.js';
import { PICK_ANSWERS, PICK_PAGE, emptyPickList, type PickKind, type PickList } from './pick-lists.js';
import { WebReader, isNotFound, type Ref } from './web-reader.js';
import { WebSearch } from './web-search.js';

/** The longest filter: the directory filters' own limit (`nameContains`). */
const FILTER_MAX = 100;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f]/;

/** The picker fields of a form: field name → what it picks. */
export type PickFields = Readonly<Record<string, PickKind>>;

/** What a form's POST says about its pickers: the typed filters, and which one asked to filter. */
export interface PickFilters {
  texts: Readonly<Record<string, string>>;
  /** The field whose filter was asked for ('' when none: a save). */
  asked: string;
}

export const noFilters: PickFilters = { texts: {}, asked: '' };

/**
 * The forms' pick lists and the search-as-you-type endpoint, read through the directory's services
 * (their read rules; names in the page's language through WebReader's refs). A chosen value is
 * always listed, however large the directory, so saving a form never drops one (issue 18).
 */
@Injectable()
export class WebPickers {
  constructor(
    private readonly pages: WebPages,
    private readonly reader: WebReader,
    private readonly organizations: OrganizationsService,
    private readonly cities: CitiesService,
    private readonly networks: NetworksService,
    private readonly programmes: ProgrammesService,
    private readonly topics: TopicsService,
    private readonly practices: PracticesService,
    private readonly people: PeopleService,
    private readonly search: WebSearch,
  ) {}

  /**
   * Each picker field's list for a form: the chosen values are the form's (a list's ids comma
   * separated, as the form state keeps them), the filters what the member typed; `alsoListed`
   * are listed unchosen whatever the filter (another version's values, beside a conflict).
   */
  async lists(
    ctx: RequestContext,
    fields: PickFields,
    values: Readonly<Record<string, string>>,
    filters: PickFilters = noFilters,
    alsoListed: Readonly<Record<string, readonly string[]>> = {},
  ): Promise<Record<string, PickList>> {
    // Fields picking the same kind with the same filter share one lookup.
    const lookups = new Map<string, Promise<{ refs: Ref[]; more: boolean }>>();
    const lookup = (kind: PickKind, filter: string) => {
      const key = `${kind}\n${filter}`;
      if (!lookups.has(key)) lookups.set(key, this.find(ctx, kind, filter, PICK_PAGE));
      return lookups.get(key)!;
    };
    const entries = await Promise.all(
      Object.entries(fields).map(async ([name, kind]) => {
        const filter = cleanFilter(filters.texts[name] ?? '');
        const chosen = (values[name] ?? '').split(',');
        const [page, picked, listed, all] = await Promise.all([
          lookup(kind, filter),
          this.refs(ctx, kind, chosen),
          this.refs(ctx, kind, alsoListed[name] ?? []),
          filter ? lookup(kind, '') : null,
        ]);
        const list: PickList = {
          kind,
          entries: byName(unique([...picked, ...listed, ...page.refs])),
          chosen: new Set(picked.map((r) => r.id)),
          filterable: (all ?? page).more || filter !== '',
          filter,
          matches: page.refs.length,
          more: page.more,
          focus: filters.asked === name,
        };
        return [name, list] as const;
      }),
    );
    return Object.fromEntries(entries);
  }

  /** A complete list known to be small (a member's own organizations or networks): no filter. */
  async fixed(ctx: RequestContext, kind: PickKind, ids: readonly string[], chosen = ''): Promise<PickList> {
    const refs = byName(await this.refs(ctx, kind, ids));
    const picked = new Set(refs.filter((r) => r.id === chosen.toLowerCase()).map((r) => r.id));
    return { ...emptyPickList(kind), entries: refs, chosen: picked, matches: refs.length };
  }

  /** The organizations the member edits (the ones they record visits and write practices for). */
  async edited(ctx: RequestContext, chosen = ''): Promise<PickList> {
    const roles = (await ctx.access()).organizationRoles;
    const ids = [...roles].filter(([, role]) => role === 'EDITOR').map(([id]) => id);
    return this.fixed(ctx, 'organization', ids, chosen);
  }

  /** The endpoint's answer: at most PICK_ANSWERS entries whose name contains `q` (any language). */
  async answer(ctx: RequestContext, kind: PickKind, q: string): Promise<Ref[]> {
    if (CONTROL.test(q)) throw AppError.invalidField('q', 'invalid');
    if (kind === 'practice') {
      // Practices have no name filter: `search` finds them, its query refused past the filters' limit.
      if (q.length > FILTER_MAX) throw AppError.invalidField('q', 'maxLength', { max: FILTER_MAX });
      return (await this.find(ctx, kind, q.trim(), PICK_ANSWERS)).refs;
    }
    // The list queries' own filter inputs, so a too long text is refused as GraphQL refuses it.
    if (kind === 'topic') {
      const filter = await this.pages.validated(TopicFilter, q ? { labelContains: q } : {});
      return (await this.find(ctx, kind, filter.labelContains ?? '', PICK_ANSWERS)).refs;
    }
    const filterType = {
      organization: OrganizationFilter,
      city: CityFilter,
      network: NetworkFilter,
      programme: ProgrammeFilter,
      person: PersonFilter,
    }[kind];
    const filter = await this.pages.validated(filterType, q ? { nameContains: q } : {});
    return (await this.find(ctx, kind, filter.nameContains ?? '', PICK_ANSWERS)).refs;
  }

  /** A page of entries whose name (or a translated name) contains the text, accents and case aside. */
  private async find(
    ctx: RequestContext,
    kind: PickKind,
    text: string,
    first: number,
  ): Promise<{ refs: Ref[]; more: boolean }> {
    const filter = text ? { nameContains: text } : {};
    const page = { first };
    if (kind === 'practice') return this.findPractices(ctx, text, first);
    const connection =
      kind === 'person'
        ? await this.people.list(ctx, filter, page)
        : kind === 'organization'
          ? await this.organizations.list(ctx, filter, page)
          : kind === 'city'
            ? await this.cities.list(ctx, filter, page)
            : kind === 'network'
              ? await this.networks.list(ctx, filter, page)
              : kind === 'programme'
                ? await this.programmes.list(ctx, filter, page)
                : await this.topics.list(ctx, text ? { labelContains: text } : {}, page);
    const refs = await this.refs(
      ctx,
      kind,
      connection.edges.map((e) => e.node.id),
    );
    return { refs: byName(refs), more: connection.pageInfo.hasNextPage };
  }

  /** The entries with these ids the caller may read, named in the page's language. */
  private async refs(ctx: RequestContext, kind: PickKind, ids: readonly string[]): Promise<Ref[]> {
    const wellFormed = [...new Set(ids.filter((id) => UUID.test(id)).map((id) => id.toLowerCase()))];
    if (kind === 'topic') return this.topicRefs(ctx, wellFormed);
    if (kind === 'practice')
      return (await this.reader.practiceRefs(ctx, wellFormed)).map((p) => ({ id: p.id, name: p.title }));
    if (kind === 'person')
      return (await Promise.all(wellFormed.map((id) => this.personRef(ctx, id)))).filter(
        (r): r is Ref => r !== null,
      );
    const ref = (id: string): Promise<Ref | null> =>
      kind === 'organization'
        ? this.reader.organizationRef(ctx, id)
        : kind === 'city'
          ? this.reader.cityRef(ctx, id).then((c) => (c ? { id: c.id, name: c.name } : null))
          : kind === 'network'
            ? this.reader.networkRef(ctx, id)
            : this.reader.programmeRef(ctx, id);
    const found = await Promise.all(wellFormed.map(ref));
    return found.filter((r): r is Ref => r !== null);
  }

  /** Practices, newest first, or those `search` finds for the text: only those the caller may read. */
  private async findPractices(
    ctx: RequestContext,
    text: string,
    first: number,
  ): Promise<{ refs: Ref[]; more: boolean }> {
    if (!text) {
      // The list's views are already titled in the page's language: no second read per practice.
      const page = await this.practices.list(ctx, {}, { first });
      const refs = page.edges.map((e) => ({ id: e.node.practice.id, name: e.node.title }));
      return { refs: byName(refs), more: page.pageInfo.hasNextPage };
    }
    const found = await this.search.practiceIds(ctx, text, first);
    return { refs: byName(await this.refs(ctx, 'practice', found.ids)), more: found.more };
  }

  /** People by their name and, to tell namesakes apart, their organization's (no email, no phone). */
  private async personRef(ctx: RequestContext, id: string): Promise<Ref | null> {
    const person = await this.people.get(ctx, id).catch((error: unknown) => {
      if (isNotFound(error)) return null;
      throw error;
    });
    if (!person) return null;
    const organization = await this.reader.organizationRef(ctx, person.organizationId);
    return { id, name: organization ? `${person.name} (${organization.name})` : person.name };
  }

  /** Topics by id, labelled in the page's language (the taxonomy is public). */
  private async topicRefs(ctx: RequestContext, ids: readonly string[]): Promise<Ref[]> {
    const topics = await this.topics.getMany(ctx, ids);
    return Promise.all(
      topics.map(async (t) => ({
        id: t.id,
        name: (await this.topics.localized(ctx, t.id)).translation?.label ?? t.key,
      })),
    );
  }
}

/**
 * What a posted form says about its pickers. Filtering without script is a POST of the whole form
 * (so everything typed comes back): either a picker's Filter button (`filter` = its field), or
 * Enter in a filter box, which sends the form with a filter text other than the one the list shows
 * (`pick:<field>` ≠ `shown:<field>`). Either way nothing is saved.
 */
export function pickFilters(body: unknown, fields: PickFields): PickFilters & { filtering: boolean } {
  const names = Object.keys(fields);
  const posted = formFields(body, ['filter', ...names.flatMap((name) => [`pick:${name}`, `shown:${name}`])]);
  const texts = Object.fromEntries(names.map((name) => [name, cleanFilter(posted[`pick:${name}`] ?? '')]));
  const retyped = names.find(
    (name) => (texts[name] ?? '') !== cleanFilter(posted[`shown:${name}`] ?? '') && isPosted(body, name),
  );
  const button = names.find((name) => name === posted['filter']);
  const asked = button ?? retyped ?? '';
  return { texts, asked, filtering: asked !== '' };
}

/** Whether the form sent this field's filter box (the script takes its name away: it filters itself). */
function isPosted(body: unknown, name: string): boolean {
  return (
    typeof body === 'object' &&
    body !== null &&
    typeof (body as Record<string, unknown>)[`pick:${name}`] === 'string'
  );
}

function cleanFilter(text: string): string {
  return text.replace(new RegExp(CONTROL.source, 'g'), ' ').trim().slice(0, FILTER_MAX);
}

function unique(refs: Ref[]): Ref[] {
  const seen = new Set<string>();
  return refs.filter((r) => !seen.has(r.id) && (seen.add(r.id), true));
}
