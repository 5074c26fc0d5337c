import { VOCABULARY } from './vocabulary.js';

/**
 * A synthetic multilingual corpus for `npm run bench:search`, as JSON Lines records the importer
 * takes: cities and organizations, then practices written in lt, sl, en, sv or fi (a third also
 * translated to English). Words follow a Zipf distribution over each language's real
 * city-marketing vocabulary followed by thousands of generated words with that language's letters
 * and endings, so a query can be common, rare or absent, as in real collections. Deterministic.
 */
export const CORPUS_LANGUAGES = ['lt', 'sl', 'en', 'sv', 'fi'] as const;
type CorpusLanguage = (typeof CORPUS_LANGUAGES)[number];

const COUNTRY: Record<CorpusLanguage, string> = { lt: 'LT', sl: 'SI', en: 'IE', sv: 'SE', fi: 'FI' };
const LETTERS: Record<CorpusLanguage, { syllables: string[]; endings: string[] }> = {
  lt: {
    syllables: ['ka', 'ru', 'šė', 'vi', 'ža', 'lo', 'ne', 'pa', 'ti', 'gū', 'mi', 'ės'],
    endings: ['as', 'ai', 'ų', 'os', 'ė', 'is', 'ams'],
  },
  sl: {
    syllables: ['ko', 'ra', 'či', 've', 'že', 'lo', 'ne', 'pa', 'tr', 'gu', 'mi', 'šk'],
    endings: ['a', 'e', 'ih', 'ov', 'em', 'i'],
  },
  en: {
    syllables: ['con', 'ter', 'ba', 'ri', 'sto', 'mel', 'der', 'pla', 'vin', 'cor', 'lu', 'sen'],
    endings: ['ing', 'ed', 's', 'er', 'ion', 'ly'],
  },
  sv: {
    syllables: ['bo', 'rä', 'sk', 'vå', 'lö', 'ne', 'pa', 'ti', 'gu', 'mi', 'ka', 'ste'],
    endings: ['en', 'et', 'ar', 'na', 'or', 'ande'],
  },
  fi: {
    syllables: ['ka', 'ru', 'sä', 'vi', 'tö', 'lo', 'ne', 'pa', 'ti', 'ku', 'mi', 'jä'],
    endings: ['nen', 'ssa', 'lla', 'sta', 'ksi', 't'],
  },
};
const GENERATED_WORDS = 4000;

/** mulberry32: small, fast, seeded. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface Corpus {
  /** Directory records (not timed), then practice records (timed). */
  directory: string[];
  practices: string[];
  /** Words that exist in each language, by frequency rank (for queries). */
  words: Record<CorpusLanguage, string[]>;
  cityNames: string[];
}

export function generateCorpus(records: number, topicKeys: string[], seed = 42): Corpus {
  const rand = random(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;
  const words = {} as Record<CorpusLanguage, string[]>;
  for (const language of CORPUS_LANGUAGES) {
    const { syllables, endings } = LETTERS[language];
    const generated = new Set<string>();
    while (generated.size < GENERATED_WORDS) {
      const count = 2 + Math.floor(rand() * 2);
      let word = '';
      for (let i = 0; i < count; i++) word += pick(syllables);
      generated.add(word + pick(endings));
    }
    words[language] = [...new Set([...(VOCABULARY[language] ?? []), ...generated])];
  }
  // Zipf: rank r drawn with probability ∝ 1/r (inverse-CDF over a precomputed table).
  const zipf = (list: string[]) => {
    const cumulative: number[] = [];
    let sum = 0;
    for (let r = 1; r <= list.length; r++) cumulative.push((sum += 1 / r));
    return () => {
      const x = rand() * sum;
      let lo = 0;
      let hi = cumulative.length - 1;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (cumulative[mid]! < x) lo = mid + 1;
        else hi = mid;
      }
      return list[lo]!;
    };
  };
  const draw = Object.fromEntries(CORPUS_LANGUAGES.map((l) => [l, zipf(words[l])])) as Record<
    CorpusLanguage,
    () => string
  >;
  const phrase = (language: CorpusLanguage, n: number) =>
    Array.from({ length: n }, () => draw[language]()).join(' ');
  const sentence = (language: CorpusLanguage, n: number) => {
    const text = phrase(language, n);
    return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
  };

  // Countries the demo data may lack; re-importing one that exists only updates its names.
  const directory: string[] = [
    JSON.stringify({
      type: 'country',
      ref: 'IE',
      names: { en: 'Ireland', lt: 'Airija', sl: 'Irska', sv: 'Irland', fi: 'Irlanti' },
    }),
  ];
  const cityNames: string[] = [];
  const cities = Math.max(20, Math.round(records / 500));
  for (let i = 0; i < cities; i++) {
    const language = CORPUS_LANGUAGES[i % CORPUS_LANGUAGES.length]!;
    const raw = words[language][200 + ((i * 7) % 3000)]!;
    const name = `${raw.charAt(0).toUpperCase()}${raw.slice(1)}`;
    cityNames.push(name);
    directory.push(
      JSON.stringify({ type: 'city', ref: `sb:city:${i}`, country: COUNTRY[language], name, language }),
    );
  }
  const organizations = Math.max(50, Math.round(records / 100));
  for (let i = 0; i < organizations; i++) {
    const city = i % cities;
    const language = CORPUS_LANGUAGES[city % CORPUS_LANGUAGES.length]!;
    directory.push(
      JSON.stringify({
        type: 'organization',
        ref: `sb:org:${i}`,
        kind: pick(['MUNICIPALITY', 'DEVELOPMENT_AGENCY', 'TOURISM_BOARD', 'NGO'] as const),
        name: `${cityNames[city]} ${phrase(language, 2)}`,
        city: `sb:city:${city}`,
        language,
      }),
    );
  }

  const practices: string[] = [];
  const start = Date.UTC(2015, 0, 1);
  for (let i = 0; i < records; i++) {
    const org = Math.floor(rand() * organizations);
    const city = org % cities;
    const language = CORPUS_LANGUAGES[city % CORPUS_LANGUAGES.length]!;
    const text = (l: CorpusLanguage) => ({
      title: sentence(l, 6 + Math.floor(rand() * 5)).slice(0, 290),
      summary: sentence(l, 25 + Math.floor(rand() * 15)),
      challenge: sentence(l, 40 + Math.floor(rand() * 30)),
      solution: sentence(l, 40 + Math.floor(rand() * 40)),
      results: sentence(l, 20 + Math.floor(rand() * 30)),
    });
    const translations: Record<string, ReturnType<typeof text>> = { [language]: text(language) };
    if (language !== 'en' && rand() < 0.33) translations['en'] = text('en');
    practices.push(
      JSON.stringify({
        type: 'practice',
        ref: `sb:practice:${i}`,
        organization: `sb:org:${org}`,
        city: `sb:city:${city}`,
        language,
        status: 'PUBLISHED',
        visibility: rand() < 0.85 ? 'PUBLIC' : 'NETWORK',
        topics: [...new Set([pick(topicKeys), pick(topicKeys)])],
        publishedAt: new Date(start + Math.floor(rand() * 10 * 365 * 86_400_000)).toISOString(),
        translations,
      }),
    );
  }
  return { directory, practices, words, cityNames };
}
