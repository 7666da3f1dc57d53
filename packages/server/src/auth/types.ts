import type { Role, SpendingPeriod } from './roles.js';

export type MemberRole = Exclude<Role, 'guest'>;

export interface Ref {
  id: string;
  name: string;
}

/** One way a person may act: as a consumer, in a company with a role, for a seller, or as operator. */
export interface MembershipInfo {
  id: string;
  role: MemberRole;
  company: Ref | null;
  seller: Ref | null;
  /** HT, minor units, per period; null: no limit. */
  spendingLimit: number | null;
  spendingPeriod: SpendingPeriod;
  /** The company's customer group, for price lists. */
  companyGroupId: string | null;
}

export interface UserInfo {
  id: string;
  email: string;
  name: string;
  customerGroupId: string | null;
}

export interface GuestAuth {
  role: 'guest';
  user: null;
  membership: null;
}

export interface MemberAuth {
  role: MemberRole;
  user: UserInfo;
  /** The membership this request acts through. */
  membership: MembershipInfo;
  memberships: MembershipInfo[];
  tokenHash: string;
}

export type Auth = GuestAuth | MemberAuth;

export const GUEST: GuestAuth = Object.freeze({ role: 'guest', user: null, membership: null });

export const isMember = (auth: Auth): auth is MemberAuth => auth.role !== 'guest';

/** What prices a person gets: their company's and customer groups' price lists. */
export interface PricingCustomer {
  companyId?: string;
  groups: string[];
}

export function pricingCustomerOf(auth: Auth): PricingCustomer | undefined {
  if (!isMember(auth)) return undefined;
  const { membership, user } = auth;
  if (membership.company !== null) {
    return {
      companyId: membership.company.id,
      groups: membership.companyGroupId === null ? [] : [membership.companyGroupId],
    };
  }
  if (membership.role === 'consumer') {
    return { groups: user.customerGroupId === null ? [] : [user.customerGroupId] };
  }
  // Sellers and the operator see public prices.
  return undefined;
}
