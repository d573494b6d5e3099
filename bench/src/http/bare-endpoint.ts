import { Hono } from 'hono';
import { describeJourney } from '../journeys/description';
import { Ajv, addFormats } from '../util/peers';
import { bareSchema } from './workload';

/**
 * The ceiling: a Hono app that parses the same JSON body a step submission sends, validates it
 * with ajv against the page's rules, and returns it. No engine, no storage.
 * @example serve({ fetch: bareApp(50).fetch, port: 0 })
 */
export function bareApp(pages: number): Hono {
  const ajv = new Ajv({ allErrors: true });
  addFormats(ajv);
  const validators = new Map(
    describeJourney(pages, 5).pages.map((p) => [p.name, ajv.compile(bareSchema(p))]),
  );
  const app = new Hono();
  app.post('/bare/:instanceId/steps/:stepId', async (c) => {
    const validate = validators.get(c.req.param('stepId'));
    if (!validate) return c.json({ error: 'no such page' }, 404);
    const body: unknown = await c.req.json();
    if (!validate(body)) return c.json({ errors: validate.errors }, 422);
    return c.json(body);
  });
  return app;
}
