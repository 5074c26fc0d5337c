export enum MeetingKind {
  NETWORK_MEETING = 'NETWORK_MEETING',
  CONFERENCE = 'CONFERENCE',
  WORKSHOP = 'WORKSHOP',
  WEBINAR = 'WEBINAR',
}

export enum ExchangeVisibility {
  PUBLIC = 'PUBLIC',
  /** Members of the meeting's (or visit's) network. */
  NETWORK = 'NETWORK',
  /** The visiting organization only (study visits). */
  PRIVATE = 'PRIVATE',
}

export enum ActionItemStatus {
  OPEN = 'OPEN',
  DONE = 'DONE',
  DROPPED = 'DROPPED',
}
