import { PERSONAS } from '../seed/accounts.js';

/** The demo personas, for the sign-in picker (demo mode only). */
export function listPersonas() {
  return PERSONAS.map((p) => ({
    key: p.key,
    name: p.name,
    description: p.description,
    roles: p.memberships.map((m) => m.role),
  }));
}

export function personaUserId(key: string): string | undefined {
  return PERSONAS.find((p) => p.key === key)?.userId;
}

export const PERSONA_KEYS = PERSONAS.map((p) => p.key);
