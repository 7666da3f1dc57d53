import type { MedusaAdapterOptions } from '../../src/index.js';

/**
 * A real Medusa 2 server to test against, from the environment: MEDUSA_URL and
 * MEDUSA_PUBLISHABLE_KEY, optionally MEDUSA_COUNTRY or MEDUSA_REGION_ID (where to sell) and
 * MEDUSA_EMAIL with MEDUSA_PASSWORD (a customer account, for sign-in).
 */
export interface LiveMedusa {
  readonly options: Omit<MedusaAdapterOptions, 'fetch'>;
  readonly customer?: { readonly email: string; readonly password: string };
}

export const LIVE_VARIABLES =
  'set MEDUSA_URL and MEDUSA_PUBLISHABLE_KEY (optionally MEDUSA_COUNTRY or MEDUSA_REGION_ID, ' +
  'MEDUSA_EMAIL and MEDUSA_PASSWORD) to run against a Medusa 2 server';

export function liveMedusa(env: NodeJS.ProcessEnv = process.env): LiveMedusa | undefined {
  const { MEDUSA_URL, MEDUSA_PUBLISHABLE_KEY, MEDUSA_COUNTRY, MEDUSA_REGION_ID } = env;
  if (!MEDUSA_URL || !MEDUSA_PUBLISHABLE_KEY) return undefined;
  const { MEDUSA_EMAIL, MEDUSA_PASSWORD } = env;
  return {
    options: {
      baseUrl: MEDUSA_URL,
      publishableKey: MEDUSA_PUBLISHABLE_KEY,
      ...(MEDUSA_COUNTRY && { countryCode: MEDUSA_COUNTRY }),
      ...(MEDUSA_REGION_ID && { regionId: MEDUSA_REGION_ID }),
    },
    ...(MEDUSA_EMAIL &&
      MEDUSA_PASSWORD && { customer: { email: MEDUSA_EMAIL, password: MEDUSA_PASSWORD } }),
  };
}
