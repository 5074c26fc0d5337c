import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * A freshly initialized embedded cluster (what PGlite's initdb writes), made once at install
 * (`prepare` → scripts/ensure-build.mjs → dist/scripts/pglite-template.js) and unpacked into a
 * new data directory instead of running initdb there. initdb is most of a first start: it runs two
 * more WebAssembly instances (initdb.wasm and a second PostgreSQL) beside the one that serves,
 * 7–8 s and a peak of ~1.2 GiB on a 2-core machine; unpacking the 4.5 MB template takes well under
 * a second. The file is named by PGlite's version, so after an upgrade a stale template is never
 * used (the start falls back to initdb until the next build makes a new one).
 */
export function pgliteTemplatePath(): string {
  const require = createRequire(import.meta.url);
  const pgliteDir = dirname(dirname(require.resolve('@electric-sql/pglite')));
  const { version } = JSON.parse(readFileSync(join(pgliteDir, 'package.json'), 'utf8')) as {
    version: string;
  };
  return join(projectRoot(), 'dist', `pglite-initdb-${version}.tar.gz`);
}

/** The template's bytes, or null when it has not been made (initdb then runs as before). */
export function readPgliteTemplate(): Blob | null {
  const path = pgliteTemplatePath();
  return existsSync(path) ? new Blob([readFileSync(path)]) : null;
}

/** Runs initdb once in memory and writes the template (atomically: concurrent builds are harmless). */
export async function writePgliteTemplate(): Promise<string> {
  const path = pgliteTemplatePath();
  const { PGlite } = await import('@electric-sql/pglite');
  const pglite = await PGlite.create('memory://');
  try {
    const tarball = await pglite.dumpDataDir('gzip');
    const partial = `${path}.${process.pid}.partial`;
    writeFileSync(partial, Buffer.from(await tarball.arrayBuffer()));
    renameSync(partial, path);
  } finally {
    await pglite.close();
  }
  return path;
}

/** The directory holding package.json (the same from dist/ and from the TypeScript sources). */
function projectRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error('package.json not found above the database module');
    dir = parent;
  }
  return dir;
}
