import { existsSync, readFileSync, rmSync } from 'node:fs';
import type { ProbeReport } from './start-probe.js';

/**
 * Where a measured API process's resident memory is (Linux): /proc/<pid>/smaps from outside, the
 * V8 heap and PGlite's WebAssembly memory from inside (start-probe.ts). Every figure is in MiB.
 */
export interface MemoryBreakdown {
  /** VmRSS. */
  rss: number;
  /** Peak VmRSS of the process's life so far (VmHWM). */
  peak: number;
  /** V8's young generation (new space, both semi-spaces: sized by --max-semi-space-size). */
  young: number;
  /** V8's old generation: the application's long-lived objects, bytecode, module sources. */
  old: number;
  /** V8's space for compiled JavaScript. */
  jsCode: number;
  /** Resident pages of PGlite's WebAssembly memory (PostgreSQL's shared and private memory). */
  wasmMemory: number;
  /** Resident pages of the node binary and shared libraries (file pages, shared with other processes). */
  files: number;
  /** The C heap ([heap]: Node's own allocations, freed buffers kept by malloc). */
  mallocHeap: number;
  /** The rest: WebAssembly compiled code, malloc's thread arenas, stacks, buffers outside [heap]. */
  other: number;
  /** process.memoryUsage().arrayBuffers (within the figures above). */
  arrayBuffers: number;
}

export const BREAKDOWN_FIELDS = [
  'young',
  'old',
  'jsCode',
  'wasmMemory',
  'files',
  'mallocHeap',
  'other',
  'arrayBuffers',
] as const satisfies readonly (keyof MemoryBreakdown)[];

interface Mapping {
  sizeKib: number;
  rssKib: number;
  name: string;
}

const mib = (bytes: number) => bytes / 1024 / 1024;

function readMappings(pid: number): Mapping[] {
  const mappings: Mapping[] = [];
  let current: Mapping | undefined;
  for (const line of readFileSync(`/proc/${pid}/smaps`, 'utf8').split('\n')) {
    const header = /^([0-9a-f]+)-([0-9a-f]+) \S+ \S+ \S+ \S+\s*(.*)$/.exec(line);
    if (header) {
      current = {
        sizeKib: (Number.parseInt(header[2]!, 16) - Number.parseInt(header[1]!, 16)) / 1024,
        rssKib: 0,
        name: header[3]!,
      };
      mappings.push(current);
    } else if (current && line.startsWith('Rss:')) {
      current.rssKib = Number(/(\d+)/.exec(line)?.[1] ?? 0);
    }
  }
  return mappings;
}

function status(pid: number): { rss: number; peak: number } {
  const text = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kib = (name: string) => Number(new RegExp(`^${name}:\\s+(\\d+) kB`, 'm').exec(text)?.[1] ?? NaN);
  return { rss: kib('VmRSS') / 1024, peak: kib('VmHWM') / 1024 };
}

/** Asks the probe in `pid` for its report (SIGUSR2) and waits for the file. */
async function askProbe(pid: number, file: string): Promise<ProbeReport> {
  rmSync(file, { force: true });
  process.kill(pid, 'SIGUSR2');
  const deadline = Date.now() + 5_000;
  while (!existsSync(file)) {
    if (Date.now() > deadline) throw new Error(`the memory probe in ${pid} did not answer`);
    await new Promise((r) => setTimeout(r, 10));
  }
  return JSON.parse(readFileSync(file, 'utf8')) as ProbeReport;
}

export async function measureMemory(pid: number, probeFile: string): Promise<MemoryBreakdown> {
  const probe = await askProbe(pid, probeFile);
  const { rss, peak } = status(pid);
  const mappings = readMappings(pid);
  const space = (...names: string[]) => mib(names.reduce((sum, name) => sum + (probe.spaces[name] ?? 0), 0));
  const young = space('new_space', 'new_large_object_space');
  const jsCode = space('code_space', 'code_large_object_space');
  const old = mib(Object.values(probe.spaces).reduce((a, b) => a + b, 0)) - young - jsCode;
  // PGlite's memory is an anonymous mapping exactly as large as the memory (no guard pages here).
  const wasmSizesKib = new Set(probe.wasmMemories.map((bytes) => bytes / 1024));
  const wasmMemory =
    mappings.filter((m) => m.name === '' && wasmSizesKib.has(m.sizeKib)).reduce((s, m) => s + m.rssKib, 0) /
    1024;
  const files = mappings.filter((m) => m.name.startsWith('/')).reduce((s, m) => s + m.rssKib, 0) / 1024;
  const mallocHeap = mappings.filter((m) => m.name === '[heap]').reduce((s, m) => s + m.rssKib, 0) / 1024;
  return {
    rss,
    peak,
    young,
    old,
    jsCode,
    wasmMemory,
    files,
    mallocHeap,
    other: rss - young - old - jsCode - wasmMemory - files - mallocHeap,
    arrayBuffers: mib(probe.usage.arrayBuffers),
  };
}
