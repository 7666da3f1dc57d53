import { expect, test, type Page } from '@playwright/test';

/*
 * The variant chosen on a product page is part of its address (`&variant=…`): a reload or a
 * shared link opens it again, and Back leaves the product instead of stepping through the sizes.
 * On the reference server's seed: "Baskets de sécurité S3 basses" (p-0265), sizes 38 to 46.
 */
const SHOES = 'Baskets de sécurité S3 basses';

interface Detail {
  id: string;
  variants: { id: string; sku: string; options: { name: string; value: string }[] }[];
}

/** The shoes as the API describes them: the page's URL must carry these ids. */
async function shoes(page: Page): Promise<Detail & { variantOf: (size: string) => string }> {
  const found = (await (await page.request.get('/api/products?q=baskets')).json()) as {
    items: { id: string; name: string }[];
  };
  const id = found.items.find((p) => p.name === SHOES)!.id;
  const detail = (await (await page.request.get(`/api/products/${id}`)).json()) as Detail;
  const variantOf = (size: string) => detail.variants.find((v) => v.options[0]!.value === size)!.id;
  return { ...detail, variantOf };
}

const size = (page: Page, value: string) =>
  page
    .locator('vt-product [part=variants]')
    .getByRole('radio', { name: new RegExp(`^${value}\\b`) });

const variantInUrl = (page: Page) => new URL(page.url()).searchParams.get('variant');

test('the size chosen stays in the address: reload keeps it, Back leaves the product', async ({
  page,
}) => {
  const product = await shoes(page);
  await page.goto('/');
  await page.getByRole('combobox', { name: 'Rechercher' }).fill('baskets');
  await page.keyboard.press('Enter');
  const shop = page.url();
  await page
    .locator('vt-product-card')
    .filter({ hasText: SHOES })
    .getByRole('link', { name: 'Choisir les options' })
    .click();
  await expect(page).toHaveURL(new RegExp(`product\\.html\\?id=${product.id}$`));
  const vt = page.locator('vt-product');
  await expect(vt.getByRole('heading', { level: 2 })).toHaveText(SHOES);
  const entries = await page.evaluate(() => history.length);

  await size(page, '44').check();
  await expect.poll(() => variantInUrl(page)).toBe(product.variantOf('44'));
  await size(page, '45').check();
  await expect.poll(() => variantInUrl(page)).toBe(product.variantOf('45'));
  expect(new URL(page.url()).searchParams.get('id')).toBe(product.id);
  expect(await page.evaluate(() => history.length)).toBe(entries);

  await page.reload();
  await expect(vt.getByText('Réf. VT-10265-45')).toBeVisible();
  await expect(size(page, '45')).toBeChecked();
  await expect(size(page, '44')).not.toBeChecked();

  await page.goBack();
  await expect(page).toHaveURL(shop);
  await expect(page.locator('vt-product-card').filter({ hasText: SHOES })).toBeVisible();

  await page.goForward();
  await expect(size(page, '45')).toBeChecked();
  expect(variantInUrl(page)).toBe(product.variantOf('45'));
});

test('a shared link opens its size, and back / forward within the page follow the address', async ({
  page,
}) => {
  const product = await shoes(page);
  await page.goto(`/product.html?id=${product.id}&variant=${product.variantOf('40')}`);
  const vt = page.locator('vt-product');
  await expect(size(page, '40')).toBeChecked();
  await expect(vt.getByText('Réf. VT-10265-40')).toBeVisible();

  // An anchor of the host page: a step in history within the same document.
  await page.getByRole('link', { name: 'Contact', exact: true }).click();
  await expect(page).toHaveURL(/#contact$/);
  await size(page, '43').check();
  await expect.poll(() => variantInUrl(page)).toBe(product.variantOf('43'));

  await page.goBack();
  await expect(size(page, '40')).toBeChecked();
  await expect(vt.getByText('Réf. VT-10265-40')).toBeVisible();
  await page.goForward();
  await expect(size(page, '43')).toBeChecked();
  await expect(vt.getByText('Réf. VT-10265-43')).toBeVisible();
});

test('a variant the product does not have opens its default choice', async ({ page }) => {
  const product = await shoes(page);
  await page.goto(`/product.html?id=${product.id}`);
  const vt = page.locator('vt-product');
  const radios = vt.locator('[part=variants]').getByRole('radio');
  await expect(radios).toHaveCount(product.variants.length);
  const sku = (await vt.getByText(/^Réf\. VT-10265-/).textContent())!.trim();

  await page.goto(`/product.html?id=${product.id}&variant=v-9999`);
  await expect(vt.getByRole('heading', { level: 2 })).toHaveText(SHOES);
  await expect(vt.getByText(sku)).toBeVisible();
  await expect(vt.getByRole('button', { name: 'Ajouter au panier' })).toBeEnabled();
});
