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

/** A checked page request: `size` items from the start (`first`) or the end (`last`) of the window. */
export interface ValidPage {
  size: number;
  /** Asked with `last`: the rows are read in the reverse order and turned round. */
  backward: boolean;
  after: KeysetPosition | null;
  before: KeysetPosition | null;
}

/** The cursor arguments, as errors name them. */
export type CursorArgument = 'after' | 'before';

/** One side of the window a page reads from: rows strictly beyond `position` in the list's order. */
export interface KeysetBound {
  argument: CursorArgument;
  position: KeysetPosition;
  /** The SQL comparison of (sort key, id) against the position. */
  operator: '<' | '>';
}

/** How to read a page of a list ordered `direction`: the order to read in and the bounds. */
export interface KeysetPlan {
  order: 'ASC' | 'DESC';
  bounds: KeysetBound[];
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
      typeof value[1] === 'string' &&
      // PostgreSQL refuses NUL in text: it would fail the statement instead of the argument.
      !`${value[0]}${value[1]}`.includes('\u0000')
    ) {
      return { sortKey: value[0], id: value[1] };
    }
  } catch {
    // fall through: an unreadable cursor is a user error, reported below
  }
  return null;
}

function validSize(value: number, argument: 'first' | 'last'): number {
  if (!Number.isInteger(value) || value < 0 || value > MAX_PAGE_SIZE) {
    throw AppError.invalidField(argument, 'pageSize', { max: MAX_PAGE_SIZE });
  }
  return value;
}

function validCursor(cursor: string | null | undefined, argument: CursorArgument): KeysetPosition | null {
  if (!cursor) return null;
  const position = decodeCursor(cursor);
  if (!position) throw AppError.invalidField(argument, 'cursor');
  return position;
}

/**
 * Checks `first`/`last` and `after`/`before`; a bad value is a BAD_USER_INPUT error naming the
 * argument. `first` and `last` together are refused: Relay allows it, but the page it describes
 * (the last m of the first n) is never what a client means, and no cache asks for it.
 */
export function validatePage(args: PageArgs): ValidPage {
  const hasFirst = args.first !== undefined && args.first !== null;
  const hasLast = args.last !== undefined && args.last !== null;
  if (hasFirst && hasLast) throw AppError.invalidField('last', 'firstAndLast');
  const backward = hasLast;
  const size = backward
    ? validSize(args.last as number, 'last')
    : validSize(args.first ?? DEFAULT_PAGE_SIZE, 'first');
  return {
    size,
    backward,
    after: validCursor(args.after, 'after'),
    before: validCursor(args.before, 'before'),
  };
}

/**
 * The read order and bounds for a list whose natural order is `direction` (then id the same
 * way). `after` keeps rows later in the list, `before` rows earlier; a backward page reads the
 * list from its end, so the rows nearest `before` come first, and toConnection turns them round.
 */
export function keysetPlan(page: ValidPage, direction: 'ASC' | 'DESC'): KeysetPlan {
  const later = direction === 'ASC' ? '>' : '<';
  const earlier = direction === 'ASC' ? '<' : '>';
  const bounds: KeysetBound[] = [];
  if (page.after) bounds.push({ argument: 'after', position: page.after, operator: later });
  if (page.before) bounds.push({ argument: 'before', position: page.before, operator: earlier });
  const reversed = direction === 'ASC' ? 'DESC' : 'ASC';
  return { order: page.backward ? reversed : direction, bounds };
}

/**
 * Turns `size + 1` rows fetched in the plan's order into a connection: the extra row only tells
 * whether another page exists on the side the page was read towards. On the other side, a cursor
 * given means the caller came from there (Relay lets a server answer so when counting is costly).
 */
export function toConnection<Row, Node>(
  rows: Row[],
  page: ValidPage,
  position: (row: Row) => KeysetPosition,
  toNode: (row: Row) => Node,
  totalCount: () => Promise<number>,
): ConnectionResult<Node> {
  const more = rows.length > page.size;
  const pageRows = more ? rows.slice(0, page.size) : rows;
  if (page.backward) pageRows.reverse();
  const edges = pageRows.map((row) => ({ cursor: encodeCursor(position(row)), node: toNode(row) }));
  return {
    edges,
    pageInfo: {
      hasNextPage: page.backward ? page.before !== null : more,
      hasPreviousPage: page.backward ? more : page.after !== null,
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

/**
 * Whether a cursor's sort key is a calendar date PostgreSQL reads ("YYYY-MM-DD", year 1 on): a
 * forged "2020-13-45" must fail as input, not as a cast in SQL.
 */
export function isCursorDate(value: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(value) && value >= '0001' && isRealDate(`${value}T00:00:00Z`, value);
}

/** The same for a UTC timestamp with microseconds ("YYYY-MM-DDTHH:MM:SS.ffffffZ"). */
export function isCursorTimestamp(value: string): boolean {
  return (
    /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/.test(value) &&
    value >= '0001' &&
    isRealDate(`${value.slice(0, 19)}Z`, value.slice(0, 19))
  );
}

/** Date.parse accepts "2021-02-30" as 2 March: a real date reads back the same. */
function isRealDate(iso: string, expected: string): boolean {
  const time = Date.parse(iso);
  return !Number.isNaN(time) && new Date(time).toISOString().startsWith(expected);
}
