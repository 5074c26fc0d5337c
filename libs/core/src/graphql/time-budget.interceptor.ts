import { type CallHandler, type ExecutionContext, Injectable, type NestInterceptor } from '@nestjs/common';
import { GqlExecutionContext, type GqlContextType } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { type Observable, throwError, timeout } from 'rxjs';
import type { RequestContext } from '../context/request-context.js';

/**
 * Runs each top-level field of a GraphQL request within the request's time budget: a field not
 * started before the budget is spent fails at once, and one still running when it is spent fails
 * with TIME_LIMIT_EXCEEDED, so the response goes out on time. The work itself stops where it
 * checks the deadline (searches; statements get `statement_timeout` from it).
 *
 * Queries only: a mutation cut off here would still commit, and its caller be told it failed; a
 * sign-in is also slow on purpose (password hashing, growing delays after failures).
 */
@Injectable()
export class TimeBudgetInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType<GqlContextType>() !== 'graphql') return next.handle();
    const gql = GqlExecutionContext.create(context);
    if (gql.getInfo<GraphQLResolveInfo>().operation.operation !== 'query') return next.handle();
    const deadline = gql.getContext<RequestContext>().deadline;
    if (deadline.unlimited) return next.handle();
    if (deadline.expired) return throwError(() => deadline.error());
    return next
      .handle()
      .pipe(timeout({ first: deadline.remainingMs(), with: () => throwError(() => deadline.error()) }));
  }
}
