import {
  cpSync,
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { projectRoot } from '../files/project-root.js';

/**
 * A freshly initialized embedded cluster (what PGlite's initdb writes), made once at install
 * (`prepare` → scripts/ensure-build.mjs → dist/scripts/pglite-template.js) instead of running
 * initdb in every new data directory. initdb is most of a first start: it runs two more WebAssembly
 * instances (initdb.wasm and a second PostgreSQL) beside the one that serves, 7–8 s and a peak of
 * ~1.2 GiB on a 2-core machine.
 *
 * It is kept twice, both named by PGlite's version so that after an upgrade a stale template is
 * never used (the start falls back to initdb until the next build makes a new one):
 * - a directory, copied file by file into a new DATA_DIR (copyPgliteTemplate). The copy never
 *   passes through JavaScript: PGlite's own loader (loadDataDir) inflates the 38 MB archive in
 *   memory and left ~70 MiB of freed buffers in the C heap of the process for good (first-start RSS
 *   ~300 instead of ~230 MiB);
 * - a gzipped tarball (readPgliteTemplate), for `memory://` databases (tests, schema generation),
 *   which can only be loaded through PGlite.
 */
export function pgliteTemplatePath(): string {
  return join(projectRoot(), 'dist', `pglite-initdb-${pgliteVersion()}.tar.gz`);
}

/** The template as a cluster directory (see pgliteTemplatePath). */
export function pgliteTemplateDir(): string {
  return join(projectRoot(), 'dist', `pglite-initdb-${pgliteVersion()}`);
}

/** The template's bytes, or null when it has not been made (initdb then runs as before). */
export function readPgliteTemplate(): Blob | null {
  const path = pgliteTemplatePath();
  return existsSync(path) ? new Blob([readFileSync(path)]) : null;
}

/**
 * Fills an empty (or missing) cluster directory from the template directory. The files go to a
 * sibling first and are renamed into place, so a start killed halfway leaves no PG_VERSION beside
 * missing files (it is what makes a directory count as initialized). False, with nothing changed,
 * when there is no template directory or `dir` already holds files.
 */
export function copyPgliteTemplate(dir: string): boolean {
  const template = pgliteTemplateDir();
  if (!existsSync(join(template, 'PG_VERSION'))) return false;
  if (existsSync(dir) && readdirSync(dir).length > 0) return false;
  const partial = `${dir}.partial`;
  rmSync(partial, { recursive: true, force: true });
  cpSync(template, partial, { recursive: true });
  rmSync(dir, { recursive: true, force: true });
  renameSync(partial, dir);
  return true;
}

/**
 * Runs initdb once (on disk) and writes both forms of the template. Each is written under a
 * temporary name and renamed, so concurrent builds are harmless; the tarball comes last, as
 * ensure-build looks for it to decide whether the template is there.
 */
export async function writePgliteTemplate(): Promise<string> {
  const path = pgliteTemplatePath();
  const dir = pgliteTemplateDir();
  const partialDir = `${dir}.${process.pid}.partial`;
  rmSync(partialDir, { recursive: true, force: true });
  mkdirSync(partialDir, { recursive: true });
  const { PGlite } = await import('@electric-sql/pglite');
  const pglite = await PGlite.create(partialDir);
  let tarball: Blob;
  try {
    tarball = await pglite.dumpDataDir('gzip');
  } finally {
    await pglite.close();
  }
  rmSync(dir, { recursive: true, force: true });
  try {
    renameSync(partialDir, dir);
  } catch (error) {
    // Another build renamed its copy first: the same cluster, keep that one.
    rmSync(partialDir, { recursive: true, force: true });
    if (!existsSync(join(dir, 'PG_VERSION'))) throw error;
  }
  const partial = `${path}.${process.pid}.partial`;
  writeFileSync(partial, Buffer.from(await tarball.arrayBuffer()));
  renameSync(partial, path);
  return path;
}

function pgliteVersion(): string {
  const require = createRequire(import.meta.url);
  const pgliteDir = dirname(dirname(require.resolve('@electric-sql/pglite')));
  return (JSON.parse(readFileSync(join(pgliteDir, 'package.json'), 'utf8')) as { version: string }).version;
}
