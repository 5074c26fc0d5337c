import type { ApolloServerPlugin, GraphQLRequestListener } from '@apollo/server';
import type { RequestContext } from '../context/request-context.js';
import { renderError } from '../errors/error-formatter.js';
import type { I18nService } from '../i18n/i18n.service.js';
import { findLocaleArgument } from './locale-argument.js';

/**
 * Per request: picks up the `locale` argument as soon as the document is parsed, and rewrites
 * every error message into the caller's language (formatError cannot: it does not see the request).
 */
export function localizedErrorsPlugin(i18n: I18nService): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart(): Promise<GraphQLRequestListener<RequestContext>> {
      return {
        async validationDidStart({ document, request, contextValue }) {
          contextValue.useLocale(findLocaleArgument(document, request.operationName, request.variables));
        },
        async didResolveOperation({ document, request, contextValue }) {
          contextValue.useLocale(findLocaleArgument(document, request.operationName, request.variables));
        },
        async willSendResponse({ response, contextValue }) {
          if (response.body.kind !== 'single') return;
          const errors = response.body.singleResult.errors;
          if (!errors?.length) return;
          const locale = contextValue.messageLocale;
          if (locale !== 'en')
            response.body.singleResult.errors = errors.map((e) => renderError(i18n, e, locale));
        },
      };
    },
  };
}
