/** V8's gc() with --expose-gc; options as V8's gc extension takes them. */
type Collect = (options?: { type: 'major'; execution: 'sync'; flavor: 'regular' | 'last-resort' }) => void;

/**
 * Gives start-up's garbage back to the operating system once the process is serving. Migrations,
 * the demo data and its first indexing leave V8's old generation grown (~20 MiB more pages than a
 * serving process needs) and freed buffers with the C allocator; V8 shrinks its heap only under
 * pressure, so an idle process kept them. One memory-reducing full collection (`last-resort`:
 * several passes, compaction, empty pages released; Node started with --expose-gc, as `npm start`
 * does) frees them, and glibc, told by MALLOC_TRIM_THRESHOLD_/MALLOC_MMAP_THRESHOLD_ in the start
 * scripts to return freed memory rather than keep it, hands the pages back. Without --expose-gc
 * this does nothing. It pauses the process once, for about 0.2 s (two compacting collections).
 */
export async function releaseStartupMemory(startupDone: Promise<void>): Promise<void> {
  await startupDone;
  const collect = (globalThis as { gc?: Collect }).gc;
  if (typeof collect !== 'function') return;
  // After the callbacks of the work that just finished, so their last references are gone.
  await new Promise((resolve) => setImmediate(resolve));
  collect({ type: 'major', execution: 'sync', flavor: 'last-resort' });
}
