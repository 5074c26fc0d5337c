import type { Ref } from './web-reader.js';

/**
 * What a picker picks from: the directory's lists and the topics, which GraphQL lets anyone read;
 * people (names, as GraphQL's `people` shows them to anyone; never email or phone); practices (only
 * those the caller may read, as `practices` and `search` give them).
 */
export const PICK_KINDS = [
  'organization',
  'city',
  'network',
  'programme',
  'topic',
  'person',
  'practice',
] as const;
export type PickKind = (typeof PICK_KINDS)[number];

/** How many entries a form's list shows before it offers a filter (the API's largest page). */
export const PICK_PAGE = 100;
/** How many entries the search-as-you-type endpoint answers. */
export const PICK_ANSWERS = 20;
/** One form field's list: a page of entries (narrowed by the filter) and, always, the chosen ones. */
export interface PickList {
  kind: PickKind;
  /** Sorted by name in the page's language; the chosen ones are among them whatever the list's size. */
  entries: Ref[];
  /** The chosen entries' ids (for a checkbox list: listed first). */
  chosen: ReadonlySet<string>;
  /** The directory holds more than one page: the form offers a filter. */
  filterable: boolean;
  /** The filter applied ('' for none), and how many entries matched it on this page. */
  filter: string;
  matches: number;
  /** More entries match than the page shows. */
  more: boolean;
  /** The list the member just filtered (its filter box gets the focus back). */
  focus: boolean;
}

/** A list with nothing to pick (a form part that is not shown). */
export function emptyPickList(kind: PickKind): PickList {
  return {
    kind,
    entries: [],
    chosen: new Set(),
    filterable: false,
    filter: '',
    matches: 0,
    more: false,
    focus: false,
  };
}
