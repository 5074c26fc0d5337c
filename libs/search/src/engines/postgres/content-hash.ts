/**
 * A document's content as one number: its title, summary, body and labels hashed. Ranking breaks
 * its last ties by it (after the score and the date), so two imports of the same data — whose
 * records get new random ids and land in another physical order — rank alike, down to two records
 * of one name and date. 64 bits of an MD5: equal only for equal texts, in practice.
 */
export function contentHashSql(title: string, summary: string, body: string, keywords: string): string {
  return `('x' || left(md5(concat_ws(E'\\x1f', ${title}, ${summary}, ${body}, ${keywords}::text)), 16))::bit(64)::bigint`;
}
