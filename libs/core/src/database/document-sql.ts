/** SQL fragments for building jsonb documents of records (the search documents' text fields). */

/** Keyword fragments (each selecting jsonb `k` = {language, text}) as one jsonb array. */
export const keywordArray = (...fragments: string[]) =>
  `(SELECT coalesce(jsonb_agg(x.k), '[]'::jsonb) FROM (${fragments.join(' UNION ALL ')}) x)`;

/** Markdown marks that would only add noise to matching and snippets. */
export const plainText = (sql: string) =>
  `regexp_replace(regexp_replace(${sql}, '!?\\[([^\\]]*)\\]\\([^)]*\\)', '\\1', 'g'), '[*_#>\`~|]+', ' ', 'g')`;
