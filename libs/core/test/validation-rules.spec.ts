import { describe, expect, it } from '@jest/globals';
import { validate } from 'class-validator';
import { Required } from '../src/validation/rules.js';

class Titled {
  @Required()
  title: unknown;
}

const problems = async (title: unknown) => {
  const input = Object.assign(new Titled(), { title });
  return (await validate(input)).map((e) => Object.keys(e.constraints ?? {}));
};

describe('validation rules', () => {
  it('Required refuses a missing, empty or blank value and accepts any other', async () => {
    for (const missing of [undefined, null, '', '   ', '\n\t '])
      expect({ missing, problems: await problems(missing) }).toEqual({ missing, problems: [['required']] });
    for (const present of ['A title', ' x ', 0, false, []])
      expect({ present, problems: await problems(present) }).toEqual({ present, problems: [] });
  });
});
