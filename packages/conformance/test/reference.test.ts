import { createReferenceAdapter } from '@vitrine/adapter-reference';
import { createApp, migrate, openDatabase, seedIfEmpty, type Database } from '@vitrine/server';
import { runConformance } from '../src/index.js';

/** The reference server in this process, on an in-memory database with the demo seed. */
let db: Database | undefined;
let app: ReturnType<typeof createApp> | undefined;

runConformance({
  name: 'reference adapter on the reference server',
  async before() {
    db = await openDatabase();
    await migrate(db);
    await seedIfEmpty(db);
    app = createApp({ db, demoMode: true });
  },
  async after() {
    await db?.close();
  },
  fetch: (input, init) => Promise.resolve(app!.fetch(new Request(input, init))),
  createAdapter: (fetch) => createReferenceAdapter({ baseUrl: 'http://reference.test/', fetch }),
  signIn: {
    valid: { kind: 'persona', persona: 'camille' },
    invalid: { kind: 'persona', persona: 'nobody' },
  },
});
