import { ConfigError } from '../config/app-config.js';
import { DataDirInUseError } from './data-dir-lock.js';

/**
 * One line an operator can act on, for anything that stops the API, the worker or a CLI before it
 * runs: the configuration, the data directory, the database server, the port. Stack traces help
 * nobody at this point; unknown failures keep their message's first line.
 */
export function describeStartupFailure(error: unknown): string {
  if (error instanceof ConfigError || error instanceof DataDirInUseError) return error.message;
  const cause = rootCause(error);
  const code = (cause as NodeJS.ErrnoException).code;
  const address = addressOf(cause);
  switch (code) {
    case 'EADDRINUSE':
      return `Cannot listen on ${address ?? 'the configured address'}: the port is already in use (set PORT or HOST).`;
    case 'EADDRNOTAVAIL':
      return `Cannot listen on ${address ?? 'the configured address'}: no such address on this machine (set HOST).`;
    case 'ECONNREFUSED':
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
    case 'ETIMEDOUT':
    case 'EHOSTUNREACH':
      return `Cannot reach the database${address ? ` at ${address}` : ''} (${code}): check DATABASE_URL and that the server is running.`;
    case 'EACCES':
    case 'EPERM':
    case 'EROFS':
    case 'ENOENT':
    case 'ENOTDIR':
      return `Cannot use ${pathOf(cause) ?? 'the data directory'} (${code}): set DATA_DIR to a directory this user may write.`;
  }
  // PostgreSQL's own refusals (wrong password, no such database, …) carry a SQLSTATE.
  const sqlState = (cause as { code?: unknown }).code;
  if (typeof sqlState === 'string' && /^[0-9A-Z]{5}$/.test(sqlState)) {
    return `The database refused the connection: ${firstLine(cause)} (check DATABASE_URL).`;
  }
  return firstLine(cause);
}

function rootCause(error: unknown): unknown {
  let current = error;
  // AggregateError (several addresses tried) and wrapped causes: the innermost says what happened.
  for (let i = 0; i < 5; i++) {
    if (current instanceof AggregateError && current.errors.length) current = current.errors[0];
    else if (current instanceof Error && current.cause && !(current as NodeJS.ErrnoException).code)
      current = current.cause;
    else break;
  }
  return current;
}

function addressOf(error: unknown): string | null {
  const e = error as { address?: unknown; port?: unknown; hostname?: unknown };
  const host = typeof e.address === 'string' ? e.address : typeof e.hostname === 'string' ? e.hostname : null;
  if (!host) return null;
  return typeof e.port === 'number' ? `${host}:${e.port}` : host;
}

function pathOf(error: unknown): string | null {
  const path = (error as { path?: unknown }).path;
  return typeof path === 'string' ? path : null;
}

function firstLine(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.split('\n', 1)[0] || 'Unknown error';
}
