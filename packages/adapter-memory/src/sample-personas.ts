import type { MemoryPersona } from './accounts.js';

const company = { id: 'co-atelier-martin', name: 'Atelier Martin SARL' };

/*
 * People to sign in as in stories and tests, shaped like the reference server's demo personas.
 * Their permissions are a sample of the server's operation ids, enough for the elements' rules.
 */
export const samplePersonas: readonly MemoryPersona[] = [
  {
    key: 'lea',
    id: 'u-lea',
    name: 'Léa Fontaine',
    email: 'lea.fontaine@atelier-martin.example.fr',
    description: 'Buyer at Atelier Martin SARL; also shops as a consumer',
    memberships: [
      {
        id: 'm-lea-buyer',
        role: 'buyer',
        company,
        permissions: ['addCartLine', 'createQuote', 'updateQuote', 'listQuotes'],
      },
      { id: 'm-lea-consumer', role: 'consumer', permissions: ['addCartLine', 'createReview'] },
    ],
  },
  {
    key: 'paul',
    id: 'u-paul',
    name: 'Paul Girard',
    email: 'paul.girard@atelier-martin.example.fr',
    description: 'Viewer at Atelier Martin SARL (accounting)',
    memberships: [{ id: 'm-paul', role: 'viewer', company, permissions: ['listQuotes'] }],
  },
  {
    key: 'camille',
    id: 'u-camille',
    name: 'Camille Dubois',
    email: 'camille.dubois@example.fr',
    description: 'Consumer, Club member',
    memberships: [
      { id: 'm-camille', role: 'consumer', permissions: ['addCartLine', 'createReview'] },
    ],
  },
];
