#!/usr/bin/env node
// The one folder shape every module lib has (docs/architecture.md#one-shape-per-module), checked
// by `npm run lint`, so that a newcomer finds a thing in the same place in every module:
//
//   libs/<module>/src/
//     index.ts  <module>.module.ts  [<module>.nodes.ts]  [<module>.policy.ts]
//     entities/  migrations/  [search-documents/]  [shared/]
//     <feature>/   <feature>.types.ts (GraphQL types and inputs), <feature>.mapper.ts (entity or
//                  view → GraphQL type), <features>.service.ts, <features>.resolver.ts, …
//
// GraphQL object, input and args types are declared only in `*.types.ts` files and every
// `to…Type` mapper lives in a `*.mapper.ts` file. No `dto/` folders.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

export const MODULE_LIBS = ['taxonomy', 'directory', 'identity', 'practices', 'exchanges'];
const MAPPER = /^export function (to[A-Z]\w*Type)\s*\(/m;
const GRAPHQL_TYPE = /^@(ObjectType|InputType|ArgsType)\(/m;

const isDirectory = (path) => statSync(path).isDirectory();
const filesUnder = (dir) =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return isDirectory(path) ? filesUnder(path) : [path];
  });

/** Every way the tree under `root` departs from the shape, as readable lines. */
export function structureProblems(root, modules = MODULE_LIBS) {
  const problems = [];
  for (const module of modules) {
    const src = join(root, 'libs', module, 'src');
    const rootFiles = new Set([
      'index.ts',
      `${module}.module.ts`,
      `${module}.nodes.ts`,
      `${module}.policy.ts`,
    ]);
    for (const name of readdirSync(src)) {
      const path = join(src, name);
      const shown = relative(root, path);
      if (!isDirectory(path)) {
        if (!rootFiles.has(name))
          problems.push(
            `${shown}: a module's top level holds only ${[...rootFiles].join(', ')}; move it into a feature folder`,
          );
        continue;
      }
      if (name === 'dto')
        problems.push(`${shown}: no dto/ folders; types go in <feature>/<feature>.types.ts`);
    }
    for (const file of filesUnder(src)) {
      if (!file.endsWith('.ts')) continue;
      const source = readFileSync(file, 'utf8');
      const mapper = file.endsWith('.mapper.ts') ? null : MAPPER.exec(source);
      if (mapper) problems.push(`${relative(root, file)}: ${mapper[1]} belongs in the feature's *.mapper.ts`);
      const type = file.endsWith('.types.ts') ? null : GRAPHQL_TYPE.exec(source);
      if (type)
        problems.push(`${relative(root, file)}: @${type[1]} classes belong in the feature's *.types.ts`);
    }
  }
  return problems;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const root = join(fileURLToPath(import.meta.url), '..', '..');
  const problems = structureProblems(root);
  for (const line of problems) process.stderr.write(`${line}\n`);
  if (problems.length > 0) {
    process.stderr.write(
      `\n${problems.length} departure(s) from the module shape (scripts/check-structure.mjs)\n`,
    );
    process.exit(1);
  }
}
