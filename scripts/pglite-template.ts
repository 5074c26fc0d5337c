import {
  pgliteTemplateDir,
  pgliteTemplatePath,
  writePgliteTemplate,
} from '../libs/core/src/database/pglite-template.js';

/**
 * Writes the freshly initialized embedded cluster a new DATA_DIR starts from: the directory
 * dist/pglite-initdb-<version>/ (copied into a new data directory) and
 * dist/pglite-initdb-<version>.tar.gz (loaded into `memory://` databases); see
 * libs/core/src/database/pglite-template.ts. Run by scripts/ensure-build.mjs at install and after a
 * build when the tarball is missing.
 */
const started = Date.now();
await writePgliteTemplate();
process.stderr.write(
  `Embedded database template written: ${pgliteTemplateDir()} and ${pgliteTemplatePath()} (${Date.now() - started} ms)\n`,
);
