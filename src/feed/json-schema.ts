/**
 * The feed's JSON Schema, generated from the zod schema (never written by hand).
 *
 * Kept out of the browser bundle: `toJSONSchema` costs about 7 KB and only the build and the
 * command-line validator need it.
 */
import * as z from 'zod/mini';
import { ContractPlatformsIndicator, ContractRow, ContractRows, FEED_VERSION, Feed, FigureIndicator, IsoDate } from './schema.js';

/** Where the schema of each version is published, for `$id` and a feed's `$schema`. */
export const SCHEMA_ID = `https://unpkg.com/ruta-widgets/dist/feed.schema.json`;

/**
 * Rules the zod schema states as refinements, which JSON Schema cannot read from a function:
 * they are restated here as `anyOf` of required keys, and a test checks both validators agree.
 */
const REQUIRE_ONE_OF = new Map<unknown, string[]>([
  [ContractPlatformsIndicator, ['platforms', 'rows']],
  [FigureIndicator, ['value', 'change']],
]);

export function feedJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(Feed, {
    target: 'draft-2020-12',
    io: 'input',
    // ContractRows is checked by a loop in zod (for speed); its JSON Schema comes from ContractRow.
    unrepresentable: 'any',
    override(ctx) {
      if (ctx.zodSchema === ContractRows) {
        const { $schema: _, ...rows } = z.toJSONSchema(z.array(ContractRow), { target: 'draft-2020-12', io: 'input' }) as Record<string, unknown>;
        for (const k of Object.keys(ctx.jsonSchema)) delete ctx.jsonSchema[k];
        Object.assign(ctx.jsonSchema, rows);
        const items = rows.items as Record<string, unknown>;
        items.propertyNames = { not: { const: '__proto__' } };
        return;
      }
      // Dates are checked by a pattern in zod (schema.ts says why); editors also get the format.
      if (ctx.zodSchema === IsoDate) ctx.jsonSchema.format = 'date';
      const keys = REQUIRE_ONE_OF.get(ctx.zodSchema);
      if (keys) ctx.jsonSchema.anyOf = keys.map((k) => ({ required: [k] }));
      // Objects open to keys of the publisher's choosing (records, contract rows) refuse
      // `__proto__`, as `validateFeed` does: zod would drop such a key unchecked.
      const js = ctx.jsonSchema;
      if (js.type === 'object' && js.additionalProperties !== false) {
        js.propertyNames = { ...(typeof js.propertyNames === 'object' ? js.propertyNames : {}), not: { const: '__proto__' } };
      }
    },
  }) as Record<string, unknown>;
  return {
    $schema: schema.$schema,
    $id: SCHEMA_ID,
    title: `Ruta widgets feed, version ${FEED_VERSION}`,
    description:
      'A municipality\'s progress report on its transparency commitments ("Ruta por la Transparencia y la Integridad"), as read by ruta-widgets.',
    ...schema,
  };
}
