/** The subset of node:crypto's Hash that @apollo/server uses: update(data), then digest(encoding). */
export interface OneShotHash {
  update(data: string | Uint8Array): OneShotHash;
  digest(): Buffer;
  digest(encoding: 'hex' | 'base64' | 'base64url' | 'latin1'): string;
}
export declare function createHash(kind: string): OneShotHash;
