export enum PracticeStatus {
  DRAFT = 'DRAFT',
  IN_REVIEW = 'IN_REVIEW',
  PUBLISHED = 'PUBLISHED',
  ARCHIVED = 'ARCHIVED',
}

export enum Visibility {
  /** Anyone, including anonymous visitors and every portal. */
  PUBLIC = 'PUBLIC',
  /** Members of the networks the record is shared with. */
  NETWORK = 'NETWORK',
  /** The owner organization only. */
  PRIVATE = 'PRIVATE',
}

export enum AdoptionStatus {
  CONSIDERING = 'CONSIDERING',
  ADAPTING = 'ADAPTING',
  ADOPTED = 'ADOPTED',
  DROPPED = 'DROPPED',
}

export enum LinkKind {
  WEBSITE = 'WEBSITE',
  DOCUMENT = 'DOCUMENT',
  VIDEO = 'VIDEO',
  IMAGE = 'IMAGE',
  PRESS = 'PRESS',
  OTHER = 'OTHER',
}

export enum PracticeSort {
  /** By publication (or creation) date, newest first. */
  NEWEST = 'NEWEST',
  OLDEST = 'OLDEST',
  RECENTLY_UPDATED = 'RECENTLY_UPDATED',
}
