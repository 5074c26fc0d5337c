import { describe, expect, it } from '@jest/globals';
import { AppError, ErrorCode, RequestDeadline } from '#core';
import { withinBudget } from '../src/web-pickers.controller.js';

/** The pickers' endpoint answers within the request's time budget, as GraphQL's queries do. */
describe('withinBudget', () => {
  it('answers what the work answers while the budget lasts', async () => {
    await expect(withinBudget(new RequestDeadline(1_000), Promise.resolve(['x']))).resolves.toEqual(['x']);
    await expect(withinBudget(RequestDeadline.none(), Promise.resolve(1))).resolves.toBe(1);
  });

  it('fails with TIME_LIMIT_EXCEEDED when the work outlasts the budget, or the budget is spent', async () => {
    const never = new Promise<never>(() => undefined);
    const late = await withinBudget(new RequestDeadline(20), never).catch((e: unknown) => e);
    expect(late).toBeInstanceOf(AppError);
    expect((late as AppError).code).toBe(ErrorCode.TIME_LIMIT_EXCEEDED);
    const spent = new RequestDeadline(10, performance.now() - 50);
    await expect(withinBudget(spent, Promise.resolve(1))).rejects.toMatchObject({
      code: ErrorCode.TIME_LIMIT_EXCEEDED,
    });
  });
});
