import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isVitrineError } from '@vitrine/core';
import { chooseMarket, type MarketChoice } from '../src/region.js';
import type { RegionPayload } from '../src/schemas.js';
import { fixture, IDS } from './support/recorded.js';

const regions = () => (fixture('regions') as unknown as { regions: RegionPayload[] }).regions;

function refusal(choice: MarketChoice): string {
  try {
    chooseMarket(regions(), choice);
  } catch (error) {
    assert.ok(isVitrineError(error) && error.code === 'invalid-input', String(error));
    return error.message;
  }
  return assert.fail(`${JSON.stringify(choice)} should be refused`);
}

describe('region and country from the recorded regions', () => {
  it('a country picks the region holding it: France is in Europe, sold in EUR', () => {
    assert.deepEqual(chooseMarket(regions(), { countryCode: 'FR' }), {
      regionId: IDS.europe,
      currency: 'EUR',
      countryCode: 'fr',
    });
  });

  it('a region of one country fixes the country too', () => {
    assert.deepEqual(chooseMarket(regions(), { regionId: IDS.unitedStates }), {
      regionId: IDS.unitedStates,
      currency: 'USD',
      countryCode: 'us',
    });
  });

  it('a region and one of its countries agree', () => {
    const market = chooseMarket(regions(), { regionId: IDS.europe, countryCode: 'it' });
    assert.equal(market.countryCode, 'it');
  });

  it('says what to pass when the choice is missing or wrong', () => {
    assert.match(refusal({}), /several regions: pass regionId or countryCode/);
    assert.match(
      refusal({ regionId: IDS.europe }),
      /Europe spans dk, fr, de, it, nl, es, se: pass countryCode/,
    );
    assert.match(refusal({ countryCode: 'jp' }), /no region with country jp/);
    assert.match(refusal({ regionId: 'reg_nowhere' }), /no region reg_nowhere/);
    assert.match(
      refusal({ regionId: IDS.unitedStates, countryCode: 'de' }),
      /does not include country de/,
    );
  });
});
