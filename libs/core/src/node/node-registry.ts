import { Injectable } from '@nestjs/common';
import type { RequestContext } from '../context/request-context.js';
import { AppError } from '../errors/app-error.js';
import { ErrorCode } from '../errors/error-code.js';

/**
 * How one record type is read by id for `node`/`nodes`. `load` must apply the same read rule as
 * the type's own query (through its service) and leave out what the caller may not read, in a
 * constant number of statements whatever the number of keys.
 */
export interface NodeReader {
  /** The GraphQL type name, e.g. "Practice". */
  typename: string;
  /**
   * `uuid`: ids are the records' UUIDs, primary keys (`id`) of `table`, which `node` searches to
   * learn a bare UUID's type. `typed`: ids are "<typename>:<key>" (a country's code).
   */
  key: { kind: 'uuid'; table: string } | { kind: 'typed' };
  /** The readable records among `keys`, by key, as GraphQL values. */
  load(ctx: RequestContext, keys: readonly string[]): Promise<Map<string, object>>;
}

/** The record types `node` can read: each module registers its own at start. */
@Injectable()
export class NodeRegistry {
  private readonly readers = new Map<string, NodeReader>();

  register(...readers: NodeReader[]): void {
    for (const reader of readers) {
      if (this.readers.has(reader.typename))
        throw new Error(`node reader ${reader.typename} registered twice`);
      // Table names go into SQL: only plain identifiers, written by us.
      if (reader.key.kind === 'uuid' && !/^[a-z_]+$/.test(reader.key.table)) {
        throw new Error(`node reader ${reader.typename}: bad table ${reader.key.table}`);
      }
      this.readers.set(reader.typename, reader);
    }
  }

  get(typename: string): NodeReader | undefined {
    return this.readers.get(typename);
  }

  get all(): readonly NodeReader[] {
    return [...this.readers.values()];
  }
}

/**
 * A reader's `load` over a service's single read (`get`, batched by its DataLoader when called
 * for all keys at once): a key the service answers NOT_FOUND for is left out.
 */
export async function readEach<T>(
  keys: readonly string[],
  get: (key: string) => Promise<T>,
  map: (value: T) => object,
): Promise<Map<string, object>> {
  const values = await Promise.all(
    keys.map((key) =>
      get(key).then(
        (value) => [key, map(value)] as const,
        (error: unknown) => {
          if (error instanceof AppError && error.code === ErrorCode.NOT_FOUND) return null;
          throw error;
        },
      ),
    ),
  );
  return new Map(values.filter((entry) => entry !== null));
}
