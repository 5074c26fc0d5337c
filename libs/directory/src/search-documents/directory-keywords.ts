/**
 * The names directory records are known by, in every language, as keyword fragments for other
 * records' search documents (jsonb {language, text} as `k`). Each takes a SQL uuid[] expression.
 */
export const organizationKeywords = (ids: string) => `
  SELECT jsonb_build_object('language', o.default_language, 'text', concat_ws(' ', o.name, o.acronym)) AS k
  FROM organization o WHERE o.id = ANY(${ids})
  UNION ALL
  SELECT jsonb_build_object('language', ot.language, 'text', ot.name)
  FROM organization_translation ot WHERE ot.organization_id = ANY(${ids}) AND ot.name IS NOT NULL`;

/**
 * The organizations' names (and acronyms) as one line of text, or null: for those a record names
 * without being about their places (a meeting's attendees, a study visit's visitors), which are
 * body text rather than labels. Takes a SQL uuid[] expression.
 */
export const organizationNames = (ids: string) => `(
  SELECT string_agg(concat_ws(' ', o.name, o.acronym), ', ' ORDER BY o.name) FROM organization o WHERE o.id = ANY(${ids}))`;

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

/** The country codes of the given cities, as text[]. */
export const countryCodes = (cityIds: string) =>
  `ARRAY(SELECT DISTINCT c.country_code::text FROM city c WHERE c.id = ANY(${cityIds}) ORDER BY 1)`;

/**
 * Rows `{ name text }`: every city's name in every language it has one in, for search to know a
 * place a query names, in one word or several ("Novo mesto", "Murska Sobota").
 */
export const CITY_NAMES = `
  SELECT c.name FROM city c
  UNION
  SELECT ct.name FROM city_translation ct`;
