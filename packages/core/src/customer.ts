/** Who is signed in, as the elements show it. */
export interface Customer {
  readonly id: string;
  readonly name: string;
  readonly email: string;
  /** The company the customer buys for (B2B); absent for a private customer. */
  readonly company?: { readonly id: string; readonly name: string };
}

/**
 * How a customer proves who they are. Backends differ: an e-mail and a password (Medusa,
 * Vendure), or a seeded demo persona (the reference server in demo mode). An adapter lists the
 * kinds it takes in `capabilities.signIn`.
 */
export type SignInCredentials =
  | { readonly kind: 'password'; readonly email: string; readonly password: string }
  | { readonly kind: 'persona'; readonly persona: string };

export type SignInKind = SignInCredentials['kind'];
