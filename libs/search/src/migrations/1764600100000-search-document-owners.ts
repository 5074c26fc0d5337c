import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Finds the documents of an organization's records from the index itself: when the organization
 * is deleted, its study visits go with it by cascade, and the indexer can only learn which
 * documents to drop from here (see indexing/dependents.ts).
 */
export class SearchDocumentOwners1764600100000 implements MigrationInterface {
  name = 'SearchDocumentOwners1764600100000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE INDEX search_document_organization_ids ON search_document USING gin (organization_ids)`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX search_document_organization_ids`);
  }
}
