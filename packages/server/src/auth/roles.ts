/**
 * Who is acting. 'guest' is anyone without a token; every other role comes from the
 * membership the request acts through (see auth/middleware.ts).
 */
export const ROLES = [
  'guest',
  'consumer',
  'buyer',
  'approver',
  'admin',
  'viewer',
  'seller',
  'operator',
] as const;
export type Role = (typeof ROLES)[number];

/** Roles held inside a company account. */
export const COMPANY_ROLES = ['admin', 'approver', 'buyer', 'viewer'] as const;
export type CompanyRole = (typeof COMPANY_ROLES)[number];

export const isCompanyRole = (role: Role): role is CompanyRole =>
  (COMPANY_ROLES as readonly string[]).includes(role);

export const SPENDING_PERIODS = ['week', 'month', 'quarter', 'year'] as const;
export type SpendingPeriod = (typeof SPENDING_PERIODS)[number];
