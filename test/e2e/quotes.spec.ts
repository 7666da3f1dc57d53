import { expect, test, type Page } from '@playwright/test';

/*
 * Sign-in with roles and "Add to quote", on the reference server's seed: Léa Fontaine is a buyer
 * at Atelier Martin SARL (whose Bureau Plus price list takes 10 % off) and also shops as a
 * consumer, with no price list of her own; Paul Girard is a viewer there. The product: the safety shoes (p-0265), size 39 at
 * Bureau Plus. Prices are read from the API with the same token, never assumed.
 */
const SHOES = 'p-0265';
/** What a role that may not order reads in place of "Ajouter au panier". */
const CANNOT_ORDER =
  'Votre rôle ne permet pas de commander : adressez-vous à un acheteur de votre entreprise';

interface Offer {
  id: string;
  seller: { name: string };
  price: { amount: number };
  yourPrice?: { unitPrice: { amount: number }; rule: string };
  stock: number;
  variantId: string | null;
}
interface Detail {
  vatRate: number;
  offers: Offer[];
  variants: { id: string; options: { value: string }[] }[];
}
interface QuoteSummary {
  id: string;
  status: string;
  seller: { name: string };
  lineCount: number;
}
interface Quote extends QuoteSummary {
  lines: { offerId: string; quantity: number }[];
}

/**
 * The TTC amount shown first in the B2C shop, without the currency: HT + VAT rounded half-up,
 * e.g. 4 508 + 4 508 × 20 % = 4 508 + 901,6 → 4 508 + 902 = 5 410 → "54,10".
 */
function ttc(amountExcl: number, vatRate: number): string {
  const incl = amountExcl + Math.floor((amountExcl * vatRate + 5_000) / 10_000);
  return `${Math.floor(incl / 100)},${String(incl % 100).padStart(2, '0')}`;
}

/** The token the page keeps for the signed-in customer (the adapter's session). */
async function sessionOf(page: Page): Promise<{ token: string; membership?: string }> {
  const saved = await page.evaluate(() => {
    const key = Object.keys(localStorage).find((k) => k.startsWith('vitrine:session:'));
    return key ? localStorage.getItem(key) : null;
  });
  expect(saved, 'the session is kept in the storefront storage').not.toBeNull();
  const [token, membership] = saved!.split('\n');
  return { token: token!, ...(membership && { membership }) };
}

/** An API answer for the page's customer, through the membership named (else the first). */
async function api<T>(page: Page, path: string, membership?: string): Promise<T> {
  const { token } = await sessionOf(page);
  const response = await page.request.get(path, {
    headers: {
      Authorization: `Bearer ${token}`,
      ...(membership && { 'X-Vitrine-Membership': membership }),
    },
  });
  expect(response.status(), path).toBe(200);
  return (await response.json()) as T;
}

/** Size 39 at Bureau Plus, as the API answers it for the customer. */
function size39AtBureauPlus(product: Detail): Offer {
  const variant = product.variants.find((v) => v.options[0]!.value === '39')!;
  return product.offers.find((o) => o.variantId === variant.id && o.seller.name === 'Bureau Plus')!;
}

async function signIn(page: Page, name: string) {
  const account = page.locator('vt-account');
  await account.locator('[part=trigger]').click();
  await account.locator('[part=persona]').filter({ hasText: name }).click();
  await expect(account.locator('[part=trigger]')).toContainText(name);
}

/** The Bureau Plus draft of the customer, read from the API. */
async function bureauPlusDraft(page: Page): Promise<Quote | undefined> {
  const drafts = await api<{ items: QuoteSummary[] }>(page, '/api/quotes?status=draft');
  const summary = drafts.items.find((q) => q.seller.name === 'Bureau Plus');
  return summary && api<Quote>(page, `/api/quotes/${summary.id}`);
}

