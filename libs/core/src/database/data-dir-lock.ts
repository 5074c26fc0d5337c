import { closeSync, openSync, readFileSync, unlinkSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { I18nService } from '../i18n/i18n.service.js';
import { isMessageLocale, type MessageLocale } from '../i18n/languages.js';

/** Who holds an embedded data directory: written into its lock file. */
interface LockOwner {
  pid: number;
  command: string;
  since: string;
}

/**
 * The embedded database is one process's: PGlite keeps pages in that process's memory, so a second
 * process writing the same files (an import while `npm start` serves them) reports success and
 * loses its writes at the next checkpoint. Refused at once, in one line naming the holder.
 */
export class DataDirInUseError extends Error {
  override readonly name = 'DataDirInUseError';
}

export interface DataDirLock {
  release(): void;
}

const LOCK_FILE = 'practice-exchange.lock';

/**
 * Takes the data directory for this process (an exclusive create of a lock file holding our pid).
 * A lock left by a process that is gone (killed, crashed) is taken over.
 */
export function lockDataDir(dir: string, command = describeCommand()): DataDirLock {
  const path = join(dir, LOCK_FILE);
  const owner: LockOwner = { pid: process.pid, command, since: new Date().toISOString() };
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const fd = openSync(path, 'wx', 0o600);
      writeSync(fd, JSON.stringify(owner));
      closeSync(fd);
      const release = (): void => {
        process.off('exit', release);
        if (readOwner(path)?.pid === process.pid) unlinkSync(path);
      };
      // A normal exit (or process.exit after an error) leaves no lock behind; after kill -9 the
      // next start finds the holder gone and takes over.
      process.on('exit', release);
      return { release };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = readOwner(path);
      if (holder && holder.pid !== process.pid && isAlive(holder.pid)) {
        throw new DataDirInUseError(
          new I18nService().translate(consoleLocale(), 'errors.DATA_DIR_IN_USE', {
            dir,
            pid: holder.pid,
            command: holder.command,
            since: holder.since,
          }),
        );
      }
      // Stale (its process is gone) or unreadable (a crash between create and write): take it over.
      try {
        unlinkSync(path);
      } catch {
        // Another starter removed it first; the next attempt decides.
      }
    }
  }
  throw new DataDirInUseError(`Could not lock ${path}`);
}

function readOwner(path: string): LockOwner | null {
  try {
    const owner = JSON.parse(readFileSync(path, 'utf8')) as Partial<LockOwner>;
    return typeof owner.pid === 'number' ? (owner as LockOwner) : null;
  } catch {
    return null;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists but belongs to someone else, so it is alive.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** `npm start`, `npm run import`, …: what an operator recognises in the refusal. */
function describeCommand(): string {
  const script = process.env['npm_lifecycle_event'];
  if (script) return script === 'start' ? 'npm start' : `npm run ${script}`;
  return process.argv
    .slice(1, 3)
    .map((part) => part.split('/').slice(-3).join('/'))
    .join(' ');
}

/** The operator's language for command-line messages: LC_ALL, LC_MESSAGES, then LANG (lt_LT.UTF-8 → lt). */
export function consoleLocale(env: NodeJS.ProcessEnv = process.env): MessageLocale {
  const value = env['LC_ALL'] || env['LC_MESSAGES'] || env['LANG'] || '';
  const code = value.slice(0, 2).toLowerCase();
  return isMessageLocale(code) ? code : 'en';
}
