import {
  Column,
  CreateDateColumn,
  Entity,
  PrimaryColumn,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import { AdoptionStatus, LinkKind } from './enums.js';

/** A measured result, e.g. "visitors" 12000 "per year". */
@Entity('practice_metric')
export class PracticeMetric {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'practice_id', type: 'uuid' })
  practiceId: string;

  @Column({ type: 'smallint' })
  position: number;

  @Column({ type: 'varchar', length: 200 })
  name: string;

  /** Decimal as text. */
  @Column({ type: 'numeric', precision: 18, scale: 4 })
  value: string;

  @Column({ type: 'varchar', length: 40, nullable: true })
  unit: string | null;
}

@Entity('practice_link')
export class PracticeLink {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'practice_id', type: 'uuid' })
  practiceId: string;

  @Column({ type: 'smallint' })
  position: number;

  @Column({ type: 'varchar', length: 1000 })
  url: string;

  @Column({ type: 'varchar', length: 300 })
  title: string;

  @Column({ type: 'varchar', length: 16 })
  kind: LinkKind;

  @Column({ type: 'varchar', length: 2, nullable: true })
  language: string | null;
}

@Entity('practice_contact')
export class PracticeContact {
  @PrimaryColumn({ name: 'practice_id', type: 'uuid' })
  practiceId: string;

  @PrimaryColumn({ name: 'person_id', type: 'uuid' })
  personId: string;
}

/** The record of transfer: an organization considering, adapting, adopting or dropping a practice. */
@Entity('adoption')
export class Adoption {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'practice_id', type: 'uuid' })
  practiceId: string;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

  @Column({ type: 'varchar', length: 16 })
  status: AdoptionStatus;

  @Column({ type: 'text', nullable: true })
  notes: string | null;

  @Column({ name: 'started_on', type: 'date', nullable: true })
  startedOn: string | null;

  @Column({ name: 'ended_on', type: 'date', nullable: true })
  endedOn: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
