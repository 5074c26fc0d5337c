import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { DataSource } from 'typeorm';
import { LoaderKey, type RequestContext } from '../context/request-context.js';
import { NodeRegistry, type NodeReader } from './node-registry.js';
import { NODE_TYPENAME, type NodeValue } from './node.types.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const TYPED_ID = /^([A-Z][A-Za-z]{0,39}):([^\s:]{1,64})$/;

/** Every `node` and `nodes` of one request share one loader: aliases cost no more statements. */
const NODES = new LoaderKey<string, NodeValue | null>('nodes');

/** A global id taken apart: a record's UUID (type unknown yet) or a typed key. */
type ParsedId = { kind: 'uuid'; uuid: string } | { kind: 'typed'; reader: NodeReader; key: string } | null;

/**
 * Reads records by global id, each through its type's reader (the type's own service and read
 * rule). A batch costs one statement to learn which type each bare UUID belongs to, then the
 * readers' own (batched) statements per type present; ids that are malformed, unknown or not
 * readable by the caller all read as null alike.
 */
@Injectable()
export class NodeReading {
  constructor(
    private readonly registry: NodeRegistry,
    private readonly dataSource: DataSource,
  ) {}

  loader(ctx: RequestContext): DataLoader<string, NodeValue | null> {
    return ctx.loader(NODES, () => new DataLoader((ids) => this.read(ctx, ids)));
  }

  private async read(ctx: RequestContext, ids: readonly string[]): Promise<(NodeValue | null)[]> {
    const parsed = ids.map((id) => this.parse(id));
    const uuids = [...new Set(parsed.flatMap((p) => (p?.kind === 'uuid' ? [p.uuid] : [])))];
    const typeOf = await this.locate(uuids);
    const wanted = new Map<NodeReader, Set<string>>();
    const target = parsed.map((p): { reader: NodeReader; key: string } | null => {
      if (!p) return null;
      const reader = p.kind === 'typed' ? p.reader : typeOf.get(p.uuid);
      if (!reader) return null;
      const key = p.kind === 'typed' ? p.key : p.uuid;
      wanted.set(reader, (wanted.get(reader) ?? new Set()).add(key));
      return { reader, key };
    });
    const loaded = new Map<NodeReader, Map<string, object>>();
    await Promise.all(
      [...wanted].map(async ([reader, keys]) => loaded.set(reader, await reader.load(ctx, [...keys]))),
    );
    return target.map((t) => {
      const value = t ? loaded.get(t.reader)?.get(t.key) : undefined;
      return value ? Object.assign(value, { [NODE_TYPENAME]: t!.reader.typename }) : null;
    });
  }

  private parse(id: string): ParsedId {
    if (UUID.test(id)) return { kind: 'uuid', uuid: id.toLowerCase() };
    const typed = TYPED_ID.exec(id);
    const reader = typed ? this.registry.get(typed[1]!) : undefined;
    return reader?.key.kind === 'typed' ? { kind: 'typed', reader, key: typed![2]! } : null;
  }

  /** Which type each UUID is a record of: one statement over the registered tables' primary keys. */
  private async locate(uuids: string[]): Promise<Map<string, NodeReader>> {
    const readers = this.registry.all.filter((r) => r.key.kind === 'uuid');
    if (uuids.length === 0 || readers.length === 0) return new Map();
    const selects = readers.map(
      (r, i) =>
        `SELECT ${i} AS reader, id::text AS id FROM ${(r.key as { table: string }).table} WHERE id = ANY($1::uuid[])`,
    );
    const rows = (await this.dataSource.query(selects.join(' UNION ALL '), [uuids])) as {
      reader: number;
      id: string;
    }[];
    return new Map(rows.map((row) => [row.id, readers[row.reader]!]));
  }
}
