import { renameSync, writeFileSync } from 'node:fs';
import v8 from 'node:v8';

/**
 * Preloaded (`node --import`) by `npm run bench:start` into the API it measures, and nowhere else:
 * it writes the process's pid to PX_START_PROBE_FILE.pid, and on SIGUSR2 its own view of its memory
 * to PX_START_PROBE_FILE as JSON (see ProbeReport). It also notes the size of every WebAssembly memory created (PGlite's PostgreSQL
 * heap), so the benchmark can find that mapping in /proc/<pid>/smaps and report how much of it is
 * resident. It adds one small module and a signal handler to the process; nothing runs until the
 * signal.
 */
export interface ProbeReport {
  /** process.memoryUsage(), bytes. */
  usage: NodeJS.MemoryUsage;
  /** Resident (physical) bytes of each V8 heap space, by V8's space name. */
  spaces: Record<string, number>;
  /** Bytes of V8's compiled code and bytecode (v8.getHeapCodeStatistics). */
  code: { code: number; bytecode: number };
  /** Current size in bytes of each WebAssembly memory the process created. */
  wasmMemories: number[];
}

const file = process.env['PX_START_PROBE_FILE'];
if (file) {
  // The benchmark may start the API through `script` (a terminal): this is how it finds the process.
  writeFileSync(`${file}.pid`, String(process.pid));
  // The project's TypeScript libraries declare no WebAssembly: the little used here, typed here.
  type MemoryConstructor = new (descriptor: { initial: number; maximum?: number }) => { buffer: ArrayBuffer };
  const wasm = (globalThis as unknown as { WebAssembly: { Memory: MemoryConstructor } }).WebAssembly;
  const memories: WeakRef<{ buffer: ArrayBuffer }>[] = [];
  // The same constructor, remembering what it made (PGlite creates its memory in JavaScript).
  const RecordedMemory = class extends wasm.Memory {
    constructor(descriptor: { initial: number; maximum?: number }) {
      super(descriptor);
      memories.push(new WeakRef(this));
    }
  };
  wasm.Memory = RecordedMemory;

  process.on('SIGUSR2', () => {
    const report: ProbeReport = {
      usage: process.memoryUsage(),
      spaces: Object.fromEntries(
        v8.getHeapSpaceStatistics().map((s) => [s.space_name, s.physical_space_size]),
      ),
      code: (({ code_and_metadata_size, bytecode_and_metadata_size }) => ({
        code: code_and_metadata_size,
        bytecode: bytecode_and_metadata_size,
      }))(v8.getHeapCodeStatistics()),
      wasmMemories: memories.flatMap((ref) => {
        const memory = ref.deref();
        return memory ? [memory.buffer.byteLength] : [];
      }),
    };
    writeFileSync(`${file}.partial`, JSON.stringify(report));
    renameSync(`${file}.partial`, file);
  });
}
