import { QueryFailedError } from 'typeorm';
import { AppError } from '../errors/app-error.js';
import { ErrorCode } from '../errors/error-code.js';

/**
 * The wall-clock budget of one request. Expensive services check it before starting work and hand
 * what is left to the database (`SET LOCAL statement_timeout`), so a request that asks for too
 * much stops holding connections when its time is up instead of slowing everyone else down.
 */
export class RequestDeadline {
  readonly budgetMs: number;
  private readonly expiresAt: number;

  constructor(budgetMs: number, now: number = performance.now()) {
    this.budgetMs = budgetMs;
    this.expiresAt = now + budgetMs;
  }

  /** No budget: start-up, seeding, scripts and workers run to completion. */
  static none(): RequestDeadline {
    return new RequestDeadline(Number.POSITIVE_INFINITY);
  }

  get unlimited(): boolean {
    return !Number.isFinite(this.budgetMs);
  }

  /** Milliseconds left, at least 1 while the budget lasts, 0 once it is spent. */
  remainingMs(): number {
    if (this.unlimited) return Number.POSITIVE_INFINITY;
    const left = Math.ceil(this.expiresAt - performance.now());
    return left > 0 ? left : 0;
  }

  get expired(): boolean {
    return this.remainingMs() === 0;
  }

  error(): AppError {
    return AppError.overLimit(ErrorCode.TIME_LIMIT_EXCEEDED, { ms: this.budgetMs });
  }

  /** Throws TIME_LIMIT_EXCEEDED once the budget is spent. */
  check(): void {
    if (this.expired) throw this.error();
  }

  /**
   * `SET LOCAL statement_timeout` for what is left (PostgreSQL cancels a statement running longer
   * with SQLSTATE 57014), or null without a budget. Only valid inside a transaction.
   */
  statementTimeoutSql(): string | null {
    if (this.unlimited) return null;
    this.check();
    return `SET LOCAL statement_timeout = ${this.remainingMs()}`;
  }

  /** Runs database work, reporting a statement cancelled by `statement_timeout` as TIME_LIMIT_EXCEEDED. */
  async run<T>(work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (error) {
      const code =
        error instanceof QueryFailedError ? (error.driverError as { code?: string }).code : undefined;
      if (code === QUERY_CANCELED) throw this.error();
      throw error;
    }
  }
}

/** SQLSTATE of a statement cancelled, among others by `statement_timeout`. */
const QUERY_CANCELED = '57014';
