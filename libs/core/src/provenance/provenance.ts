import type { Type } from '@nestjs/common';
import { Inject } from '@nestjs/common';
import {
  Context,
  Field,
  ObjectType,
  Parent,
  ResolveField,
  Resolver,
  registerEnumType,
} from '@nestjs/graphql';
import DataLoader from 'dataloader';
import { DataSource, type EntityTarget } from 'typeorm';
import { LoaderKey, type RequestContext } from '../context/request-context.js';

/**
 * Where a record's content comes from. The demo data carries it (every demo record names the
 * published article it is drawn from, or says it was written for the demo); an import may carry
 * it; records users create have none.
 */
export enum ProvenanceKind {
  SOURCED = 'SOURCED',
  ILLUSTRATIVE = 'ILLUSTRATIVE',
}

registerEnumType(ProvenanceKind, {
  name: 'ProvenanceKind',
  valuesMap: {
    SOURCED: { description: 'Drawn from the published sources named (the note names any invented detail).' },
    ILLUSTRATIVE: { description: 'Written for illustration: no published source says it.' },
  },
});

/** A published article a record is drawn from. */
export interface ProvenanceSource {
  title: string;
  /** ISO date of publication, when the article carries one. */
  date?: string;
}

/** As a content table stores it (a jsonb column) and as the JSON Lines format writes it. */
export interface Provenance {
  kind: `${ProvenanceKind}`;
  sources?: ProvenanceSource[];
  note?: string;
}

/** The same provenance with its members in one order, whatever order jsonb kept them in. */
export function canonicalProvenance(p: Provenance): Provenance {
  const sources = p.sources?.map((s) => (s.date ? { title: s.title, date: s.date } : { title: s.title }));
  return {
    kind: p.kind,
    ...(sources?.length ? { sources } : {}),
    ...(p.note ? { note: p.note } : {}),
  };
}

@ObjectType('ProvenanceSource', { description: 'A published article a record is drawn from.' })
export class ProvenanceSourceType {
  @Field({ description: "The article's title (or the page's name), in its own language." })
  title: string;

  @Field(() => String, {
    nullable: true,
    description: 'ISO date of publication; null when the article has none.',
  })
  date: string | null;
}

@ObjectType('Provenance', {
  description:
    "Where a record's content comes from: the demo data names its sources or says it is illustrative. Null on records users create.",
})
export class ProvenanceType {
  @Field(() => ProvenanceKind)
  kind: ProvenanceKind;

  @Field(() => [ProvenanceSourceType], { description: 'Empty when nothing published says it.' })
  sources: ProvenanceSourceType[];

  @Field(() => String, {
    nullable: true,
    description: 'What in a sourced record was invented, or what an illustrative one stands for.',
  })
  note: string | null;
}

export function toProvenanceType(p: Provenance): ProvenanceType {
  return {
    kind: p.kind as ProvenanceKind,
    sources: (p.sources ?? []).map((s) => ({ title: s.title, date: s.date ?? null })),
    note: p.note ?? null,
  };
}

/**
 * A resolver adding `provenance` to a GraphQL type whose records live in `entity`'s table (with
 * a `provenance` column). Read only when asked for, in one statement per level of a query, so
 * lists and mappers need not carry it.
 */
export function ProvenanceResolver(of: Type<{ id: string }>, entity: EntityTarget<unknown>): Type<unknown> {
  const key = new LoaderKey<string, Provenance | null>(`provenance:${of.name}`);

  @Resolver(() => of)
  class ProvenanceFieldResolver {
    constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

    @ResolveField(() => ProvenanceType, {
      nullable: true,
      description: "Where the record's content comes from; null on records users create.",
    })
    async provenance(
      @Parent() record: { id: string },
      @Context() ctx: RequestContext,
    ): Promise<ProvenanceType | null> {
      const provenance = await ctx.loader(key, () => this.loader()).load(record.id);
      return provenance && toProvenanceType(provenance);
    }

    private loader(): DataLoader<string, Provenance | null> {
      const table = this.dataSource.getMetadata(entity).tableName;
      return new DataLoader(async (ids) => {
        const rows = (await this.dataSource.query(
          `SELECT id, provenance FROM ${table} WHERE id = ANY($1::uuid[])`,
          [[...ids]],
        )) as { id: string; provenance: Provenance | null }[];
        const byId = new Map(rows.map((row) => [row.id, row.provenance]));
        return ids.map((id) => byId.get(id) ?? null);
      });
    }
  }
  // Nest and error messages tell resolvers apart by name.
  Object.defineProperty(ProvenanceFieldResolver, 'name', { value: `${of.name}ProvenanceResolver` });
  return ProvenanceFieldResolver;
}
