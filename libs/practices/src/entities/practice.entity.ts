import {
  Column,
  CreateDateColumn,
  Entity,
  PrimaryColumn,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import type { Provenance } from '#core';
import { PracticeStatus, Visibility } from './enums.js';

/** A good practice (case study) shared by an organization. Text lives in PracticeTranslation. */
@Entity('practice')
export class Practice {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'external_ref', type: 'varchar', length: 100, nullable: true, unique: true })
  externalRef: string | null;

  @Column({ name: 'owner_organization_id', type: 'uuid' })
  ownerOrganizationId: string;

  @Column({ name: 'city_id', type: 'uuid', nullable: true })
  cityId: string | null;

  @Column({ type: 'varchar', length: 16 })
  status: PracticeStatus;

  @Column({ type: 'varchar', length: 16 })
  visibility: Visibility;

  @Column({ name: 'original_language', type: 'varchar', length: 2 })
  originalLanguage: string;

  @Column({ name: 'period_start', type: 'date', nullable: true })
  periodStart: string | null;

  @Column({ name: 'period_end', type: 'date', nullable: true })
  periodEnd: string | null;

  /** Decimal as text: amounts are money, never floats. */
  @Column({ name: 'budget_amount', type: 'numeric', precision: 14, scale: 2, nullable: true })
  budgetAmount: string | null;

  @Column({ name: 'budget_currency', type: 'char', length: 3, nullable: true })
  budgetCurrency: string | null;

  @Column({ name: 'funding_programme_id', type: 'uuid', nullable: true })
  fundingProgrammeId: string | null;

  @Column({ name: 'source_url', type: 'varchar', length: 1000, nullable: true })
  sourceUrl: string | null;

  /** Optimistic locking: every update must name the version it read. */
  @Column({ type: 'integer', default: 1 })
  version: number;

  @Column({ name: 'published_at', type: 'timestamptz', nullable: true })
  publishedAt: Date | null;

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

@Entity('practice_translation')
export class PracticeTranslation {
  @PrimaryColumn({ name: 'practice_id', type: 'uuid' })
  practiceId: string;

  @PrimaryColumn({ type: 'varchar', length: 2 })
  language: string;

  @Column({ type: 'varchar', length: 300 })
  title: string;

  @Column({ type: 'text', nullable: true })
  summary: string | null;

  @Column({ type: 'text', nullable: true })
  challenge: string | null;

  @Column({ type: 'text', nullable: true })
  solution: string | null;

  @Column({ type: 'text', nullable: true })
  results: string | null;

  /** What did not work. */
  @Column({ name: 'lessons_learned', type: 'text', nullable: true })
  lessonsLearned: string | null;

  @Column({ type: 'text', nullable: true })
  transferability: string | null;
}

@Entity('practice_topic')
export class PracticeTopic {
  @PrimaryColumn({ name: 'practice_id', type: 'uuid' })
  practiceId: string;

  @PrimaryColumn({ name: 'topic_id', type: 'uuid' })
  topicId: string;
}

/** Networks a practice is shared with (NETWORK visibility opens it to their members). */
@Entity('practice_network')
export class PracticeNetwork {
  @PrimaryColumn({ name: 'practice_id', type: 'uuid' })
  practiceId: string;

  @PrimaryColumn({ name: 'network_id', type: 'uuid' })
  networkId: string;
}
