import {
  VitrineError,
  type Customer,
  type CustomerRole,
  type Membership,
  type Persona,
  type SessionSlot,
  type SignInCredentials,
} from '@vitrine/core';

/** A membership and what its role may do (the backend's operation ids, e.g. `createQuote`). */
export interface MemoryMembership extends Membership {
  readonly permissions: readonly string[];
}

/** Someone to sign in as, with their memberships (the first one is active after sign-in). */
export interface MemoryPersona {
  readonly key: string;
  readonly id: string;
  readonly name: string;
  readonly email: string;
  readonly description: string;
  readonly memberships: readonly [MemoryMembership, ...MemoryMembership[]];
}

interface Signed {
  readonly persona: MemoryPersona;
  readonly membership: MemoryMembership;
}

/**
 * Persona sign-in over data held in memory, as the reference server does it in demo mode. The
 * session (persona and membership, nothing secret here) goes into the storefront's slot, so a
 * storefront created again on the same storage finds the customer signed in.
 */
export function createAccountMethods(
  personas: readonly MemoryPersona[],
  settle: () => Promise<void>,
) {
  let slot: SessionSlot | undefined;
  let fallback: string | undefined;
  const read = () => (slot ? slot.read() : fallback);
  const keep = (value: string | undefined) => {
    if (!slot) fallback = value;
    else if (value === undefined) slot.forget();
    else slot.keep(value);
  };

  /** Who the kept session acts for; undefined: a guest (or a session this data cannot read). */
  function signed(): Signed | undefined {
    const [key, membershipId] = (read() ?? '').split(' ');
    const persona = personas.find((p) => p.key === key);
    const membership = persona?.memberships.find((m) => m.id === membershipId);
    return persona && membership ? { persona, membership } : undefined;
  }

  function customerOf({ persona, membership }: Signed): Customer {
    return {
      id: persona.id,
      name: persona.name,
      email: persona.email,
      ...(membership.company && { company: membership.company }),
      role: membership.role,
      memberships: persona.memberships.map(({ permissions: _p, ...rest }) => rest),
      activeMembershipId: membership.id,
      permissions: membership.permissions,
    };
  }

  return {
    /** The signed-in membership, for the quote methods. */
    signed,

    keepSessionIn(given: SessionSlot) {
      slot = given;
    },

    async listPersonas(): Promise<readonly Persona[]> {
      await settle();
      return personas.map((p) => ({
        key: p.key,
        name: p.name,
        description: p.description,
        roles: p.memberships.map((m): CustomerRole => m.role),
      }));
    },

    async signIn(credentials: SignInCredentials): Promise<Customer> {
      await settle();
      const persona =
        credentials.kind === 'persona'
          ? personas.find((p) => p.key === credentials.persona)
          : undefined;
      if (!persona) {
        throw new VitrineError('validation', 'Unknown persona', {
          status: 404,
          fields: [{ path: 'persona', message: 'No such persona' }],
        });
      }
      const membership = persona.memberships[0];
      keep(`${persona.key} ${membership.id}`);
      return customerOf({ persona, membership });
    },

    async signOut(): Promise<void> {
      keep(undefined);
      await settle();
    },

    async currentCustomer(): Promise<Customer | undefined> {
      await settle();
      const current = signed();
      if (!current) keep(undefined);
      return current && customerOf(current);
    },

    async switchMembership(membershipId: string): Promise<Customer> {
      await settle();
      const current = signed();
      const membership = current?.persona.memberships.find((m) => m.id === membershipId);
      if (!current || !membership) {
        throw new VitrineError('validation', `Membership ${membershipId} is not one of yours`, {
          status: 403,
        });
      }
      keep(`${current.persona.key} ${membership.id}`);
      return customerOf({ persona: current.persona, membership });
    },
  };
}
