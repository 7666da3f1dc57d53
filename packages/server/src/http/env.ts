import type { Auth } from '../auth/types.js';

/** What middleware leaves on the request context for the handlers. */
export interface AppEnv {
  Variables: {
    auth: Auth;
  };
}
