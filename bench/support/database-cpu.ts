import { readFileSync, readdirSync } from 'node:fs';

/** Linux's clock tick: /proc/<pid>/stat counts CPU time in hundredths of a second. */
const MS_PER_TICK = 10;

/** CPU milliseconds used so far by each backend process (by pid) serving one database. */
export type CpuSnapshot = ReadonlyMap<string, number>;

/**
 * The CPU time used so far by each PostgreSQL backend serving `database` on this machine (user +
 * system, from /proc; empty where /proc is not Linux's). Unlike wall time, a backend's CPU time
 * hardly grows when other work shares the cores, so figures from a busy machine compare.
 */
export function databaseCpu(database: string): CpuSnapshot {
  const snapshot = new Map<string, number>();
  let pids: string[];
  try {
    pids = readdirSync('/proc').filter((name) => /^\d+$/.test(name));
  } catch {
    return snapshot;
  }
  for (const pid of pids) {
    try {
      // A backend's title: "postgres: 15/main: <user> <database> <client> <state>".
      const title = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
      if (!title.startsWith('postgres:') || !title.split(' ').includes(database)) continue;
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      snapshot.set(pid, (Number(fields[11]) + Number(fields[12])) * MS_PER_TICK);
    } catch {
      // The process ended meanwhile, or is not ours to read.
    }
  }
  return snapshot;
}

/**
 * CPU milliseconds the database's backends used since `before`: what each still running used
 * since then (a backend started since counts whole; one that ended, e.g. an idle pool connection
 * closed, is left out rather than subtracting what it had used before).
 */
export function databaseCpuSince(database: string, before: CpuSnapshot): number {
  let used = 0;
  for (const [pid, ms] of databaseCpu(database)) used += ms - (before.get(pid) ?? 0);
  return used;
}
