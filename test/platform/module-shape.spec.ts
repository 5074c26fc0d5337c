import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from '@jest/globals';
import { structureProblems } from '../../scripts/check-structure.mjs';

const check = structureProblems;

/** The one folder shape of a module lib (scripts/check-structure.mjs, run by `npm run lint`). */
describe('module shape (npm run lint)', () => {
  const root = mkdtempSync(join(tmpdir(), 'px-shape-'));
  const write = (path: string, text = 'export {};\n') => {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  };
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('accepts a module in the shape, and holds for every module of this repository', () => {
    write('libs/good/src/index.ts');
    write('libs/good/src/good.module.ts');
    write('libs/good/src/good.policy.ts');
    write('libs/good/src/entities/thing.entity.ts');
    write('libs/good/src/things/thing.types.ts', "@ObjectType('Thing')\nexport class ThingType {}\n");
    write(
      'libs/good/src/things/thing.mapper.ts',
      'export function toThingType(t: unknown) {\n  return t;\n}\n',
    );
    write('libs/good/src/things/things.service.ts');
    expect(check(root, ['good'])).toEqual([]);
    expect(check(new URL('../../', import.meta.url).pathname)).toEqual([]);
  });

  it('names each departure: a loose top-level file, a dto/ folder, a mapper or a GraphQL type elsewhere', () => {
    write('libs/bad/src/index.ts');
    write('libs/bad/src/things.service.ts');
    write('libs/bad/src/dto/thing.types.ts');
    write(
      'libs/bad/src/things/things.resolver.ts',
      'export function toThingType(t: unknown) {\n  return t;\n}\n',
    );
    write('libs/bad/src/things/thing-input.ts', '@InputType()\nexport class ThingInput {}\n');
    const problems = check(root, ['bad']);
    expect(problems).toHaveLength(4);
    expect(problems.join('\n')).toMatch(/things\.service\.ts: a module's top level holds only/);
    expect(problems.join('\n')).toMatch(/dto: no dto\/ folders/);
    expect(problems.join('\n')).toMatch(/toThingType belongs in the feature's \*\.mapper\.ts/);
    expect(problems.join('\n')).toMatch(/@InputType classes belong in the feature's \*\.types\.ts/);
  });
});
