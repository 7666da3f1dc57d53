import type { SpendingPeriod } from '../auth/roles.js';
import type { MemberRole } from '../auth/types.js';

/*
 * The demo's people and companies. Every persona can be signed in as with
 * POST /api/auth/demo-sign-in (demo mode only); the ids are stable so that tests, the demo
 * pages and the documentation can name them.
 */

export interface MembershipSeed {
  id: string;
  role: MemberRole;
  companyId?: string;
  sellerId?: string;
  /** HT, minor units per period; absent: no limit. */
  spendingLimit?: number;
  spendingPeriod?: SpendingPeriod;
}

export interface PersonaSeed {
  /** What demo sign-in takes: { "persona": "lea" }. */
  key: string;
  userId: string;
  name: string;
  email: string;
  /** One line for the persona picker. */
  description: string;
  customerGroupId?: string;
  memberships: MembershipSeed[];
}

export const CUSTOMER_GROUPS = [
  { id: 'cg-pro', name: 'Professionnels' },
  { id: 'cg-chr', name: 'Cafés, hôtels, restaurants' },
  { id: 'cg-club', name: 'Club Vitrine' },
] as const;

export const ATELIER_MARTIN = 'co-atelier-martin';
export const LEFEVRE = 'co-boulangerie-lefevre';

export const COMPANIES = [
  {
    id: ATELIER_MARTIN,
    name: 'Atelier Martin SARL',
    vat_number: 'FR40123456789',
    country: 'FR',
    customer_group_id: 'cg-pro',
    payment_terms_kind: 'net',
    payment_terms_days: 30,
    early_payment_discount: 200,
    early_payment_days: 10,
    address: {
      name: 'Atelier Martin SARL',
      line1: '12 rue des Tanneurs',
      postalCode: '69002',
      city: 'Lyon',
      country: 'FR',
    },
  },
  {
    id: LEFEVRE,
    name: 'Boulangerie Lefèvre',
    vat_number: 'FR72987654321',
    country: 'FR',
    customer_group_id: 'cg-chr',
    payment_terms_kind: 'end-of-month',
    payment_terms_days: 45,
    early_payment_discount: null,
    early_payment_days: null,
    address: {
      name: 'Boulangerie Lefèvre',
      line1: '8 place du Marché',
      postalCode: '33000',
      city: 'Bordeaux',
      country: 'FR',
    },
  },
] as const;

const EUR = (euros: number) => euros * 100;

