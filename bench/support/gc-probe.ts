import { renameSync, writeFileSync } from 'node:fs';

/**
 * Preloaded (`node --expose-gc --import`) by `npm run bench:subscriptions` into the APIs it
 * measures, and nowhere else: on SIGUSR2 it collects garbage (twice: weak references cleared by
 * the first are freed by the second) and writes process.memoryUsage() to PX_GC_PROBE_FILE.
 */
const file = process.env['PX_GC_PROBE_FILE'];
const collect = (globalThis as { gc?: () => void }).gc;
if (file && collect) {
  process.on('SIGUSR2', () => {
    collect();
    collect();
    writeFileSync(`${file}.partial`, JSON.stringify(process.memoryUsage()));
    renameSync(`${file}.partial`, file);
  });
}
