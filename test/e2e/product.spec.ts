import { expect, test } from '@playwright/test';

test('from the catalog to a product page: choose a seller and a quantity, add to the cart', async ({
  page,
}) => {
  await page.goto('/');
  await page.getByRole('combobox', { name: 'Rechercher' }).fill('café en grains');
  // Enter searches, and closes the suggestions that would cover the cards.
  await page.keyboard.press('Enter');
  await expect(page.locator('vt-catalog [part=summary]')).toContainText('pour « café en grains »');
  const card = page.locator('vt-product-card').filter({ hasText: 'autre' }).first();
  const name = ((await card.locator('h3').textContent()) ?? '').trim();
  await card.getByRole('link', { name }).click();

  await expect(page).toHaveURL(/product\.html\?id=p-\d+/);
  const product = page.locator('vt-product');
  await expect(product.getByRole('heading', { level: 2 })).toHaveText(name);
  const offers = product.locator('[part=offers] tbody tr');
  expect(await offers.count()).toBeGreaterThan(1);

  // The second seller, if it has stock; otherwise keep the best offer.
  const second = offers.nth(1);
  const seller = ((await second.locator('th').textContent()) ?? '').trim();
  const radio = second.getByRole('radio');
  const chosen = (await radio.isEnabled())
    ? seller
    : ((await offers.first().locator('th').textContent()) ?? '').trim();
  if (await radio.isEnabled()) await radio.check();
  await product.getByRole('spinbutton', { name: 'Quantité' }).fill('3');
  await product.getByRole('button', { name: 'Ajouter au panier' }).click();
  await expect(product.getByText('Ajouté à votre panier')).toBeVisible();

  const cartButton = page.locator('vt-cart-button').getByRole('button');
  await expect(cartButton).toHaveAccessibleName('Panier, 3 articles');
  await cartButton.click();
  const line = page.getByRole('dialog', { name: 'Panier' }).locator('[part=line]');
  await expect(line).toHaveCount(1);
  await expect(line).toContainText(`Vendu par ${chosen}`);

  // Crawlers read the product without running shadow DOM.
  const data = JSON.parse(
    (await page.locator('vt-product script[type="application/ld+json"]').textContent()) ?? '{}',
  );
  expect(data).toMatchObject({ '@type': 'Product', name });
});

test('an unknown product says so, with a way back', async ({ page }) => {
  await page.goto('/product.html?id=p-9999');
  await expect(page.locator('vt-product').getByRole('alert')).toContainText('n’existe plus');
  await expect(page.getByRole('link', { name: '← Retour à la boutique' })).toBeVisible();
});

test('compare products: the tray follows the visitor, the table shows the differences', async ({
  page,
}) => {
  await page.goto('/pro.html');
  const boxes = page.locator('vt-product-row').getByRole('checkbox', { name: 'Comparer' });
  await boxes.nth(0).check();
  await boxes.nth(1).check();
  const tray = page.locator('vt-compare [part=tray]');
  await expect(tray.getByRole('listitem')).toHaveCount(2);

  await page.reload();
  await expect(tray.getByRole('listitem')).toHaveCount(2);
  await page.locator('vt-compare').getByRole('button', { name: 'Comparer (2)' }).click();
  const dialog = page.getByRole('dialog', { name: 'Comparaison' });
  await expect(dialog.locator('thead th')).toHaveCount(2);
  const rows = dialog.locator('tbody tr');
  const all = await rows.count();
  await dialog.getByRole('checkbox', { name: 'Différences seulement' }).check();
  await expect(rows).not.toHaveCount(all);
  await expect(dialog.locator('tbody tr.differs')).toHaveCount((await rows.count()) - 1);
});

test('a product page lists its documents, and each downloads as a PDF', async ({ page }) => {
  await page.goto('/product.html?id=p-0001');
  const documents = page.locator('vt-product [part=documents]');
  await expect(documents.getByRole('listitem').first()).toBeVisible();
  const links = documents.getByRole('link');
  expect(await links.count()).toBeGreaterThan(0);
  await expect(documents).toContainText(/PDF, \d+\s?ko/);
  const href = (await links.first().getAttribute('href')) ?? '';
  expect(href).toMatch(/\/documents\/[\w-]+\.pdf$/);
  const download = page.waitForEvent('download');
  await links.first().click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/\.pdf$/);
  const response = await page.request.get(href);
  expect(response.headers()['content-type']).toBe('application/pdf');
  expect((await response.body()).subarray(0, 5).toString()).toBe('%PDF-');
});
