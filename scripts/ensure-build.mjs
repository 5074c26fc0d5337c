// Compiles the TypeScript into dist/ when a source is newer than the last build (or with --force),
// so `npm start` answers in seconds instead of compiling on every start. Runs at install time too
// (npm's `prepare`), so the first `npm start` after `npm ci` finds dist/ ready.
import { execFileSync } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const stamp = join(root, 'dist', '.build-stamp');
// test/support: the benches import the Meilisearch fake from there.
const SOURCES = ['apps', 'libs', 'scripts', 'bench', 'test/support'];
const CONFIGS = ['tsconfig.json', 'tsconfig.build.json', 'package.json', 'package-lock.json'];

function newestSource() {
  let newest = 0;
  const visit = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) visit(path);
      else if (entry.name.endsWith('.ts')) newest = Math.max(newest, statSync(path).mtimeMs);
    }
  };
  for (const dir of SOURCES) if (existsSync(join(root, dir))) visit(join(root, dir));
  for (const file of CONFIGS)
    if (existsSync(join(root, file))) newest = Math.max(newest, statSync(join(root, file)).mtimeMs);
  return newest;
}

// Node 24 LTS is the supported runtime (22 works); older ones are end-of-life and some
// dependencies no longer promise to run on them. Said once, here, before every start and test.
const nodeMajor = Number(process.versions.node.split('.')[0]);
if (nodeMajor < 22) {
  process.stderr.write(
    `Node ${process.versions.node} is end-of-life and unsupported: run Practice Exchange on Node 24 LTS (see README).\n`,
  );
}

const force = process.argv.includes('--force');
const built = existsSync(stamp) ? statSync(stamp).mtimeMs : 0;
if (force || built < newestSource()) {
  if (!process.argv.includes('--quiet')) process.stderr.write('Compiling TypeScript into dist/ …\n');
  const started = Date.now();
  execFileSync(
    process.execPath,
    [join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', join(root, 'tsconfig.build.json')],
    {
      stdio: 'inherit',
      cwd: root,
    },
  );
  writeFileSync(stamp, `${new Date().toISOString()} ${Date.now() - started} ms\n`);
}

// Data files the compiled code reads beside itself (the demo data): copied to the same place under
// dist/ whenever they differ, so dist/ is complete on its own (the Docker image ships only dist/).
const DATA_FILES = ['libs/demo-data/demo-data.jsonl'];
for (const file of DATA_FILES) {
  const source = join(root, file);
  const target = join(root, 'dist', file);
  if (!existsSync(target) || !readFileSync(target).equals(readFileSync(source))) {
    mkdirSync(dirname(target), { recursive: true });
    copyFileSync(source, target);
  }
}

// The embedded database's template (a cluster initdb wrote once, unpacked into each new DATA_DIR so
// a first start skips initdb): made here when missing, named by PGlite's version.
const pgliteVersion = JSON.parse(
  readFileSync(join(root, 'node_modules', '@electric-sql', 'pglite', 'package.json'), 'utf8'),
).version;
if (!existsSync(join(root, 'dist', `pglite-initdb-${pgliteVersion}.tar.gz`))) {
  try {
    execFileSync(process.execPath, [join(root, 'dist', 'scripts', 'pglite-template.js')], {
      stdio: 'inherit',
      cwd: root,
    });
  } catch {
    // Not fatal: a new data directory then runs initdb itself (a slower first start).
    process.stderr.write('Could not write the embedded database template; first starts will run initdb.\n');
  }
}
