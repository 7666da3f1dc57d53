import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { isVitrineError } from '@vitrine/core';
import { createReferenceAdapter } from '../src/index.js';

/**
 * Recorded from the reference server on its demo seed (DATA_DIR=memory):
 * `curl 'http://127.0.0.1:8799/api/suggestions?q=noir'`.
 */
const recorded = (): Record<string, unknown> =>
  JSON.parse(
    readFileSync(new URL('./fixtures/suggestions-noir.json', import.meta.url), 'utf8'),
  ) as Record<string, unknown>;

/** A fetch that answers `body` with `status` and remembers the URLs asked for. */
function stubFetch(body: unknown, status = 200) {
  const urls: URL[] = [];
  const fetch: typeof globalThis.fetch = async (input) => {
    urls.push(new URL(input instanceof Request ? input.url : String(input)));
    return Response.json(body, { status });
  };
  return { fetch, urls };
}

describe('reference adapter: suggestions', () => {
  it('declares them', () => {
    const adapter = createReferenceAdapter({ baseUrl: 'https://shop.example/' });
    assert.equal(adapter.capabilities.suggestions, true);
    assert.equal(typeof adapter.suggest, 'function');
  });

  it('asks GET api/suggestions with the text as typed', async () => {
    const { fetch, urls } = stubFetch(recorded());
    const adapter = createReferenceAdapter({ baseUrl: 'https://shop.example/boutique', fetch });
    await adapter.suggest!('Noir & mat');
    assert.equal(urls.length, 1);
    assert.equal(urls[0]!.pathname, '/boutique/api/suggestions');
    assert.equal(urls[0]!.searchParams.get('q'), 'Noir & mat');
  });

  it('sends at most the 200 characters the server takes', async () => {
    const { fetch, urls } = stubFetch(recorded());
    const adapter = createReferenceAdapter({ baseUrl: 'https://shop.example/', fetch });
    await adapter.suggest!('a'.repeat(250));
    assert.equal(urls[0]!.searchParams.get('q'), 'a'.repeat(200));
  });

  it('maps the recorded answer: products as sent, slugs and brand names as ids', async () => {
    const { fetch } = stubFetch(recorded());
    const adapter = createReferenceAdapter({ baseUrl: 'https://shop.example/', fetch });
    const suggestions = await adapter.suggest!('noir');
    // The server's six best matches for "noir", in its relevance order (names by the alphabet,
    // none starting with "noir").
    assert.deepEqual(
      suggestions.products.map((p) => [p.id, p.sku, p.brand]),
      [
        ['p-0208', 'VT-10208', 'Biscuiterie Nantaise'],
        ['p-0207', 'VT-10207', 'Maison Aubrac'],
        ['p-0015', 'VT-10015', 'Ligne Claire'],
        ['p-0035', 'VT-10035', 'Ergos'],
        ['p-0131', 'VT-10131', 'Packline'],
        ['p-0051', 'VT-10051', 'Nordlys Bureau'],
      ],
    );
    assert.equal(suggestions.products[0]!.name, 'Chocolat noir 70 % coffret dégustation 250 g');
    // Three categories at most, most matches first: 3, 3 then 2 (ties by name).
    assert.deepEqual(suggestions.categories, [
      { id: 'mobilier-de-bureau', name: 'Mobilier de bureau', count: 3 },
      { id: 'epicerie-fine', name: 'Épicerie fine', count: 3 },
      { id: 'cafe-the-pause', name: 'Café, thé & pause', count: 2 },
    ]);
    assert.deepEqual(suggestions.brands, [
      { id: 'Maison Aubrac', name: 'Maison Aubrac', count: 2 },
      { id: 'Maison Colombe', name: 'Maison Colombe', count: 2 },
      { id: 'Biscuiterie Nantaise', name: 'Biscuiterie Nantaise', count: 1 },
    ]);
  });

  it('leaves out a brand the server does not know', async () => {
    const body = recorded() as { products: { brand: unknown }[] };
    body.products[0]!.brand = null;
    const { fetch } = stubFetch(body);
    const adapter = createReferenceAdapter({ baseUrl: 'https://shop.example/', fetch });
    const [first] = (await adapter.suggest!('noir')).products;
    assert.equal('brand' in first!, false);
  });

  it('rejects an answer it cannot read as an invalid response', async () => {
    const body = recorded() as { categories: { count: unknown }[] };
    body.categories[0]!.count = '3';
    const { fetch } = stubFetch(body);
    const adapter = createReferenceAdapter({ baseUrl: 'https://shop.example/', fetch });
    await assert.rejects(
      adapter.suggest!('noir'),
      (error) => isVitrineError(error) && error.code === 'invalid-response',
    );
  });

  it('turns a refusal into a validation error (the server takes at most 200 characters)', async () => {
    const refusal = {
      error: {
        code: 'validation',
        message: 'Invalid query',
        fields: [{ path: 'q', message: 'Must be at most 200 characters' }],
      },
    };
    const { fetch } = stubFetch(refusal, 400);
    const adapter = createReferenceAdapter({ baseUrl: 'https://shop.example/', fetch });
    await assert.rejects(
      adapter.suggest!('noir'),
      (error) => isVitrineError(error) && error.code === 'validation' && error.status === 400,
    );
  });

  it('stops when its request is aborted', async () => {
    // Like fetch: rejects once the signal is aborted, or at once when it already is.
    const fetch: typeof globalThis.fetch = (_input, init) =>
      new Promise((_resolve, reject) => {
        const signal = init!.signal!;
        if (signal.aborted) reject(signal.reason);
        signal.addEventListener('abort', () => reject(signal.reason));
      });
    const adapter = createReferenceAdapter({ baseUrl: 'https://shop.example/', fetch });
    const controller = new AbortController();
    const pending = adapter.suggest!('noir', { signal: controller.signal });
    controller.abort();
    await assert.rejects(pending, (error) => isVitrineError(error) && error.code === 'network');
  });
});
