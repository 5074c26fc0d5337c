import type { ApolloServerPlugin, GraphQLRequestListener } from '@apollo/server';
import { GraphQLError } from 'graphql';
import type { PerCaller } from '../config/app-config.js';
import type { RequestContext } from '../context/request-context.js';
import { AppError } from '../errors/app-error.js';
import { ErrorCode } from '../errors/error-code.js';
import { renderError } from '../errors/error-formatter.js';
import type { I18nService } from '../i18n/i18n.service.js';
import { ComplexityLimit } from './complexity-limit.js';
import { findLocaleArgument } from './locale-argument.js';

/** A subscription sent over HTTP: it runs over WebSocket only (libs/core/src/subscriptions). */
const subscriptionOverHttp = () =>
  new GraphQLError('Subscriptions are served over WebSocket.', {
    originalError: new AppError(ErrorCode.BAD_REQUEST, { message: 'errors.SUBSCRIPTIONS_OVER_WEBSOCKET' }),
    extensions: { code: ErrorCode.BAD_REQUEST, http: { status: 400, headers: new Map<string, string>() } },
  });

/**
 * Our per-request steps around Apollo's pipeline, in one plugin with one shared, stateless listener
 * (every hook reads the request from its argument), because each plugin and listener costs on
 * every request:
 * - the `locale` argument is picked up as soon as the document is parsed, so validation and
 *   limit errors are already in the caller's language (content and field errors follow each
 *   field's own `locale`, see field-locale.ts);
 * - the complexity limit (by who is asking) is checked before execution;
 * - error messages are rendered in the caller's language (formatError cannot: it does not see
 *   the request), and carry the request id, so a report from a user finds the request's log line;
 * - the operation's name and the errors' codes are noted for the request's log line and metrics.
 */
export function requestPipelinePlugin(
  i18n: I18nService,
  complexityLimits: PerCaller<number>,
): ApolloServerPlugin<RequestContext> {
  const complexity = new ComplexityLimit(complexityLimits);
  const listener: GraphQLRequestListener<RequestContext> = {
    async validationDidStart({ document, request, contextValue }) {
      contextValue.useMessageLocale(findLocaleArgument(document, request.operationName, request.variables));
    },
    async didResolveOperation({ document, request, contextValue, schema, operation }) {
      contextValue.useMessageLocale(findLocaleArgument(document, request.operationName, request.variables));
      // A long name (they are the client's choice) would only bloat log lines and metric labels.
      contextValue.telemetry.operation = operation?.name?.value.slice(0, 100) ?? null;
      if (operation?.operation === 'subscription') throw subscriptionOverHttp();
      complexity.check(schema, document, operation, request.variables, contextValue.principal);
    },
    async willSendResponse({ response, contextValue }) {
      const telemetry = contextValue.telemetry;
      telemetry.errorCodes = [];
      if (response.body.kind !== 'single') return;
      if (Object.keys(contextValue.responseExtensions).length > 0) {
        const result = response.body.singleResult;
        result.extensions = { ...result.extensions, ...contextValue.responseExtensions };
      }
      const errors = response.body.singleResult.errors;
      if (!errors?.length) return;
      telemetry.errorCodes = errors.map((e) => String(e.extensions?.['code'] ?? 'INTERNAL_SERVER_ERROR'));
      const requestId = contextValue.requestId;
      // In the language of the field that failed: aliases may each ask for their own.
      response.body.singleResult.errors = errors.map((e) => {
        const locale = contextValue.messageLocaleAt(e.path);
        const rendered = locale === 'en' ? e : renderError(i18n, e, locale);
        return { ...rendered, extensions: { ...rendered.extensions, requestId } };
      });
    },
  };
  return {
    async requestDidStart() {
      return listener;
    },
  };
}
