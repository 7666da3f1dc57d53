import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  mayAddToCart,
  mayRequestQuotes,
  signedInCustomer,
  type AdapterCapabilities,
} from '../src/index.ts';

const person = { id: 'u-1', name: 'Léa Martin', email: 'lea@example.com' };
// Only `quotes` matters here.
const takesQuotes = (quotes: boolean) => ({ quotes }) as AdapterCapabilities;
const withPermissions = (permissions: string[]) => signedInCustomer({ ...person, permissions });

describe('what the active role may do', () => {
  it('a guest may add to a cart, and not ask for quotes', () => {
    assert.equal(mayAddToCart(undefined), true);
    assert.equal(mayRequestQuotes(undefined, takesQuotes(true)), false);
  });

  it('a company viewer may do neither; a buyer may do both where the backend takes quotes', () => {
    const viewer = withPermissions(['getCart', 'listQuotes']);
    const buyer = withPermissions(['addCartLine', 'createQuote']);
    assert.equal(mayAddToCart(viewer), false);
    assert.equal(mayRequestQuotes(viewer, takesQuotes(true)), false);
    assert.equal(mayAddToCart(buyer), true);
    assert.equal(mayRequestQuotes(buyer, takesQuotes(true)), true);
    assert.equal(mayRequestQuotes(buyer, takesQuotes(false)), false);
  });

  it('a backend that lists no permissions has no roles: its customers shop', () => {
    assert.equal(mayAddToCart(signedInCustomer(person)), true);
  });
});
