import { GraphQLObjectType, type GraphQLResolveInfo, type GraphQLSchema } from 'graphql';
import { RequestContext } from '../context/request-context.js';

type Path = GraphQLResolveInfo['path'];

/**
 * The context each resolved field was given, by its response path object: a nested field finds
 * its language by walking up to the nearest field that has one. Path objects belong to one
 * execution, so entries go with it.
 */
const SCOPES = new WeakMap<Path, RequestContext>();

const pathKey = (path: Path): string => {
  const keys: (string | number)[] = [];
  for (let p: Path | undefined = path; p; p = p.prev) keys.push(p.key);
  return keys.reverse().join('.');
};

/** The context a field resolves with: its own `locale` argument's, else its nearest ancestor's. */
function scoped(
  ctx: RequestContext,
  args: Record<string, unknown>,
  info: GraphQLResolveInfo,
): RequestContext {
  const locale = args['locale'];
  if (typeof locale === 'string') {
    const view = ctx.withLocale(locale, pathKey(info.path));
    SCOPES.set(info.path, view);
    return view;
  }
  if (!ctx.hasFieldLocales) return ctx;
  for (let p = info.path.prev; p; p = p.prev) {
    const found = SCOPES.get(p);
    if (found) {
      // Its own fields stop here instead of walking the same way up.
      SCOPES.set(info.path, found);
      return found;
    }
  }
  return ctx;
}

/**
 * Makes every field's `locale` argument decide the language of that field, of the fields nested
 * in it and of their error messages: `a: practice(id: X, locale: "lt") { title }
 * b: practice(id: X, locale: "en") { title }` gives each alias its own language. Resolvers keep
 * taking the request context; a field inside one with a `locale` gets a view of it in that
 * language (RequestContext.withLocale). Only fields with resolvers are wrapped: default property
 * reads need no context.
 */
export function scopeFieldLocales(schema: GraphQLSchema): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!(type instanceof GraphQLObjectType) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      const resolve = field.resolve;
      if (!resolve) continue;
      field.resolve = (source, args: Record<string, unknown>, context: unknown, info) =>
        resolve(
          source,
          args,
          context instanceof RequestContext ? scoped(context, args, info) : context,
          info,
        );
    }
  }
  return schema;
}
