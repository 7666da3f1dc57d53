import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

/** WCAG 2.1 A and AA checks on the widgets only: the host page's own markup is not ours. */
async function widgetViolations(page: Page) {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .include('vt-catalog')
    .include('vt-cart-button')
    .include('vt-cart')
    .include('vt-facets')
    .analyze();
  return results.violations.map(
    (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
}

for (const [name, path] of [
  ['shop (B2C, French)', '/'],
  ['shop (B2C, English)', '/?lang=en'],
  ['trade page (B2B)', '/pro.html'],
]) {
  test(`the ${name} has no WCAG 2.1 AA violation in the widgets`, async ({ page }) => {
    await page.goto(path!);
    await expect(page.locator('vt-product-card, vt-product-row').first()).toBeVisible();
    expect(await widgetViolations(page)).toEqual([]);
  });
}

test('the open cart drawer has no WCAG 2.1 AA violation and keeps focus inside', async ({
  page,
}) => {
  await page.goto('/');
  await page
    .locator('vt-product-card')
    .getByRole('button', { name: 'Ajouter au panier', disabled: false })
    .first()
    .click();
  const cartButton = page.locator('vt-cart-button').getByRole('button');
  await expect(cartButton).toHaveAccessibleName('Panier, 1 article');
  await cartButton.click();
  const drawer = page.getByRole('dialog', { name: 'Panier' });
  await expect(drawer).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Panier' })).toBeFocused();
  expect(await widgetViolations(page)).toEqual([]);
  await page.keyboard.press('Escape');
  await expect(drawer).toBeHidden();
});
