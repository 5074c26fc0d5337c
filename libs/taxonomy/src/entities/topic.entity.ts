import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { Provenance } from '#core';

@Entity('topic')
export class Topic {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** Stable, language-neutral key, e.g. `town-centre-management`. */
  @Column({ type: 'varchar', length: 64, unique: true })
  key: string;

  @Column({ name: 'parent_id', type: 'uuid', nullable: true })
  parentId: string | null;

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

@Entity('topic_translation')
export class TopicTranslation {
  @Column({ name: 'topic_id', type: 'uuid', primary: true })
  topicId: string;

  @Column({ type: 'varchar', length: 2, primary: true })
  language: string;

  @Column({ type: 'varchar', length: 120 })
  label: string;

  /** Other words people use for the topic in this language (search finds them too). */
  @Column({ type: 'text', array: true, default: () => `'{}'` })
  synonyms: string[];
}
