import assert from 'node:assert/strict';
import { DEFAULT_QUERY } from '@vitrine/core';
import { assertRejectsWith } from './checks.js';
import { FAULTS, type FaultName } from './faults.js';
import type { Check } from './suite.js';

export const ACCOUNT_CHECKS: readonly Check[] = [
  {
    name: 'sign-in',
    title: 'right credentials sign in, wrong ones are refused, sign-out forgets',
    notApplicable: (adapter, subject) => {
      if (adapter.capabilities.signIn.length === 0) return 'guests only';
      return subject.signIn ? null : 'the subject gives no credentials';
    },
    async run({ adapter, subject }) {
      const { valid, invalid } = subject.signIn!;
      assert.ok(adapter.signIn && adapter.signOut, 'declares sign-in: needs signIn and signOut');
      assert.ok(adapter.capabilities.signIn.includes(valid.kind), `declares ${valid.kind}`);
      await assertRejectsWith(adapter.signIn(invalid), ['validation'], 'wrong credentials');
      const customer = await adapter.signIn(valid);
      assert.ok(customer.id, 'a signed-in customer has an id');
      assert.ok(customer.name, 'a signed-in customer has a name to show');
      assert.match(customer.email, /@/, 'a signed-in customer has an e-mail');
      const page = await adapter.listProducts(DEFAULT_QUERY);
      assert.ok(page.items.length > 0, 'a signed-in customer sees the catalog');
      await adapter.signOut();
      const again = await adapter.listProducts(DEFAULT_QUERY);
      assert.ok(again.items.length > 0, 'a guest again sees the catalog');
    },
  },
  {
    name: 'errors',
    title: 'network, 5xx and malformed answers become typed errors; nothing sticks',
    async run({ adapter, inject }) {
      for (const [name, fault] of Object.entries(FAULTS)) {
        inject(name as FaultName);
        await assertRejectsWith(adapter.listProducts(DEFAULT_QUERY), [fault.expected], name);
        await assertRejectsWith(adapter.getProduct('any'), [fault.expected], name);
        inject(null);
      }
      const healed = await adapter.listProducts(DEFAULT_QUERY);
      assert.ok(healed.items.length > 0, 'once the backend answers again, so does the adapter');
    },
  },
];