test('a buyer adds to a quote, switches role, reloads; a viewer may neither quote nor buy', async ({
  page,
}) => {
  await page.goto('/pro.html');
  await signIn(page, 'Léa Fontaine');
  await expect(page.locator('vt-account [part=trigger]')).toContainText(
    'Acheteur — Atelier Martin SARL',
  );

  await page.goto(`/product.html?id=${SHOES}`);
  const vt = page.locator('vt-product');
  await vt.locator('[part=variants]').getByRole('radio', { name: '39', exact: true }).check();
  await vt.getByRole('radio', { name: 'Acheter chez Bureau Plus' }).check();
  const quote = vt.getByRole('button', { name: 'Ajouter au devis' });
  await expect(quote).toBeVisible();

  // The buyer's own price: the API's yourPrice for this token, shown TTC.
  const detail = await api<Detail>(page, `/api/products/${SHOES}`);
  const asBuyer = size39AtBureauPlus(detail);
  const { vatRate } = detail;
  expect(asBuyer.yourPrice, 'the price list applies to the buyer').toBeDefined();
  const price = vt.locator('.summary vt-price [part=primary]').first();
  await expect(price).toContainText(ttc(asBuyer.yourPrice!.unitPrice.amount, vatRate));

  // Twice the same product: one draft, one line, 2 + 3 = 5.
  const message = vt.locator('[part=quote-message]');
  await vt.getByRole('spinbutton', { name: 'Quantité' }).fill('2');
  await quote.click();
  await expect(message).toHaveText('Ajouté à votre demande de devis auprès de Bureau Plus');
  await vt.getByRole('spinbutton', { name: 'Quantité' }).fill('3');
  await quote.click();
  await expect(message).toHaveText('Ajouté à votre demande de devis auprès de Bureau Plus');
  await expect
    .poll(async () => (await bureauPlusDraft(page))?.lines)
    .toEqual([expect.objectContaining({ offerId: asBuyer.id, quantity: 5 })]);
  expect((await bureauPlusDraft(page))?.status).toBe('draft');

  // The session survives a reload: same customer, same role, same button.
  await page.reload();
  await expect(page.locator('vt-account [part=trigger]')).toContainText('Léa Fontaine');
  await expect(vt.getByRole('button', { name: 'Ajouter au devis' })).toBeVisible();

  // As a consumer: no quote button, and the price is read again (the public one, no list).
  await page.locator('vt-account [part=trigger]').click();
  await page
    .locator('vt-account')
    .getByRole('combobox', { name: 'Agir en tant que' })
    .selectOption({
      label: 'Particulier',
    });
  await expect(page.locator('vt-account [part=trigger]')).toContainText('Particulier');
  await page.keyboard.press('Escape');
  await expect(page.locator('vt-account [part=panel]')).toBeHidden();
  await expect(vt.getByRole('button', { name: 'Ajouter au devis' })).toHaveCount(0);
  const asConsumer = size39AtBureauPlus(
    await api<Detail>(page, `/api/products/${SHOES}`, 'm-lea-consumer'),
  );
  // Léa's private membership has no price list: her price is the base one.
  const consumerAmount = asConsumer.yourPrice?.unitPrice.amount ?? asConsumer.price.amount;
  expect(consumerAmount).toBe(asConsumer.price.amount);
  expect(consumerAmount).not.toBe(asBuyer.yourPrice!.unitPrice.amount);
  await vt.getByRole('radio', { name: 'Acheter chez Bureau Plus' }).check();
  await expect(price).toContainText(ttc(consumerAmount, vatRate));

  // A viewer of the same company: no quote button either, and no add-to-cart (the server
  // refuses addCartLine to a viewer): a short explanation instead.
  await page.locator('vt-account [part=trigger]').click();
  await page.locator('vt-account [part=sign-out]').click();
  await expect(page.locator('vt-account [part=trigger]')).toHaveText('Se connecter');
  await signIn(page, 'Paul Girard');
  await expect(page.locator('vt-account [part=trigger]')).toContainText('Lecteur');
  await expect(vt.getByRole('button', { name: 'Ajouter au devis' })).toHaveCount(0);
  await expect(vt.getByRole('button', { name: 'Ajouter au panier' })).toHaveCount(0);
  await expect(vt.locator('[part=cannot-order]')).toHaveText(CANNOT_ORDER);
  // The product stays on the page for him to read.
  await expect(vt.locator('[part=name]')).toBeVisible();
});

test('a viewer sees no add-to-cart in the professional catalog, and the server agrees', async ({
  page,
}) => {
  await page.goto('/pro.html');
  // "Ajouter … au panier" on the rows; a product with variants has a "Choose options" link.
  const addButtons = page.locator('vt-catalog').getByRole('button', { name: /au panier/ });
  await expect(addButtons.first(), 'a guest may add').toBeVisible();
  await signIn(page, 'Paul Girard');
  await expect(page.locator('vt-account [part=trigger]')).toContainText('Lecteur');
  await page.keyboard.press('Escape');
  await expect(page.locator('vt-catalog [part=cannot-order]').first()).toHaveText(CANNOT_ORDER);
  await expect(addButtons).toHaveCount(0);
  await expect(page.locator('vt-catalog [part=quantity]')).toHaveCount(0);

  // What the button would have done: the API answers 403 to a viewer adding to a cart.
  const { token } = await sessionOf(page);
  const auth = { Authorization: `Bearer ${token}` };
  const cart = await page.request.post('/api/carts', { headers: auth, data: {} });
  expect(cart.status(), 'a viewer may not even create a cart').toBe(403);
  const offer = size39AtBureauPlus(await api<Detail>(page, `/api/products/${SHOES}`));
  const line = await page.request.post('/api/carts/any/lines', {
    headers: auth,
    data: { offerId: offer.id, quantity: 1 },
  });
  expect(line.status()).toBe(403);
});

test('a server failure on "Add to quote" says so, and the draft is intact', async ({ page }) => {
  await page.goto(`/product.html?id=${SHOES}`);
  await signIn(page, 'Karim Benali');
  const vt = page.locator('vt-product');
  await vt.locator('[part=variants]').getByRole('radio', { name: '39', exact: true }).check();
  await vt.getByRole('radio', { name: 'Acheter chez Bureau Plus' }).check();
  const quote = vt.getByRole('button', { name: 'Ajouter au devis' });
  const message = vt.locator('[part=quote-message]');
  await quote.click();
  await expect(message).toHaveText('Ajouté à votre demande de devis auprès de Bureau Plus');
  const before = await bureauPlusDraft(page);
  expect(before?.lines.map((l) => l.quantity)).toEqual([1]);

  // The next change of the draft fails on the server.
  await page.route('**/api/quotes/*', (route) =>
    route.request().method() === 'PATCH'
      ? route.fulfill({
          status: 503,
          contentType: 'application/json',
          body: JSON.stringify({ error: { code: 'unavailable', message: 'Down for a moment' } }),
        })
      : route.fallback(),
  );
  await quote.click();
  await expect(message).toHaveText(
    'La boutique a rencontré un problème. Réessayez dans un instant. Votre demande de devis est inchangée.',
  );
  await expect(quote).toBeEnabled();
  const after = await bureauPlusDraft(page);
  expect(after?.id).toBe(before?.id);
  expect(after?.lines.map((l) => l.quantity)).toEqual([1]);

  // Once the server answers again, the same button works: 1 + 1 = 2.
  await page.unroute('**/api/quotes/*');
  await quote.click();
  await expect(message).toHaveText('Ajouté à votre demande de devis auprès de Bureau Plus');
  await expect
    .poll(async () => (await bureauPlusDraft(page))?.lines.map((l) => l.quantity))
    .toEqual([2]);
});
