import { createHash, randomBytes } from 'node:crypto';

/** 32 random bytes, base64url: 43 characters, 256 bits. */
export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

/** What the database keeps instead of the token. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/** How long a token stays valid. */
export const TOKEN_LIFETIME_MS = 12 * 60 * 60 * 1000;

/** The form of a token this server hands out; anything else is refused without a query. */
export const TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;
