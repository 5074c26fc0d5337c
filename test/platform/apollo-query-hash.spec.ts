import { createHash as nodeCreateHash } from 'node:crypto';
import { realpathSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from '@jest/globals';

// @apollo/server hashes every request's query through @apollo/utils.createhash; package.json
// overrides it with vendor/apollo-utils-createhash (one-shot hashing, no native object per request).
const requireFromApollo = createRequire(createRequire(import.meta.url).resolve('@apollo/server'));
const resolved = realpathSync(requireFromApollo.resolve('@apollo/utils.createhash'));
const { createHash } = requireFromApollo('@apollo/utils.createhash') as {
  createHash: (kind: string) => {
    update(data: string | Uint8Array): ReturnType<typeof createHash>;
    digest(encoding?: 'hex' | 'base64'): string | Buffer;
  };
};

describe("Apollo's query hash", () => {
  it('is the vendored one-shot implementation', () => {
    expect(resolved).toMatch(/\/vendor\/apollo-utils-createhash\/index\.js$/);
  });

  it.each([
    ['sha256', ['{ apiVersion }']],
    ['sha256', ['']],
    ['sha256', ['query { search(query: "Panevėžys ūkis 漢字") { totalCount } }']],
    ['sha512', ['part one, ', 'part two']],
  ])('%s of %j equals node:crypto', (kind, parts) => {
    const ours = createHash(kind);
    const reference = nodeCreateHash(kind);
    for (const part of parts) {
      ours.update(part);
      reference.update(part);
    }
    expect(ours.digest('hex')).toBe(reference.digest('hex'));
  });

  it('takes bytes and digests to a Buffer or base64 as node:crypto does', () => {
    const bytes = Buffer.from([0, 1, 2, 250, 251, 252]);
    const buffer = createHash('sha256').update(bytes).update('tail').digest();
    expect(Buffer.isBuffer(buffer)).toBe(true);
    expect((buffer as Buffer).toString('hex')).toBe(
      nodeCreateHash('sha256').update(bytes).update('tail').digest('hex'),
    );
    expect(createHash('sha256').update('x').digest('base64')).toBe(
      nodeCreateHash('sha256').update('x').digest('base64'),
    );
  });
});
