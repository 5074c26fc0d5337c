import { describe, expect, it } from '@jest/globals';
import { parseQuery } from '../src/engines/postgres/parse-query.js';

const names = (query: string) => [...parseQuery(query).names].sort();

describe('query parsing: words typed as names', () => {
  it('takes a capitalized word after the first as a name, in any language and with diacritics', () => {
    expect(names('cycle lanes Kranj')).toEqual(['kranj']);
    expect(names('Kako so v Kopru uredili kartico za obiskovalce?')).toEqual(['kopru']);
    expect(names('turizmo rinkodara Šiauliai 2021')).toEqual(['šiauliai']);
    expect(names('tourism marketing campaign Gothenburg')).toEqual(['gothenburg']);
  });

  it('takes the first word as a name only when no other word is capitalized', () => {
    expect(names('Kranj parking')).toEqual(['kranj']);
    expect(names('Parking policy Velenje')).toEqual(['velenje']);
  });

  it('finds no names in a query in lower case, title case or capitals', () => {
    expect(names('cycle lanes kranj')).toEqual([]);
    expect(names('Town Centre Management')).toEqual([]);
    expect(names('BID VELENJE')).toEqual([]);
  });

  it('takes no word of two letters for a name ("Wi-Fi", "EU"), yet counts its capital', () => {
    expect(names('free public Wi-Fi Nova Gorica')).toEqual(['gorica', 'nova']);
    expect(names('EU-rahoitus Oulu 2017')).toEqual(['oulu']);
    // "Wi" and "Fi" are capitalized like every other word: title case, so no names at all.
    expect(names('Free Public Wi-Fi')).toEqual([]);
  });

  it('keeps the words themselves in lower case', () => {
    expect(parseQuery('cycle lanes Kranj').words).toEqual(['cycle', 'lanes', 'kranj']);
  });
});
