/** Topic labels and synonyms in every language, as keyword fragments ({language, text} as `k`). */
export const topicKeywords = (ids: string) => `
  SELECT jsonb_build_object('language', tt.language,
                            'text', concat_ws(' ', tt.label, array_to_string(tt.synonyms, ' '))) AS k
  FROM topic_translation tt WHERE tt.topic_id = ANY(${ids})`;

/** Each topic's labels and synonyms in every language, as one group of words (`words`, lower case not implied). */
export const TOPIC_SYNONYM_GROUPS = `
  SELECT array_agg(DISTINCT w ORDER BY w) AS words
  FROM topic_translation tt, unnest(array_append(tt.synonyms, tt.label)) AS w
  GROUP BY tt.topic_id`;
