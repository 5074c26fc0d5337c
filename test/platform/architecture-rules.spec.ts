import { describe, expect, it } from '@jest/globals';
import { ESLint } from 'eslint';

/**
 * The dependency rules in architecture.rules.js, run through ESLint as `npm run lint` runs them:
 * a forbidden arrow fails, an allowed one passes.
 */
describe('architecture rules (npm run lint)', () => {
  const eslint = new ESLint();

  async function problems(filePath: string, source: string): Promise<string[]> {
    const [result] = await eslint.lintText(source, { filePath });
    return result!.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
  }

  it.each([
    ['libs/search/src/x.ts', "import { PracticesService } from '#practices';"],
    ['libs/core/src/x.ts', "import { SearchModule } from '#search';"],
    ['libs/practices/src/x.ts', "import { SearchModule } from '#search';"],
    ['libs/directory/src/x.ts', "import { MeetingsService } from '#exchanges';"],
    ['apps/worker/src/x.ts', "import { AppModule } from '../../api/src/app.module.js';"],
    ['apps/worker/src/x.ts', "import { PracticesModule } from '#practices';"],
    ['libs/search/src/indexing/x.ts', "import { x } from '../../../practices/src/practices.service.js';"],
  ])('refuses %s: %s', async (file, source) => {
    expect(await problems(file, `${source}\nexport {};\n`)).toHaveLength(1);
  });

  it.each([
    ['libs/search/src/x.ts', "import { AppError } from '#core';"],
    ['libs/practices/src/x.ts', "import { CitiesService } from '#directory';"],
    ['apps/worker/src/x.ts', "import { databaseDefinition } from '#composition';"],
    ['apps/api/src/x.ts', "import { SearchModule } from '#search';"],
    [
      'libs/search/src/engines/postgres/x.ts',
      "import { DocumentLoader } from '../../documents/document-loader.js';",
    ],
  ])('allows %s: %s', async (file, source) => {
    expect(await problems(file, `${source}\nexport {};\n`)).toEqual([]);
  });
});
