import { AppError } from '../errors/app-error.js';
import {
  DEFAULT_PAGE_SIZE,
  MAX_PAGE_SIZE,
  type ConnectionResult,
  type PageArgs,
} from './connection.types.js';

/** A position in a list ordered by (sortKey, id): what a cursor encodes. */
export interface KeysetPosition {
  sortKey: string;
  id: string;
}

export interface ValidPage {
  first: number;
  after: KeysetPosition | null;
}

export function encodeCursor(position: KeysetPosition): string {
  return Buffer.from(JSON.stringify([position.sortKey, position.id]), 'utf8').toString('base64url');
}

function decodeCursor(cursor: string): KeysetPosition | null {
  if (cursor.length > 1024) return null;
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (
      Array.isArray(value) &&
      value.length === 2 &&
      typeof value[0] === 'string' &&
      typeof value[1] === 'string'
    ) {
      return { sortKey: value[0], id: value[1] };
    }
  } catch {
    // fall through: an unreadable cursor is a user error, reported below
  }
  return null;
}

/** Checks `first` and `after`; a bad value is a BAD_USER_INPUT error naming the argument. */
export function validatePage(args: PageArgs): ValidPage {
  const first = args.first ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(first) || first < 0 || first > MAX_PAGE_SIZE) {
    throw AppError.invalidField('first', 'pageSize', { max: MAX_PAGE_SIZE });
  }
  let after: KeysetPosition | null = null;
  if (args.after) {
    after = decodeCursor(args.after);
    if (!after) throw AppError.invalidField('after', 'cursor');
  }
  return { first, after };
}

/**
 * Turns `first + 1` rows fetched in (sortKey, id) order into a connection: the extra row only
 * tells whether another page exists.
 */
export function toConnection<Row, Node>(
  rows: Row[],
  page: ValidPage,
  position: (row: Row) => KeysetPosition,
  toNode: (row: Row) => Node,
  totalCount: () => Promise<number>,
): ConnectionResult<Node> {
  const hasNextPage = rows.length > page.first;
  const pageRows = hasNextPage ? rows.slice(0, page.first) : rows;
  const edges = pageRows.map((row) => ({ cursor: encodeCursor(position(row)), node: toNode(row) }));
  return {
    edges,
    pageInfo: {
      hasNextPage,
      hasPreviousPage: page.after !== null,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
    totalCount,
  };
}

/** Maps the nodes of a connection (entity → GraphQL type), keeping cursors and the lazy count. */
export function mapConnection<A, B>(
  connection: ConnectionResult<A>,
  map: (node: A) => B,
): ConnectionResult<B> {
  return { ...connection, edges: connection.edges.map((e) => ({ cursor: e.cursor, node: map(e.node) })) };
}
