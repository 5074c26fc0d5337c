import { AbstractLogger, type LogLevel, type LogMessage, type QueryRunner } from 'typeorm';

/**
 * TypeORM logger that counts the SQL statements sent, so tests and benchmarks can prove that a
 * list costs a constant number of queries. It writes nothing: failed statements surface as
 * errors, which the GraphQL layer logs.
 */
export class QueryCounter extends AbstractLogger {
  private count = 0;

  get total(): number {
    return this.count;
  }

  override logQuery(): void {
    this.count++;
  }

  protected writeLog(
    _level: LogLevel,
    _message: LogMessage | LogMessage[],
    _queryRunner?: QueryRunner,
  ): void {
    // Counting only; see class comment.
  }
}
