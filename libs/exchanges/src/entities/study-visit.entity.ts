import {
  Column,
  CreateDateColumn,
  Entity,
  PrimaryColumn,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import type { Provenance } from '#core';
import { ExchangeVisibility } from './enums.js';

/** One organization visiting others (in one or several cities) to learn from them. */
@Entity('study_visit')
export class StudyVisit {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'external_ref', type: 'varchar', length: 100, nullable: true, unique: true })
  externalRef: string | null;

  /** The visiting organization that records the visit; its editors maintain it. */
  @Column({ name: 'owner_organization_id', type: 'uuid' })
  ownerOrganizationId: string;

  @Column({ name: 'network_id', type: 'uuid', nullable: true })
  networkId: string | null;

  @Column({ name: 'funding_programme_id', type: 'uuid', nullable: true })
  fundingProgrammeId: string | null;

  @Column({ name: 'start_date', type: 'date' })
  startDate: string;

  @Column({ name: 'end_date', type: 'date' })
  endDate: string;

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

@Entity('study_visit_translation')
export class StudyVisitTranslation {
  @PrimaryColumn({ name: 'study_visit_id', type: 'uuid' })
  studyVisitId: string;

  @PrimaryColumn({ type: 'varchar', length: 2 })
  language: string;

  @Column({ type: 'varchar', length: 300 })
  title: string;

  @Column({ type: 'text', nullable: true })
  purpose: string | null;

  @Column({ type: 'text', nullable: true })
  learnings: string | null;
}

@Entity('study_visit_organization')
export class StudyVisitOrganization {
  @PrimaryColumn({ name: 'study_visit_id', type: 'uuid' })
  studyVisitId: string;

  @PrimaryColumn({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

  @PrimaryColumn({ type: 'varchar', length: 8 })
  role: 'VISITOR' | 'HOST';
}

@Entity('study_visit_item')
export class StudyVisitItem {
  @PrimaryColumn({ name: 'study_visit_id', type: 'uuid' })
  studyVisitId: string;

  @PrimaryColumn({ type: 'smallint' })
  position: number;

  @Column({ type: 'date' })
  date: string;

  @Column({ name: 'host_organization_id', type: 'uuid', nullable: true })
  hostOrganizationId: string | null;

  @Column({ type: 'varchar', length: 300 })
  title: string;
}

@Entity('study_visit_participant')
export class StudyVisitParticipant {
  @PrimaryColumn({ name: 'study_visit_id', type: 'uuid' })
  studyVisitId: string;

  @PrimaryColumn({ name: 'person_id', type: 'uuid' })
  personId: string;
}

@Entity('study_visit_practice')
export class StudyVisitPractice {
  @PrimaryColumn({ name: 'study_visit_id', type: 'uuid' })
  studyVisitId: string;

  @PrimaryColumn({ name: 'practice_id', type: 'uuid' })
  practiceId: string;
}

@Entity('study_visit_topic')
export class StudyVisitTopic {
  @PrimaryColumn({ name: 'study_visit_id', type: 'uuid' })
  studyVisitId: string;

  @PrimaryColumn({ name: 'topic_id', type: 'uuid' })
  topicId: string;
}

/** A city hosting the visit, for hosts with no organization recorded yet. */
@Entity('study_visit_host_city')
export class StudyVisitHostCity {
  @PrimaryColumn({ name: 'study_visit_id', type: 'uuid' })
  studyVisitId: string;

  @PrimaryColumn({ name: 'city_id', type: 'uuid' })
  cityId: string;
}