export const PERSONAS: readonly PersonaSeed[] = [
  {
    key: 'camille',
    userId: 'u-camille',
    name: 'Camille Dubois',
    email: 'camille.dubois@example.fr',
    description: 'Consumer (B2C), Club Vitrine member, has bought before',
    customerGroupId: 'cg-club',
    memberships: [{ id: 'm-camille', role: 'consumer' }],
  },
  {
    key: 'sophie',
    userId: 'u-sophie',
    name: 'Sophie Martin',
    email: 'sophie.martin@atelier-martin.example.fr',
    description: 'Admin of Atelier Martin SARL: members, limits, approval rules; approves level 2',
    memberships: [{ id: 'm-sophie', role: 'admin', companyId: ATELIER_MARTIN }],
  },
  {
    key: 'julien',
    userId: 'u-julien',
    name: 'Julien Leroy',
    email: 'julien.leroy@atelier-martin.example.fr',
    description: 'Approver at Atelier Martin SARL (buys up to 10,000 € a month himself)',
    memberships: [
      {
        id: 'm-julien',
        role: 'approver',
        companyId: ATELIER_MARTIN,
        spendingLimit: EUR(10_000),
        spendingPeriod: 'month',
      },
    ],
  },
  {
    key: 'lea',
    userId: 'u-lea',
    name: 'Léa Fontaine',
    email: 'lea.fontaine@atelier-martin.example.fr',
    description: 'Buyer at Atelier Martin SARL, 1,500 € a month; also shops as a consumer',
    memberships: [
      {
        id: 'm-lea-buyer',
        role: 'buyer',
        companyId: ATELIER_MARTIN,
        spendingLimit: EUR(1_500),
        spendingPeriod: 'month',
      },
      { id: 'm-lea-consumer', role: 'consumer' },
    ],
  },
  {
    key: 'karim',
    userId: 'u-karim',
    name: 'Karim Benali',
    email: 'karim.benali@atelier-martin.example.fr',
    description: 'Buyer at Atelier Martin SARL, 400 € a week',
    memberships: [
      {
        id: 'm-karim',
        role: 'buyer',
        companyId: ATELIER_MARTIN,
        spendingLimit: EUR(400),
        spendingPeriod: 'week',
      },
    ],
  },
  {
    key: 'paul',
    userId: 'u-paul',
    name: 'Paul Girard',
    email: 'paul.girard@atelier-martin.example.fr',
    description: 'Viewer at Atelier Martin SARL (accounting): reads orders, quotes and invoices',
    memberships: [{ id: 'm-paul', role: 'viewer', companyId: ATELIER_MARTIN }],
  },
  {
    key: 'marc',
    userId: 'u-marc',
    name: 'Marc Lefèvre',
    email: 'marc@boulangerie-lefevre.example.fr',
    description: 'Admin of Boulangerie Lefèvre, the second company',
    memberships: [{ id: 'm-marc', role: 'admin', companyId: LEFEVRE }],
  },
  {
    key: 'nina',
    userId: 'u-nina',
    name: 'Nina Roux',
    email: 'nina@boulangerie-lefevre.example.fr',
    description: 'Buyer at Boulangerie Lefèvre, 800 € a month',
    memberships: [
      {
        id: 'm-nina',
        role: 'buyer',
        companyId: LEFEVRE,
        spendingLimit: EUR(800),
        spendingPeriod: 'month',
      },
    ],
  },
  {
    key: 'antoine',
    userId: 'u-antoine',
    name: 'Antoine Moreau',
    email: 'antoine.moreau@bureau-plus.example.fr',
    description: 'Seller staff at Bureau Plus: answers quotes, ships orders',
    memberships: [{ id: 'm-antoine', role: 'seller', sellerId: 's-01' }],
  },
  {
    key: 'ines',
    userId: 'u-ines',
    name: 'Inès Garnier',
    email: 'ines.garnier@atelier-numerique.example.fr',
    description: 'Seller staff at Atelier Numérique',
    memberships: [{ id: 'm-ines', role: 'seller', sellerId: 's-06' }],
  },
  {
    key: 'claire',
    userId: 'u-claire',
    name: 'Claire Petit',
    email: 'claire.petit@vitrine.example.fr',
    description: 'Marketplace operator: sees everything, moderates reviews',
    memberships: [{ id: 'm-claire', role: 'operator' }],
  },
];

/**
 * Atelier Martin: an approver from 1,000 € HT or for any computer equipment, and the admin as
 * well from 5,000 € HT. Boulangerie Lefèvre: the admin from 2,000 € HT.
 */
export const APPROVAL_RULES = [
  {
    id: 'ar-am-1',
    company_id: ATELIER_MARTIN,
    level: 1,
    min_total: EUR(1_000),
    category_id: null,
    approver_role: 'approver',
  },
  {
    id: 'ar-am-2',
    company_id: ATELIER_MARTIN,
    level: 1,
    min_total: null,
    category_id: 'c-03',
    approver_role: 'approver',
  },
  {
    id: 'ar-am-3',
    company_id: ATELIER_MARTIN,
    level: 2,
    min_total: EUR(5_000),
    category_id: null,
    approver_role: 'admin',
  },
  {
    id: 'ar-lf-1',
    company_id: LEFEVRE,
    level: 1,
    min_total: EUR(2_000),
    category_id: null,
    approver_role: 'admin',
  },
] as const;

/**
 * Price lists, each set by one seller: Bureau Plus's negotiated list for Atelier Martin (10 %
 * off everything, fixed prices on a few offers, its own tiers), and customer-group lists.
 */
export const PRICE_LISTS = [
  {
    id: 'pl-am-bureau-plus',
    seller_id: 's-01',
    name: 'Tarif Atelier Martin — Bureau Plus',
    company_id: ATELIER_MARTIN,
    customer_group_id: null,
    default_discount: 1000,
  },
  {
    id: 'pl-pro-papeterie',
    seller_id: 's-02',
    name: 'Tarif professionnels — Papeterie Lyonnaise',
    company_id: null,
    customer_group_id: 'cg-pro',
    default_discount: 500,
  },
  {
    id: 'pl-chr-varenne',
    seller_id: 's-05',
    name: 'Tarif CHR — Maison Varenne',
    company_id: null,
    customer_group_id: 'cg-chr',
    default_discount: 800,
  },
  {
    id: 'pl-club-comptoir',
    seller_id: 's-03',
    name: 'Club Vitrine — Comptoir du Sud',
    company_id: null,
    customer_group_id: 'cg-club',
    default_discount: 300,
  },
] as const;
