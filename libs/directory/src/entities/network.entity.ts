import {
  Column,
  CreateDateColumn,
  Entity,
  PrimaryColumn,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import type { Provenance } from '#core';
import { NetworkRole } from './enums.js';

/** A community of organizations, e.g. the Slovenian town-centre-management (MMS/TCM) network. */
@Entity('network')
export class Network {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'external_ref', type: 'varchar', length: 100, nullable: true, unique: true })
  externalRef: string | null;

  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Column({ type: 'varchar', length: 32, nullable: true })
  acronym: string | null;

  @Column({ type: 'varchar', length: 500, nullable: true })
  website: string | null;

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

@Entity('network_translation')
export class NetworkTranslation {
  @PrimaryColumn({ name: 'network_id', type: 'uuid' })
  networkId: string;

  @PrimaryColumn({ type: 'varchar', length: 2 })
  language: string;

  @Column({ type: 'varchar', length: 200, nullable: true })
  name: string | null;

  @Column({ type: 'text', nullable: true })
  description: string | null;
}

@Entity('network_membership')
export class NetworkMembership {
  @PrimaryColumn({ name: 'network_id', type: 'uuid' })
  networkId: string;

  @PrimaryColumn({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

  @Column({ type: 'varchar', length: 16 })
  role: NetworkRole;

  @Column({ name: 'joined_on', type: 'date', nullable: true })
  joinedOn: string | null;
}
