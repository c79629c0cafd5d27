// The one setting that makes every request strict: a route whose body or query string schema contains an
// object that would silently drop unknown properties is refused when it is registered, so the server cannot
// start with one. Unknown properties then fail validation with 400 validation_failed naming them, instead of
// being ignored (a line's "discount": 500 must not be charged at full price without a word). An API route that
// declares no query parameters gets an empty strict query schema, so `?category=Audio` on it is refused rather
// than answered with an unfiltered list.
import type { FastifyInstance, RouteOptions } from 'fastify';
import { z } from 'zod';

type AnySchema = z.core.$ZodType;

const NO_QUERY_PARAMETERS = z.strictObject({});

/** Paths (like `body.lines[].customer`) of objects in the schema that accept unknown properties. */
export function lenientObjectsIn(schema: AnySchema, path: string): string[] {
  const def = schema._zod.def as unknown as Record<string, unknown> & { type: string };
  const inner = (key: string, suffix = '') => lenientObjectsIn(def[key] as AnySchema, `${path}${suffix}`);
  switch (def.type) {
    case 'object': {
      const catchall = def.catchall as AnySchema | undefined;
      const own = catchall?._zod.def.type === 'never' ? [] : [path];
      const shape = def.shape as Record<string, AnySchema>;
      return [...own, ...Object.entries(shape).flatMap(([key, property]) => lenientObjectsIn(property, `${path}.${key}`))];
    }
    case 'optional':
    case 'nullable':
    case 'default':
    case 'prefault':
    case 'nonoptional':
    case 'readonly':
    case 'catch':
      return inner('innerType');
    case 'array':
      return inner('element', '[]');
    case 'record':
      return inner('valueType', '{}');
    case 'pipe':
      return [...inner('in'), ...inner('out')];
    case 'intersection':
      return [...inner('left'), ...inner('right')];
    case 'union':
      return (def.options as AnySchema[]).flatMap((option) => lenientObjectsIn(option, path));
    case 'tuple':
      return (def.items as AnySchema[]).flatMap((item, index) => lenientObjectsIn(item, `${path}[${index}]`));
    default:
      return [];
  }
}

function isZodSchema(value: unknown): value is AnySchema {
  return typeof value === 'object' && value !== null && '_zod' in value;
}

export function requireStrictRequestSchemas(app: FastifyInstance): void {
  app.addHook('onRoute', (route: RouteOptions) => {
    if (!route.url.startsWith('/api/')) return;
    route.schema ??= {};
    route.schema.querystring ??= NO_QUERY_PARAMETERS;
    const schema = route.schema as { body?: unknown; querystring?: unknown };
    const lenient = (['body', 'querystring'] as const).flatMap((part) => {
      const partSchema = schema[part];
      return isZodSchema(partSchema) ? lenientObjectsIn(partSchema, part) : [];
    });
    if (lenient.length > 0) {
      throw new Error(
        `${String(route.method)} ${route.url}: request schemas must refuse unknown properties; use z.strictObject for ${lenient.join(', ')}`,
      );
    }
  });
}
