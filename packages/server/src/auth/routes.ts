import { Hono } from 'hono';
import * as v from 'valibot';
import type { Deps } from '../http/deps.js';
import type { AppEnv } from '../http/env.js';
import { parseJsonBody } from '../http/validate.js';
import { authorize } from './permissions.js';
import { listPersonas } from './personas.js';
import { demoSignIn, me, signOut } from './service.js';
import { memberOf } from './middleware.js';

export const DemoSignInBody = v.object({
  persona: v.pipe(
    v.string('Must be a string'),
    v.minLength(1, 'Is required'),
    v.maxLength(50, 'Must be at most 50 characters'),
  ),
});

export function authRoutes(deps: Deps, options: { demoMode: boolean }): Hono<AppEnv> {
  const app = new Hono<AppEnv>();

  if (options.demoMode) {
    app.get('/api/auth/personas', authorize('listPersonas'), (c) =>
      c.json({ items: listPersonas() }),
    );
    app.post('/api/auth/demo-sign-in', authorize('demoSignIn'), async (c) => {
      const body = await parseJsonBody(c, DemoSignInBody);
      return c.json(await demoSignIn(deps, body.persona), 201);
    });
  }

  app.post('/api/auth/sign-out', authorize('signOut'), async (c) => {
    await signOut(deps, memberOf(c));
    return c.body(null, 204);
  });

  app.get('/api/me', authorize('getMe'), async (c) => {
    return c.json(await me(deps, memberOf(c)));
  });

  return app;
}
