import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { ActionItemStatus } from './enums.js';

/** A follow-up from a meeting or a study visit: who does what by when. */
@Entity('action_item')
export class ActionItem {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'meeting_id', type: 'uuid', nullable: true })
  meetingId: string | null;

  @Column({ name: 'study_visit_id', type: 'uuid', nullable: true })
  studyVisitId: string | null;

  @Column({ type: 'varchar', length: 2000 })
  description: string;

  @Column({ name: 'owner_organization_id', type: 'uuid', nullable: true })
  ownerOrganizationId: string | null;

  @Column({ name: 'owner_person_id', type: 'uuid', nullable: true })
  ownerPersonId: string | null;

  @Column({ name: 'due_date', type: 'date', nullable: true })
  dueDate: string | null;

  @Column({ type: 'varchar', length: 8 })
  status: ActionItemStatus;

  /** Bumped by every change: an edit made on an older copy is refused (CONFLICT). */
  @Column({ type: 'integer', default: 1 })
  version: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
