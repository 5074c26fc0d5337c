import { pgliteTemplatePath, writePgliteTemplate } from '../libs/core/src/database/pglite-template.js';

/**
 * Writes dist/pglite-initdb-<version>.tar.gz, the freshly initialized embedded cluster that a new
 * DATA_DIR is unpacked from (see libs/core/src/database/pglite-template.ts). Run by
 * scripts/ensure-build.mjs at install and after a build when the file is missing.
 */
const path = pgliteTemplatePath();
const started = Date.now();
await writePgliteTemplate();
process.stderr.write(`Embedded database template written: ${path} (${Date.now() - started} ms)\n`);
