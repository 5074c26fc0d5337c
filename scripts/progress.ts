/**
 * Progress of a command-line tool's long work, on stderr (stdout carries the tool's data): on a
 * terminal one line rewritten in place (`import: 1,200/4,000 records (30%), 850/s, ETA 3 s`),
 * otherwise JSON lines at most once per interval and one `done` line at the end:
 * `{"event":"progress","tool":"import","done":1200,"total":4000,"ratePerSecond":850,"etaSeconds":3.3}`.
 */

/** Where progress goes: process.stderr, or a fake in tests. */
export interface ProgressStream {
  write(text: string): unknown;
  readonly isTTY?: boolean;
}

export interface ProgressOptions {
  tool: string;
  /** Added to every JSON line and shown after the tool's name on a terminal, e.g. `{ engine: 'postgres' }`. */
  fields?: Readonly<Record<string, string>>;
  /** What is counted, on a terminal (default "records"). */
  unit?: string;
  stream?: ProgressStream;
  /** Milliseconds from any origin (default performance.now). */
  clock?: () => number;
  /** Least time between two progress reports (default 250 ms on a terminal, 1 s otherwise). */
  intervalMs?: number;
}

export interface ProgressReporter {
  /** Records `done` of `total`; reports it if the interval has passed since the last report. */
  update(done: number, total: number): void;
  /** Reports the end (done = the last update's, or the given count). */
  finish(done?: number): void;
}

const numbers = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });

/** `3 s`, `2 min 05 s`, `1 h 02 min`. */
export function formatDuration(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  if (s < 60) return `${s} s`;
  if (s < 3600) return `${Math.floor(s / 60)} min ${String(s % 60).padStart(2, '0')} s`;
  return `${Math.floor(s / 3600)} h ${String(Math.floor((s % 3600) / 60)).padStart(2, '0')} min`;
}

const oneDecimal = (n: number) => Math.round(n * 10) / 10;

export function progressReporter(options: ProgressOptions): ProgressReporter {
  const stream = options.stream ?? process.stderr;
  const clock = options.clock ?? (() => performance.now());
  const tty = stream.isTTY === true;
  const interval = options.intervalMs ?? (tty ? 250 : 1000);
  const unit = options.unit ?? 'records';
  const fields = options.fields ?? {};
  const label = [options.tool, ...Object.values(fields)].join(' ');
  const started = clock();
  let lastReport = started;
  let done = 0;
  let total = 0;
  let finished = false;

  const measure = (now: number) => {
    const elapsed = Math.max(0, (now - started) / 1000);
    const rate = elapsed > 0 ? done / elapsed : 0;
    const eta = rate > 0 ? Math.max(0, total - done) / rate : null;
    return { elapsed, rate, eta };
  };
  const json = (event: string, values: Record<string, unknown>) =>
    stream.write(`${JSON.stringify({ event, tool: options.tool, ...fields, ...values })}\n`);

  const report = (now: number) => {
    const { rate, eta } = measure(now);
    if (tty) {
      const percent = total > 0 ? ` (${Math.min(100, Math.floor((done / total) * 100))}%)` : '';
      const etaText = eta === null ? '' : `, ETA ${formatDuration(eta)}`;
      stream.write(
        `\r${label}: ${numbers.format(done)}/${numbers.format(total)} ${unit}${percent}, ${numbers.format(rate)}/s${etaText}\x1b[K`,
      );
    } else {
      json('progress', {
        done,
        total,
        ratePerSecond: Math.round(rate),
        etaSeconds: eta === null ? null : oneDecimal(eta),
      });
    }
  };

  return {
    update(value, of) {
      if (finished) return;
      done = value;
      total = of;
      const now = clock();
      if (now - lastReport < interval) return;
      lastReport = now;
      report(now);
    },
    finish(value) {
      if (finished) return;
      finished = true;
      if (value !== undefined) done = value;
      const { elapsed, rate } = measure(clock());
      if (tty) {
        stream.write(
          `\r${label}: ${numbers.format(done)} ${unit} in ${oneDecimal(elapsed)} s (${numbers.format(rate)}/s)\x1b[K\n`,
        );
      } else {
        json('done', { done, total, elapsedSeconds: oneDecimal(elapsed), ratePerSecond: Math.round(rate) });
      }
    },
  };
}
