import { expect, test } from '@playwright/test';
import { useRecordedMedusa } from './support/medusa-replay.ts';

// The demo shop with one attribute changed, `adapter="medusa"`, on answers recorded from a
// running Medusa 2.21 server (no Medusa server runs here).
test('the demo shop on Medusa: its products and prices, variants chosen on the product page, the cart', async ({
  page,
}) => {
  const { unrecorded } = await useRecordedMedusa(page);
  await page.goto('/');

  // The recorded German-region list: prices incl. 19 % VAT, as Medusa states them.
  const cards = page.locator('vt-product-card');
  await expect(cards).toHaveCount(4);
  const chair = cards.filter({ hasText: 'Ergonomic Office Chair' });
  await expect(chair.locator('[part=price]')).toContainText('249,00 €');
  await expect(cards.filter({ hasText: 'Copy Paper A4' }).locator('[part=price]')).toContainText(
    '24,90 €',
  );
  // Medusa counts no facets: the sidebar stays empty rather than failing.
  await expect(page.locator('vt-facets fieldset')).toHaveCount(0);

  // The T-shirt comes in sizes and colours: its card sends the buyer to choose.
  const tshirt = cards.filter({ hasText: 'Medusa T-Shirt' });
  await expect(tshirt.getByRole('button', { name: 'Ajouter au panier' })).toHaveCount(0);
  await tshirt.getByRole('link', { name: 'Choisir les options' }).click();
  await expect(page).toHaveURL(/product\.html\?id=prod_/);

  const product = page.locator('vt-product');
  await expect(product.getByRole('heading', { level: 2 })).toHaveText('Medusa T-Shirt');
  // The recorded cart holds one T-shirt in S, black: the variant chosen here.
  const sizes = product.getByRole('group', { name: 'Size' });
  const colours = product.getByRole('group', { name: 'Color' });
  await expect(sizes.getByRole('radio')).not.toHaveCount(0);
  await expect(colours.getByRole('radio')).not.toHaveCount(0);
  await sizes.getByRole('radio', { name: 'S', exact: true }).check();
  await colours.getByRole('radio', { name: 'Black' }).check();
  await expect(product).toContainText('15,00 €');
  await product.getByRole('button', { name: 'Ajouter au panier' }).click();
  await expect(product.getByText('Ajouté à votre panier')).toBeVisible();

  const cartButton = page.locator('vt-cart-button').getByRole('button');
  await expect(cartButton).toHaveAccessibleName('Panier, 1 article');
  await cartButton.click();
  const line = page.getByRole('dialog', { name: 'Panier' }).locator('[part=line]');
  await expect(line).toHaveCount(1);
  await expect(line).toContainText('Medusa T-Shirt');
  await expect(line).toContainText('15,00 €');

  // The one request without a recording: the category list. The catalog keeps working
  // without it (the category filter offers "all" only).
  expect(unrecorded).toEqual(['GET /store/product-categories?fields=id%2Cname&limit=100&offset=0']);
});
