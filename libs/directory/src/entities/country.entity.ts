import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** A country, keyed by its ISO 3166-1 alpha-2 code. */
@Entity('country')
export class Country {
  @PrimaryColumn({ type: 'char', length: 2 })
  code: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

@Entity('country_translation')
export class CountryTranslation {
  @PrimaryColumn({ name: 'country_code', type: 'char', length: 2 })
  countryCode: string;

  @PrimaryColumn({ type: 'varchar', length: 2 })
  language: string;

  @Column({ type: 'varchar', length: 120 })
  name: string;
}
