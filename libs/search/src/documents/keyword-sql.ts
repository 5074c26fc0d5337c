/**
 * SQL fragments shared by the document loaders: the names a record is known by, in every
 * language, as jsonb objects {language, text}. Each takes a SQL expression for an array of ids.
 */
export const topicKeywords = (ids: string) => `
  SELECT jsonb_build_object('language', tt.language,
                            'text', concat_ws(' ', tt.label, array_to_string(tt.synonyms, ' '))) AS k
  FROM topic_translation tt WHERE tt.topic_id = ANY(${ids})`;

export const organizationKeywords = (ids: string) => `
  SELECT jsonb_build_object('language', o.default_language, 'text', concat_ws(' ', o.name, o.acronym)) AS k
  FROM organization o WHERE o.id = ANY(${ids})
  UNION ALL
  SELECT jsonb_build_object('language', ot.language, 'text', ot.name)
  FROM organization_translation ot WHERE ot.organization_id = ANY(${ids}) AND ot.name IS NOT NULL`;

export const cityKeywords = (ids: string) => `
  SELECT jsonb_build_object('language', c.original_language, 'text', c.name) AS k
  FROM city c WHERE c.id = ANY(${ids})
  UNION ALL
  SELECT jsonb_build_object('language', ct.language, 'text', ct.name)
  FROM city_translation ct WHERE ct.city_id = ANY(${ids})`;

export const networkKeywords = (ids: string) => `
  SELECT jsonb_build_object('language', n.original_language, 'text', concat_ws(' ', n.name, n.acronym)) AS k
  FROM network n WHERE n.id = ANY(${ids})
  UNION ALL
  SELECT jsonb_build_object('language', nt.language, 'text', nt.name)
  FROM network_translation nt WHERE nt.network_id = ANY(${ids}) AND nt.name IS NOT NULL`;

/** All keyword fragments, as one jsonb array. */
export const keywordArray = (...fragments: string[]) =>
  `(SELECT coalesce(jsonb_agg(x.k), '[]'::jsonb) FROM (${fragments.join(' UNION ALL ')}) x)`;

export const countryCodes = (cityIds: string) =>
  `ARRAY(SELECT DISTINCT c.country_code::text FROM city c WHERE c.id = ANY(${cityIds}) ORDER BY 1)`;

/** Markdown marks that would only add noise to matching and snippets. */
export const plainText = (sql: string) =>
  `regexp_replace(regexp_replace(${sql}, '!?\\[([^\\]]*)\\]\\([^)]*\\)', '\\1', 'g'), '[*_#>\`~|]+', ' ', 'g')`;
