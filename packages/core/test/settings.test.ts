import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { resolveSettings } from '../src/index.ts';

describe('storefront settings from attributes', () => {
  it('shows prices incl. VAT first to consumers and excl. VAT first to professionals', () => {
    assert.equal(resolveSettings({ channel: 'b2c' }).settings.taxDisplay, 'incl');
    assert.equal(resolveSettings({ channel: 'b2b' }).settings.taxDisplay, 'excl');
    assert.equal(
      resolveSettings({ channel: 'b2b', taxDisplay: 'incl' }).settings.taxDisplay,
      'incl',
    );
  });

  it('reads locales with a region and currencies in lower case', () => {
    const { settings, problems } = resolveSettings({ locale: 'fr-FR', currency: 'jpy' });
    assert.equal(settings.locale, 'fr');
    assert.equal(settings.currency, 'JPY');
    assert.deepEqual(problems, []);
  });

  it('falls back to defaults on unknown values and says which', () => {
    const { settings, problems } = resolveSettings({
      channel: 'b2x',
      currency: 'EURO',
      locale: 'de',
    });
    assert.deepEqual(settings, {
      channel: 'b2c',
      locale: 'en',
      currency: 'EUR',
      taxDisplay: 'incl',
    });
    assert.equal(problems.length, 3);
    assert.match(problems[0]!, /channel="b2x"/);
    assert.ok(problems.some((p) => p.includes('currency="EURO"')));
  });
});
