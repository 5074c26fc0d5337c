import { Writable } from 'node:stream';

/** One JSON log line as the application's pino logger writes it (the fields tests look at). */
export interface LogLine {
  level: number;
  msg: string;
  context?: string;
  requestId?: string;
  method?: string;
  path?: string;
  operation?: string | null;
  status?: number;
  durationMs?: number;
  principal?: string;
  errorCodes?: string[];
}

/** Collects the JSON lines an application logs (pass it to createPino), for tests to read. */
export class LogSink extends Writable {
  readonly raw: string[] = [];

  override _write(chunk: Buffer, _encoding: string, callback: () => void): void {
    this.raw.push(...chunk.toString('utf8').split('\n').filter(Boolean));
    callback();
  }

  get lines(): LogLine[] {
    return this.raw.map((line) => JSON.parse(line) as LogLine);
  }

  requests(): LogLine[] {
    return this.lines.filter((line) => line.msg === 'request');
  }

  /** The first line matching, once it is written (response hooks run after the client has its answer). */
  async waitFor(match: (line: LogLine) => boolean, what: string, timeoutMs = 2000): Promise<LogLine> {
    const until = Date.now() + timeoutMs;
    for (;;) {
      const line = this.lines.find(match);
      if (line) return line;
      if (Date.now() > until) throw new Error(`no log line ${what}`);
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  }

  /** The request log line of a request id. */
  request(requestId: string): Promise<LogLine> {
    return this.waitFor((l) => l.msg === 'request' && l.requestId === requestId, `for request ${requestId}`);
  }
}
