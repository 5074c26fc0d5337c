import {
  Column,
  CreateDateColumn,
  Entity,
  PrimaryColumn,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import type { Provenance } from '#core';
import { ExchangeVisibility, MeetingKind } from './enums.js';

@Entity('meeting')
export class Meeting {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'external_ref', type: 'varchar', length: 100, nullable: true, unique: true })
  externalRef: string | null;

  @Column({ name: 'network_id', type: 'uuid' })
  networkId: string;

  @Column({ type: 'varchar', length: 20 })
  kind: MeetingKind;

  @Column({ name: 'host_organization_id', type: 'uuid', nullable: true })
  hostOrganizationId: string | null;

  @Column({ name: 'city_id', type: 'uuid', nullable: true })
  cityId: string | null;

  @Column({ type: 'varchar', length: 300, nullable: true })
  venue: string | null;

  @Column({ type: 'date' })
  date: string;

  @Column({ name: 'attendee_count', type: 'integer', nullable: true })
  attendeeCount: number | null;

  @Column({ name: 'original_language', type: 'varchar', length: 2 })
  originalLanguage: string;

  @Column({ type: 'varchar', length: 16 })
  visibility: ExchangeVisibility;

  @Column({ type: 'integer', default: 1 })
  version: number;

  /**
   * Where the content comes from (the demo data's sources); null on records users create. Absent
   * from rows a list builds itself: the GraphQL field reads it on its own.
   */
  @Column({ type: 'jsonb', nullable: true })
  provenance?: Provenance | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

@Entity('meeting_translation')
export class MeetingTranslation {
  @PrimaryColumn({ name: 'meeting_id', type: 'uuid' })
  meetingId: string;

  @PrimaryColumn({ type: 'varchar', length: 2 })
  language: string;

  @Column({ type: 'varchar', length: 300 })
  title: string;

  @Column({ type: 'text', nullable: true })
  summary: string | null;

  @Column({ type: 'text', nullable: true })
  notes: string | null;

  @Column({ type: 'text', nullable: true })
  decisions: string | null;

  /** Agenda items in order, in this language (empty when none were written). */
  @Column({ type: 'text', array: true, default: () => `'{}'` })
  agenda: string[];
}

@Entity('meeting_attendee')
export class MeetingAttendee {
  @PrimaryColumn({ name: 'meeting_id', type: 'uuid' })
  meetingId: string;

  @PrimaryColumn({ name: 'organization_id', type: 'uuid' })
  organizationId: string;
}

@Entity('meeting_practice')
export class MeetingPractice {
  @PrimaryColumn({ name: 'meeting_id', type: 'uuid' })
  meetingId: string;

  @PrimaryColumn({ name: 'practice_id', type: 'uuid' })
  practiceId: string;
}

@Entity('meeting_topic')
export class MeetingTopic {
  @PrimaryColumn({ name: 'meeting_id', type: 'uuid' })
  meetingId: string;

  @PrimaryColumn({ name: 'topic_id', type: 'uuid' })
  topicId: string;
}
