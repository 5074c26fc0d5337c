import {
  Column,
  CreateDateColumn,
  Entity,
  PrimaryColumn,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import type { Provenance } from '#core';

@Entity('city')
export class City {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** Stable identifier used by imports (e.g. `city:panevezys`). */
  @Column({ name: 'external_ref', type: 'varchar', length: 100, nullable: true, unique: true })
  externalRef: string | null;

  @Column({ name: 'country_code', type: 'char', length: 2 })
  countryCode: string;

  /** The city's own name, in its local language. */
  @Column({ type: 'varchar', length: 160 })
  name: string;

  @Column({ name: 'original_language', type: 'varchar', length: 2 })
  originalLanguage: string;

  @Column({ type: 'integer', nullable: true })
  population: number | null;

  @Column({ type: 'double precision', nullable: true })
  latitude: number | null;

  @Column({ type: 'double precision', nullable: true })
  longitude: number | null;

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

/** The city's name in another language (Vekšė for Växjö in Lithuanian). */
@Entity('city_translation')
export class CityTranslation {
  @PrimaryColumn({ name: 'city_id', type: 'uuid' })
  cityId: string;

  @PrimaryColumn({ type: 'varchar', length: 2 })
  language: string;

  @Column({ type: 'varchar', length: 160 })
  name: string;
}
