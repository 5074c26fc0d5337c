import { AbstractLogger, type LogLevel, type LogMessage, type QueryRunner } from 'typeorm';

/**
 * TypeORM logger that counts the SQL statements sent, so tests and benchmarks can prove that a
 * list costs a constant number of queries. It logs nothing itself: slow queries and errors are
 * reported by the caller's pino logger.
 */
export class QueryCounter extends AbstractLogger {
  private count = 0;
  private readonly recorded: string[] = [];
  private recording = false;

  get total(): number {
    return this.count;
  }

  /** Starts keeping the text of each statement (tests only; it costs memory). */
  record(on = true): void {
    this.recording = on;
    this.recorded.length = 0;
  }

  get statements(): readonly string[] {
    return this.recorded;
  }

  override logQuery(query: string): void {
    this.count++;
    if (this.recording) this.recorded.push(query);
  }

  protected writeLog(
    _level: LogLevel,
    _message: LogMessage | LogMessage[],
    _queryRunner?: QueryRunner,
  ): void {
    // Counting only; see class comment.
  }
}
