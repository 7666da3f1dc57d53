import type { AdapterCapabilities } from './adapter.js';

/**
 * The roles a signed-in person acts in: consumer (B2C); buyer, approver, admin or viewer in a
 * company account; seller staff; the marketplace operator.
 */
export type CustomerRole =
  'consumer' | 'buyer' | 'approver' | 'admin' | 'viewer' | 'seller' | 'operator';

/** One way a person may act: privately, or for a company (or a seller) in a role. */
export interface Membership {
  readonly id: string;
  readonly role: CustomerRole;
  readonly company?: { readonly id: string; readonly name: string };
}

/** Who is signed in, as the adapter reads it from the backend. */
export interface Customer {
  readonly id: string;
  readonly name: string;
  readonly email: string;
  /** The company the customer buys for (B2B); absent for a private customer. */
  readonly company?: { readonly id: string; readonly name: string };
  /**
   * The role of the active membership. Absent: a backend without company accounts, whose
   * customers are consumers.
   */
  readonly role?: CustomerRole;
  /** Every membership, for the role switcher. Absent: one, the customer's own. */
  readonly memberships?: readonly Membership[];
  /** The membership requests act through. */
  readonly activeMembershipId?: string;
  /**
   * What the active role may do, as the backend's operation ids (`createQuote`…). The backend
   * decides and enforces; elements only hide what would be refused. Absent: shopping only.
   */
  readonly permissions?: readonly string[];
}

/** The customer as elements see it: every field known, defaults filled in. */
export interface SignedInCustomer extends Customer {
  readonly role: CustomerRole;
  readonly memberships: readonly Membership[];
  readonly permissions: readonly string[];
}

/** Fills in what a backend without company accounts leaves out. */
export function signedInCustomer(customer: Customer): SignedInCustomer {
  return {
    ...customer,
    role: customer.role ?? 'consumer',
    memberships: customer.memberships ?? [],
    permissions: customer.permissions ?? [],
  };
}

/** The operation that adds to a cart (`addCartLine` on the reference server). */
export const ADD_CART_LINE = 'addCartLine';

/**
 * Whether the customer may add to a cart: a guest may; a signed-in customer when the backend
 * lists `addCartLine` among the active role's permissions (a company viewer does not). A backend
 * that lists no permissions at all has no roles: its customers shop.
 */
export function mayAddToCart(customer: SignedInCustomer | undefined): boolean {
  if (!customer || customer.permissions.length === 0) return true;
  return customer.permissions.includes(ADD_CART_LINE);
}

/** The operation that asks a seller for a quote (`createQuote` on the reference server). */
export const REQUEST_QUOTE = 'createQuote';

/** Whether to offer "Add to quote": the backend takes quotes and the active role may ask. */
export function mayRequestQuotes(
  customer: SignedInCustomer | undefined,
  capabilities: AdapterCapabilities,
): boolean {
  return (capabilities.quotes ?? false) && (customer?.permissions.includes(REQUEST_QUOTE) ?? false);
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

/** A demo person to sign in as (backends with `capabilities.signIn` including 'persona'). */
export interface Persona {
  /** What `signIn({ kind: 'persona', persona })` takes. */
  readonly key: string;
  readonly name: string;
  /** One line saying who they are (role, company, limits). */
  readonly description: string;
  readonly roles: readonly CustomerRole[];
}

/**
 * Where an adapter keeps what makes its requests the customer's (a bearer token, the membership
 * acted through), so that a reload keeps the customer signed in. The storefront gives it one,
 * in its own storage; the value is the adapter's business and never leaves it.
 */
export interface SessionSlot {
  read(): string | undefined;
  keep(value: string): void;
  forget(): void;
}
