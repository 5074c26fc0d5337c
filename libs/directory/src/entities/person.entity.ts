import {
  Column,
  CreateDateColumn,
  Entity,
  PrimaryColumn,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import type { Provenance } from '#core';

/** A contact person. Email and phone are personal data: only members may see them. */
@Entity('person')
export class Person {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'external_ref', type: 'varchar', length: 100, nullable: true, unique: true })
  externalRef: string | null;

  @Column({ type: 'varchar', length: 160 })
  name: string;

  @Column({ name: 'organization_id', type: 'uuid', nullable: true })
  organizationId: string | null;

  @Column({ type: 'varchar', length: 254, nullable: true })
  email: string | null;

  @Column({ type: 'varchar', length: 40, nullable: true })
  phone: string | null;

  @Column({ name: 'original_language', type: 'varchar', length: 2 })
  originalLanguage: string;

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

/** The person's public role, per language ("projekto vadovė" / "project manager"). */
@Entity('person_translation')
export class PersonTranslation {
  @PrimaryColumn({ name: 'person_id', type: 'uuid' })
  personId: string;

  @PrimaryColumn({ type: 'varchar', length: 2 })
  language: string;

  @Column({ type: 'varchar', length: 200 })
  role: string;
}
