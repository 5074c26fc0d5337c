import type { ChangeEventSource } from './change-events.js';

/**
 * Whether committed events lie after `position` that readChangeEventsAfter does not return yet:
 * their transaction committed while an older one is still running, so reading them now could
 * pass an event that older transaction may still add. A consumer woken by a notification checks
 * this to know it must look again shortly instead of waiting for the next notification.
 */
export async function changeEventsPendingAfter(
  source: ChangeEventSource,
  position: string,
): Promise<boolean> {
  const match = /^(\d{1,20})\/(\d{1,20})$/.exec(position);
  if (!match) throw new RangeError(`not a change event position: ${position}`);
  const [row] = (await source.query(
    `SELECT EXISTS (SELECT 1 FROM change_events WHERE (tx, id) > ($1::text::xid8, $2::bigint)) AS pending`,
    [match[1], match[2]],
  )) as { pending: boolean }[];
  return row?.pending ?? false;
}
