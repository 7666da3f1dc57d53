import { expect, test } from '@playwright/test';

test('a product page shows every view: thumbnails, a click, the arrow keys', async ({ page }) => {
  // p-0002 has four views (packages/server/test/images.test.ts): front, detail, in use, packaging.
  const detail = await (await page.request.get('/api/products/p-0002')).json();
  const views = detail.images as { url: string; alt: string }[];
  expect(views.map((view) => view.alt.split(' — ')[1])).toEqual([
    'vue de face',
    'détail',
    'en situation',
    'emballage',
  ]);

  await page.goto('/');
  await page.getByRole('combobox', { name: 'Rechercher' }).fill(detail.sku);
  await page.keyboard.press('Enter');
  const card = page.locator('vt-product-card').filter({ hasText: detail.name });
  await card.getByRole('link', { name: detail.name }).click();
  await expect(page).toHaveURL(/product\.html\?id=p-0002/);

  const product = page.locator('vt-product');
  const main = product.locator('img[part=image]');
  const thumbnails = product.getByRole('group', { name: 'Photos du produit' }).getByRole('button');
  await expect(thumbnails).toHaveCount(4);
  await expect(thumbnails.first()).toHaveAccessibleName(`Vue 1 sur 4 : ${views[0]!.alt}`);
  await expect(thumbnails.first()).toHaveAttribute('aria-pressed', 'true');
  await expect(main).toHaveAttribute('src', new URL(views[0]!.url, page.url()).href);
  const box = await main.boundingBox();

  // The third view, by a click: shown large, with its alt, and really drawn by the server.
  await thumbnails.nth(2).click();
  await expect(main).toHaveAttribute('src', new URL(views[2]!.url, page.url()).href);
  await expect(main).toHaveAttribute('alt', views[2]!.alt);
  await expect(thumbnails.nth(2)).toHaveAttribute('aria-pressed', 'true');
  await expect(thumbnails.first()).toHaveAttribute('aria-pressed', 'false');
  await expect
    .poll(() => main.evaluate((image: HTMLImageElement) => image.naturalWidth))
    .toBeGreaterThan(0);
  expect(await main.boundingBox()).toEqual(box); // no layout shift

  // The keyboard: the arrows go on from the thumbnail shown, and wrap round.
  await expect(thumbnails.nth(2)).toBeFocused();
  await page.keyboard.press('ArrowLeft');
  await expect(thumbnails.nth(1)).toBeFocused();
  await expect(main).toHaveAttribute('alt', views[1]!.alt);
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight'); // from the fourth, round to the first
  await expect(thumbnails.first()).toBeFocused();
  await expect(main).toHaveAttribute('alt', views[0]!.alt);
  await expect(thumbnails.first()).toHaveAttribute('aria-pressed', 'true');

  // One tab stop for the thumbnails: Tab leaves them.
  await page.keyboard.press('Tab');
  for (let index = 0; index < views.length; index++) {
    await expect(thumbnails.nth(index)).not.toBeFocused();
  }
});
