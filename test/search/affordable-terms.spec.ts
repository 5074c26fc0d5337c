import { describe, expect, it } from '@jest/globals';
import {
  affordableTerms,
  termQuery,
  withoutCommonPrefixes,
  type IndexedTerm,
} from '../../libs/search/src/engines/postgres/concept-terms.js';
import {
  buildQueryPlan,
  unanalysedWord,
  type WordAnalysis,
} from '../../libs/search/src/engines/postgres/build-tsquery.js';
import { parseQuery } from '../../libs/search/src/engines/postgres/parse-query.js';

/**
 * Which field-vocabulary terms a search also reads in bodies: a term made only of words common in
 * the index ("empty shop" at 100,000 records) made PostgreSQL intersect long entry lists and check
 * word positions in thousands of bodies (1.5 s for "Leerstand"), so it is read in titles and
 * summaries only. A term with one rarer word stays: its documents are few.
 */
describe('affordableTerms', () => {
  const word = (plain: string, stems: string[], prefix: string | null = null, position = 1) => ({
    plain,
    stems,
    prefix,
    position,
  });
  const term = (language: string, ...words: ReturnType<typeof word>[]): IndexedTerm => ({
    concept: 1,
    language,
    words,
  });
  const emptyShop = term('en', word('empty', ['empti']), word('shop', ['shop'], null, 2));
  const vacantUnit = term('en', word('vacant', ['vacant']), word('unit', ['unit'], null, 2));
  const lithuanian = term(
    'lt',
    word('tuscios', ['tusc'], 'tusc'),
    word('parduotuves', ['parduotuv'], 'parduotu', 2),
  );
  const leerstand = term('de', word('leerstand', ['leerstand']));
  const withStopWord = term(
    'en',
    word('shop', ['shop']),
    word('of', [], null, 2),
    word('empties', ['empti'], null, 3),
  );

  it('keeps every term when nothing is common (a small index, or one not analysed yet)', () => {
    expect(affordableTerms([emptyShop, leerstand], new Set())).toEqual([emptyShop, leerstand]);
  });

  it('leaves out a term whose every word is common, as written or stemmed', () => {
    const common = new Set(['empti', 'shop', 'unit']);
    expect(affordableTerms([emptyShop, vacantUnit, leerstand], common)).toEqual([vacantUnit, leerstand]);
  });

  it('counts a word matched by its prefix as common when the prefix covers a common lexeme', () => {
    expect(affordableTerms([lithuanian], new Set(['tusc', 'parduotuvem']))).toEqual([]);
    expect(affordableTerms([lithuanian], new Set(['tusc']))).toEqual([lithuanian]);
  });

  it('ignores a term’s stop words: they are never searched', () => {
    expect(affordableTerms([withStopWord], new Set(['shop', 'empti']))).toEqual([]);
  });

  it('leaves out a single common word', () => {
    expect(affordableTerms([leerstand], new Set(['leerstand']))).toEqual([]);
  });
});

describe('withoutCommonPrefixes', () => {
  const lithuanian: IndexedTerm = {
    concept: 2,
    language: 'lt',
    words: [
      { plain: 'miesto', stems: ['miest'], prefix: 'mies', position: 1 },
      { plain: 'valdymas', stems: ['valdym'], prefix: 'valdym', position: 2 },
    ],
  };

  it('drops the prefix of a word a common lexeme begins with, and keeps its stems', () => {
    const [read] = withoutCommonPrefixes([lithuanian], new Set(['miestas', 'centr']));
    expect(read!.words.map((w) => w.prefix)).toEqual([null, 'valdym']);
    expect(read!.words[0]!.stems).toEqual(['miest']);
    expect(termQuery(read!)).toBe(`(('miesto' | 'miest') <1> ('valdymas' | 'valdym' | 'valdym':*))`);
  });

  it('returns terms whose prefixes are all rare unchanged, and everything when nothing is common', () => {
    expect(withoutCommonPrefixes([lithuanian], new Set(['miela', 'valdyti']))[0]).toBe(lithuanian);
    expect(withoutCommonPrefixes([lithuanian], new Set())[0]).toBe(lithuanian);
  });
});

describe('query plan: vocabulary terms in bodies', () => {
  it('reads every term in titles and summaries, and only the affordable ones in bodies', () => {
    const term = (plain: string, stem: string): IndexedTerm => ({
      concept: 1,
      language: 'en',
      words: [{ plain, stems: [stem], prefix: null, position: 1 }],
    });
    const vacancy = term('vacancy', 'vacanc');
    const emptyShops = term('emptyshops', 'emptyshop');
    const parsed = parseQuery('leerstand');
    const analysis = new Map<string, WordAnalysis>([
      [
        'leerstand',
        { ...unanalysedWord('leerstand'), concepts: [vacancy, emptyShops], bodyConcepts: [vacancy] },
      ],
    ]);
    const plan = buildQueryPlan(parsed, analysis);
    expect(plan.conceptTerms).toEqual([
      [
        { query: termQuery(vacancy), inBodies: true },
        { query: termQuery(emptyShops), inBodies: false },
      ],
    ]);
    analysis.get('leerstand')!.bodyConcepts = [];
    expect(buildQueryPlan(parsed, analysis).conceptTerms[0]!.map((t) => t.inBodies)).toEqual([false, false]);
    analysis.get('leerstand')!.bodyConcepts = undefined;
    expect(buildQueryPlan(parsed, analysis).conceptTerms[0]!.map((t) => t.inBodies)).toEqual([true, true]);
  });
});
