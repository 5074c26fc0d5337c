import { describe, expect, it } from '@jest/globals';
import { Params } from '../src/engines/postgres/sql-conditions.js';

describe('Params (the placeholders of one search statement)', () => {
  it('gives equal values of one cast one placeholder, so the statement reads them once', () => {
    const p = new Params();
    const term = `'kaupunkikeskusta' | 'stadskärna'`;
    expect(p.add(term, '::tsquery')).toBe('$1::tsquery');
    expect(p.add('other', '::tsquery')).toBe('$2::tsquery');
    expect(p.add(term, '::tsquery')).toBe('$1::tsquery');
    expect(p.add(['a', 'b'], '::text[]')).toBe('$3::text[]');
    expect(p.add(['a', 'b'], '::text[]')).toBe('$3::text[]');
    expect(p.values).toEqual([term, 'other', ['a', 'b']]);
  });

  it('keeps a value under another cast, or another value, apart', () => {
    const p = new Params();
    expect(p.add('2019', '::text')).toBe('$1::text');
    expect(p.add('2019', '::int')).toBe('$2::int');
    expect(p.add(['a', 'b'], '::text[]')).toBe('$3::text[]');
    expect(p.add(['b', 'a'], '::text[]')).toBe('$4::text[]');
    expect(p.add(2019, '::int')).toBe('$5::int'); // a number is not its text
    expect(p.values).toEqual(['2019', '2019', ['a', 'b'], ['b', 'a'], 2019]);
  });
});
