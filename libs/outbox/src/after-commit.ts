import type { DataSource, EntityManager, QueryRunner } from 'typeorm';

/**
 * Wakes this process's listeners once the transaction that wrote outbox rows commits (at once
 * when the write ran outside a transaction), never after a rollback. Woken at the write itself, a
 * consumer often looked before the commit, found nothing and slept a whole poll interval.
 */
export class AfterCommit {
  private readonly listeners = new Set<() => void>();
  /** Transactions that wrote and have not committed yet. */
  private readonly awaitingCommit = new WeakSet<QueryRunner>();
  private attached = false;

  /** Called after writing outbox rows through `em`. */
  wrote(em: EntityManager): void {
    const runner = em.queryRunner;
    if (this.attached && runner?.isTransactionActive) this.awaitingCommit.add(runner);
    else this.notify();
  }

  attach(dataSource: DataSource): void {
    dataSource.subscribers.push({
      afterTransactionCommit: ({ queryRunner }) => {
        // A released savepoint fires this too; only the outermost commit makes rows visible.
        if (!queryRunner.isTransactionActive && this.awaitingCommit.delete(queryRunner)) this.notify();
      },
      afterTransactionRollback: ({ queryRunner }) => {
        if (!queryRunner.isTransactionActive) this.awaitingCommit.delete(queryRunner);
      },
    });
    this.attached = true;
  }

  /** Returns the unsubscribe. */
  listen(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  notify(): void {
    for (const listener of this.listeners) {
      try {
        listener();
      } catch {
        // A consumer's failure must not fail a write that has already committed.
      }
    }
  }
}
